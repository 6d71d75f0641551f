package dev.pincheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code refcount_t}: never wraps; every misuse throws, names owner and counter, saturates. */
class RefCountTest {
  private final RefCount ref = new RefCount("mm#test", "mm_users", 1);

  @Test
  void incrementsAndReportsTheLastDrop() {
    ref.inc("mmget");
    assertFalse(ref.decAndTest("mmput"));
    assertTrue(ref.decAndTest("mmput"));
    assertEquals(0, ref.get());
  }

  @Test
  void incrementFromZeroThrowsAndSaturates() {
    assertTrue(ref.decAndTest("mmput"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ref.inc("mmget"));
    assertTrue(e.getMessage().contains("mm#test") && e.getMessage().contains("mm_users"), e.getMessage());
    assertTrue(e.getMessage().contains("increment from 0"), e.getMessage());
    assertEquals(RefCount.SATURATED, ref.get());
  }

  @Test
  void decrementBelowZeroThrowsAndSaturates() {
    assertTrue(ref.decAndTest("mmput"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ref.decAndTest("mmput"));
    assertTrue(e.getMessage().contains("below 0"), e.getMessage());
    assertEquals(RefCount.SATURATED, ref.get());
  }

  @Test
  void overflowSaturates() {
    RefCount full = new RefCount("mm#test", "mm_count", Integer.MAX_VALUE);
    assertThrows(IllegalStateException.class, () -> full.inc("mmgrab"));
    assertEquals(RefCount.SATURATED, full.get());
    RefCount fullToo = new RefCount("mm#test", "mm_users", Integer.MAX_VALUE);
    assertThrows(IllegalStateException.class, () -> fullToo.incNotZero("mmgetNotZero"));
    assertTrue(fullToo.isSaturated());
  }

  @Test
  void saturatedCounterRefusesEverything() {
    assertTrue(ref.decAndTest("mmput"));
    assertThrows(IllegalStateException.class, () -> ref.inc("mmget"));
    assertThrows(IllegalStateException.class, () -> ref.inc("mmget"));
    assertThrows(IllegalStateException.class, () -> ref.incNotZero("mmgetNotZero"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ref.decAndTest("mmput"));
    assertTrue(e.getMessage().contains("saturated"), e.getMessage());
    assertEquals(RefCount.SATURATED, ref.get());
  }

  @Test
  void incNotZeroTakesNoReferenceOnZero() {
    assertTrue(ref.incNotZero("mmgetNotZero"));
    assertEquals(2, ref.get());
    assertFalse(ref.decAndTest("mmput"));
    assertTrue(ref.decAndTest("mmput"));
    assertFalse(ref.incNotZero("mmgetNotZero"));
    assertEquals(0, ref.get());
  }
}
