package dev.pincheck.runtime;

import static dev.pincheck.runtime.Mm.PAGE_SIZE;
import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.mmAlloc;
import static dev.pincheck.runtime.Mm.mmap;
import static dev.pincheck.runtime.Mm.mmapWriteLock;
import static dev.pincheck.runtime.Mm.mmapWriteUnlock;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmget;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.Mm.mmuNotifierTestYoung;
import static dev.pincheck.runtime.Mm.munmap;
import static dev.pincheck.runtime.Mm.ptepClearFlushYoungNotify;
import static dev.pincheck.runtime.Mm.ptepClearYoungNotify;
import static dev.pincheck.runtime.Mm.setPteAtNotify;
import static dev.pincheck.runtime.Mm.tryToUnmapOne;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierCallSrcu;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegister;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegisterLocked;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierSynchronize;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregister;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregisterNoRelease;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The notifier table: registration and its pins, the v4.6 dispatch rules, the lifetime rules
 * from the comments of {@code mm/mmu_notifier.c}, and the debug-mode deadlock checks.
 */
class MmuNotifierTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private List<String> drain() {
    synchronized (log) {
      List<String> copy = new ArrayList<>(log);
      log.clear();
      return copy;
    }
  }

  /** A new address space with fresh pages over [0, length). */
  private static Mm mmWithPages(long length) {
    Mm mm = mmAlloc();
    mmap(mm, 0, length);
    return mm;
  }

  /** A notifier that logs to {@link #log}, registered on {@code mm}. */
  private RecordingNotifier registered(String name, Mm mm) {
    RecordingNotifier n = new RecordingNotifier(name, log);
    mmuNotifierRegister(n, mm);
    return n;
  }

  /** The end of a test: unregisters the notifiers, in order, then drops the test's USERS pin. */
  private static void unregisterThenExit(Mm mm, MmuNotifier... notifiers) {
    for (MmuNotifier n : notifiers) {
      mmuNotifierUnregister(n, mm);
    }
    mmput(mm);
  }

  // ---------------------------------------------------------------- registration and pins

  @Test
  void registrationPinsMmCountAndUnregistrationDropsIt() {
    Mm mm = mmAlloc();
    RecordingNotifier n = registered("n", mm);
    assertEquals(2, mm.count());
    assertEquals(1, mm.users(), "registration takes no USERS pin");
    mmuNotifierUnregister(n, mm);
    assertEquals(1, mm.count());
    assertEquals(List.of("n.release"), drain(), "unregister before exit runs release");
    mmput(mm);
    assertTrue(mm.isFreed());
    assertEquals(List.of(), drain(), "exit after unregister: no second release");
  }

  @Test
  void registeringOnADeadAddressSpaceThrows() {
    Mm mm = mmAlloc();
    mmgrab(mm);
    mmput(mm);
    RecordingNotifier n = new RecordingNotifier("n", log);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> mmuNotifierRegister(n, mm));
    assertTrue(e.getMessage().contains("mm_users is 0"), e.getMessage());
    assertEquals(1, mm.count(), "a failed registration takes no reference");
    mmdrop(mm);
  }

  @Test
  void registerLockedNeedsTheMmapLockForWriteAndRegisterMustNotHoldIt() {
    Mm mm = mmAlloc();
    RecordingNotifier n = new RecordingNotifier("n", log);
    assertThrows(IllegalStateException.class, () -> mmuNotifierRegisterLocked(n, mm));
    mmapWriteLock(mm);
    assertThrows(IllegalStateException.class, () -> mmuNotifierRegister(n, mm), "mmap lock is not reentrant");
    mmuNotifierRegisterLocked(n, mm);
    mmapWriteUnlock(mm);
    assertEquals(2, mm.count());
    unregisterThenExit(mm, n);
  }

  @Test
  void aNotifierRegistersOnOneMmAtATimeAndUnregistersOnce() {
    Mm mm = mmAlloc();
    Mm other = mmAlloc();
    RecordingNotifier n = registered("n", mm);
    assertThrows(IllegalStateException.class, () -> mmuNotifierRegister(n, mm));
    assertThrows(IllegalStateException.class, () -> mmuNotifierRegister(n, other));
    assertThrows(IllegalStateException.class, () -> mmuNotifierUnregister(n, other), "wrong mm");
    mmuNotifierUnregister(n, mm);
    assertThrows(IllegalStateException.class, () -> mmuNotifierUnregister(n, mm), "twice");
    assertThrows(IllegalStateException.class, () -> mmuNotifierUnregisterNoRelease(n, mm), "twice");
    mmuNotifierRegister(n, other); // unregistered: free to register again
    mmuNotifierUnregister(n, other);
    assertThrows(NullPointerException.class, () -> mmuNotifierRegister(null, mm));
    assertThrows(NullPointerException.class, () -> mmuNotifierUnregister(n, null));
    mmput(mm);
    mmput(other);
    assertTrue(mm.isFreed() && other.isFreed());
  }

  // ---------------------------------------------------------------- dispatch rules

  @Test
  void munmapRunsInvalidateRangeStartThenInvalidateRangeThenEnd() {
    Mm mm = mmWithPages(4 * PAGE_SIZE);
    RecordingNotifier n = registered("n", mm);
    munmap(mm, PAGE_SIZE, 2 * PAGE_SIZE);
    assertEquals(
        List.of("n.invalidateRangeStart(1000,3000)", "n.invalidateRange(1000,3000)", "n.invalidateRangeEnd(1000,3000)"),
        drain());
    munmap(mm, PAGE_SIZE, 2 * PAGE_SIZE);
    assertEquals(List.of(), drain(), "nothing mapped there: no callbacks");
    unregisterThenExit(mm, n);
  }

  @Test
  void mmapOverMappedPagesInvalidatesThemFirst() {
    Mm mm = mmWithPages(PAGE_SIZE);
    RecordingNotifier n = registered("n", mm);
    mmap(mm, 2 * PAGE_SIZE, PAGE_SIZE);
    assertEquals(List.of(), drain(), "fresh range: nothing to invalidate");
    long old = followPte(mm, 0);
    mmap(mm, 0, PAGE_SIZE);
    assertEquals(List.of("n.invalidateRangeStart(0,1000)", "n.invalidateRange(0,1000)", "n.invalidateRangeEnd(0,1000)"), drain());
    assertTrue(followPte(mm, 0) != old, "a new page");
    unregisterThenExit(mm, n);
  }

  @Test
  void setPteAtNotifyRunsChangePteBeforeThePteChanges() {
    Mm mm = mmWithPages(PAGE_SIZE);
    long old = followPte(mm, 0);
    AtomicReference<Long> seen = new AtomicReference<>();
    MmuNotifier n =
        new MmuNotifier() {
          @Override
          public void changePte(Mm m, long address, long pte) {
            log.add(String.format("changePte(%x,%x)", address, pte));
            seen.set(followPte(m, address));
          }
        };
    mmuNotifierRegister(n, mm);
    setPteAtNotify(mm, 0x10, 0x77001);
    assertEquals(List.of("changePte(0,77001)"), drain());
    assertEquals(old, seen.get(), "set_pte_at_notify: the notifier hears before set_pte_at");
    assertEquals(0x77001, followPte(mm, 0));
    unregisterThenExit(mm, n);
  }

  @Test
  void clearYoungResultsAreOredAndEveryNotifierIsAsked() {
    Mm mm = mmWithPages(PAGE_SIZE);
    RecordingNotifier a = registered("a", mm);
    RecordingNotifier b = registered("b", mm);
    assertTrue(ptepClearFlushYoungNotify(mm, 0), "the pte itself was young");
    drain();
    assertFalse(ptepClearFlushYoungNotify(mm, 0));
    assertEquals(List.of("b.clearFlushYoung(0,1000)", "a.clearFlushYoung(0,1000)"), drain());
    a.young = true;
    assertTrue(ptepClearFlushYoungNotify(mm, 0), "a secondary MMU saw it young");
    assertEquals(List.of("b.clearFlushYoung(0,1000)", "a.clearFlushYoung(0,1000)"), drain());
    b.young = true;
    assertTrue(ptepClearYoungNotify(mm, 0));
    assertEquals(List.of("b.clearYoung(0,1000)", "a.clearYoung(0,1000)"), drain(), "no stop at the first young");
    unregisterThenExit(mm, a, b);
  }

  @Test
  void testYoungAsksTheNewestFirstAndStopsAtTheFirstYoung() {
    Mm mm = mmWithPages(PAGE_SIZE);
    RecordingNotifier a = registered("a", mm);
    RecordingNotifier b = registered("b", mm);
    assertFalse(mmuNotifierTestYoung(mm, 0), "the pte's own young bit is not consulted");
    assertEquals(List.of("b.testYoung(0)", "a.testYoung(0)"), drain());
    a.young = true;
    assertTrue(mmuNotifierTestYoung(mm, 0));
    assertEquals(List.of("b.testYoung(0)", "a.testYoung(0)"), drain());
    b.young = true;
    assertTrue(mmuNotifierTestYoung(mm, 0));
    assertEquals(List.of("b.testYoung(0)"), drain(), "stops at the first true");
    unregisterThenExit(mm, a, b);
  }

  @Test
  void reclaimRunsInvalidatePage() {
    Mm mm = mmWithPages(2 * PAGE_SIZE);
    RecordingNotifier n = registered("n", mm);
    assertTrue(tryToUnmapOne(mm, PAGE_SIZE + 5));
    assertEquals(List.of("n.invalidatePage(1000)"), drain());
    assertFalse(tryToUnmapOne(mm, PAGE_SIZE));
    assertEquals(List.of(), drain());
    unregisterThenExit(mm, n);
  }

  @Test
  void aThrowingCallbackDoesNotLeaveTheMmHalfChanged() {
    Mm mm = mmWithPages(PAGE_SIZE);
    RecordingNotifier quiet = new RecordingNotifier("quiet", log);
    MmuNotifier thrower =
        new MmuNotifier() {
          @Override
          public void invalidateRangeStart(Mm m, long start, long end) {
            throw new IllegalStateException("driver bug");
          }
        };
    mmuNotifierRegister(quiet, mm);
    mmuNotifierRegister(thrower, mm);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> munmap(mm, 0, PAGE_SIZE));
    assertEquals("driver bug", e.getMessage());
    assertEquals(0, followPte(mm, 0), "the unmap completed");
    assertEquals(
        List.of("quiet.invalidateRangeStart(0,1000)", "quiet.invalidateRange(0,1000)", "quiet.invalidateRangeEnd(0,1000)"),
        drain(),
        "the other notifier heard everything");
    unregisterThenExit(mm, thrower, quiet);
  }

  // ---------------------------------------------------------------- lifetime rules

  /** "->release will always be called before exit_mmap frees the pages." */
  @Test
  void releaseRunsBeforeThePagesGo() {
    Mm mm = mmWithPages(8 * PAGE_SIZE);
    AtomicInteger pagesAtRelease = new AtomicInteger(-1);
    MmuNotifier n =
        new MmuNotifier() {
          @Override
          public void release(Mm m) {
            pagesAtRelease.set(m.pages.size());
          }
        };
    mmuNotifierRegister(n, mm);
    mmput(mm);
    assertEquals(8, pagesAtRelease.get());
    assertEquals(0, mm.pages.size());
    assertFalse(mm.isFreed(), "the registration still holds mm_count");
    mmuNotifierUnregister(n, mm);
    assertTrue(mm.isFreed());
  }

  /** "mmu_notifier_unregister must be always called": after exit it only waits and drops. */
  @Test
  void unregisterAfterExitDoesNotCallReleaseTwice() {
    Mm mm = mmAlloc();
    RecordingNotifier n = registered("n", mm);
    mmput(mm);
    assertEquals(List.of("n.release"), drain());
    mmuNotifierUnregister(n, mm);
    assertEquals(List.of(), drain());
    assertTrue(mm.isFreed());
  }

  @Test
  void unregisterNoReleaseNeverCallsRelease() {
    Mm mm = mmAlloc();
    RecordingNotifier n = registered("n", mm);
    mmuNotifierUnregisterNoRelease(n, mm);
    assertEquals(1, mm.count());
    mmput(mm);
    assertEquals(List.of(), drain());
    assertTrue(mm.isFreed());
  }

  /** "only after mmu_notifier_unregister returned we're guaranteed that ... can't run anymore." */
  @Test
  void unregisterWaitsForACallbackThatIsRunning() throws Exception {
    Mm mm = mmWithPages(PAGE_SIZE);
    CountDownLatch inCallback = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    AtomicBoolean callbackDone = new AtomicBoolean();
    AtomicBoolean doneWhenUnregistered = new AtomicBoolean();
    MmuNotifier n =
        new MmuNotifier() {
          @Override
          public void invalidateRangeStart(Mm m, long start, long end) {
            inCallback.countDown();
            try {
              TestThreads.await(finish);
            } catch (InterruptedException e) {
              throw new AssertionError(e);
            }
            callbackDone.set(true);
          }
        };
    mmuNotifierRegister(n, mm);
    mmget(mm); // the munmap thread's pin
    TestThreads threads = TestThreads.create();
    threads.start(
        "munmap",
        () -> {
          munmap(mm, 0, PAGE_SIZE);
          mmput(mm);
        });
    TestThreads.await(inCallback);
    Thread unregister =
        threads.start(
            "unregister",
            () -> {
              mmuNotifierUnregister(n, mm);
              doneWhenUnregistered.set(callbackDone.get());
            });
    TestThreads.awaitBlocked(unregister);
    assertTrue(unregister.isAlive(), "unregister returned while a callback was running");
    finish.countDown();
    threads.join();
    assertTrue(doneWhenUnregistered.get());
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  /**
   * A notifier that unregisters itself from its own callback: it cannot wait for the grace
   * period there, so it detaches without waiting and frees its state after the grace period.
   */
  @Test
  void aCallbackCanUnregisterItselfWithNoReleaseAndFreeThroughCallSrcu() {
    Mm mm = mmWithPages(2 * PAGE_SIZE);
    class SelfRemoving extends MmuNotifier {
      final RcuHead rcu = new RcuHead();
      final AtomicInteger calls = new AtomicInteger();
      volatile boolean freed;
      volatile boolean usedAfterFree;

      @Override
      public void invalidateRangeStart(Mm m, long start, long end) {
        usedAfterFree |= freed;
        calls.incrementAndGet();
        mmuNotifierUnregisterNoRelease(this, m);
        mmuNotifierCallSrcu(rcu, head -> freed = true);
      }

      @Override
      public void invalidateRangeEnd(Mm m, long start, long end) {
        usedAfterFree |= freed;
      }
    }
    SelfRemoving n = new SelfRemoving();
    mmuNotifierRegister(n, mm);
    munmap(mm, 0, PAGE_SIZE);
    mmuNotifierSynchronize();
    assertTrue(n.freed);
    assertFalse(n.usedAfterFree);
    assertEquals(1, mm.count(), "the registration's mm_count reference was dropped");
    munmap(mm, PAGE_SIZE, PAGE_SIZE);
    assertEquals(1, n.calls.get(), "no callbacks after it left");
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void mmuNotifierSynchronizeWaitsForEveryQueuedFunction() {
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      mmuNotifierCallSrcu(new RcuHead(), h -> ran.incrementAndGet());
    }
    mmuNotifierSynchronize();
    assertEquals(20, ran.get());
  }

  // ---------------------------------------------------------------- debug mode

  /** Throws the first exception a callback of a munmap produced, wrapped as it came out. */
  private static <T extends Throwable> T thrownFromCallback(Class<T> type, Mm mm, Runnable insideCallback) {
    MmuNotifier n =
        new MmuNotifier() {
          @Override
          public void invalidateRangeStart(Mm m, long start, long end) {
            insideCallback.run();
          }
        };
    mmap(mm, 0, PAGE_SIZE);
    mmuNotifierRegister(n, mm);
    T e = assertThrows(type, () -> munmap(mm, 0, PAGE_SIZE));
    mmuNotifierUnregister(n, mm);
    return e;
  }

  @Test
  void debugModeCatchesUnregisterFromInsideACallbackAndNamesTheFix() {
    assumeTrue(DebugMode.ENABLED);
    Mm mm = mmAlloc();
    MmuNotifier victim = new RecordingNotifier("victim", log);
    mmuNotifierRegister(victim, mm);
    GracePeriodDeadlockException e =
        thrownFromCallback(GracePeriodDeadlockException.class, mm, () -> mmuNotifierUnregister(victim, mm));
    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
    assertTrue(e.getMessage().contains("mmuNotifierUnregisterNoRelease"), e.getMessage());
    assertTrue(e.getMessage().contains("mmuNotifierCallSrcu"), e.getMessage());
    mmuNotifierUnregister(victim, mm); // still registered: the refused call changed nothing
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void debugModeCatchesMmputAndSynchronizeFromInsideACallback() {
    assumeTrue(DebugMode.ENABLED);
    Mm mm = mmAlloc();
    mmget(mm);
    GracePeriodDeadlockException e =
        thrownFromCallback(GracePeriodDeadlockException.class, mm, () -> mmput(mm));
    assertTrue(e.getMessage().contains("mmputAsync"), e.getMessage());
    assertEquals(2, mm.users(), "the refused mmput dropped nothing");
    thrownFromCallback(GracePeriodDeadlockException.class, mm, MmuNotifier::mmuNotifierSynchronize);
    Task task = new Task("t", mm);
    thrownFromCallback(GracePeriodDeadlockException.class, mm, task::exit);
    task.exit();
    mmput(mm);
    assertTrue(mm.isFreed());
  }
}
