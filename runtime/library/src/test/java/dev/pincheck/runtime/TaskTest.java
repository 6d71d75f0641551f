package dev.pincheck.runtime;

import static dev.pincheck.runtime.Mm.PTRACE_MODE_ATTACH_REALCREDS;
import static dev.pincheck.runtime.Mm.PTRACE_MODE_READ;
import static dev.pincheck.runtime.Mm.PTRACE_MODE_READ_FSCREDS;
import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmAccess;
import static dev.pincheck.runtime.Mm.mmAlloc;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Task, getTaskMm and mmAccess: who owns the task's pin, and when lookups return null. */
class TaskTest {

  @Test
  void aKernelThreadHasNoMm() {
    Task kthread = new Task("kworker");
    assertNull(getTaskMm(kthread));
    assertNull(mmAccess(kthread, PTRACE_MODE_READ_FSCREDS));
    kthread.exit();
  }

  @Test
  void getTaskMmReturnsTheMmWithANewPin() {
    Mm mm = mmAlloc();
    Task task = new Task("init", mm);
    Mm got = getTaskMm(task);
    assertSame(mm, got);
    assertEquals(2, mm.users());
    mmput(got);
    task.exit();
    assertTrue(mm.isFreed(), "the task owned the only pin");
  }

  @Test
  void exitDropsTheTasksPinAndLaterLookupsReturnNull() {
    Mm mm = mmAlloc();
    Task task = new Task("init", mm);
    Mm pinned = getTaskMm(task);
    task.exit();
    assertNull(getTaskMm(task));
    assertEquals(1, pinned.users(), "our pin keeps the address space");
    mmput(pinned);
    assertTrue(mm.isFreed());
  }

  @Test
  void aTaskExitsOnce() {
    Task task = new Task("t", mmAlloc());
    task.exit();
    assertThrows(IllegalStateException.class, task::exit);
  }

  @Test
  void aTaskNeedsALiveMm() {
    Mm mm = mmAlloc();
    mmgrab(mm);
    mmput(mm);
    assertThrows(IllegalStateException.class, () -> new Task("t", mm));
    mmdrop(mm);
    assertThrows(NullPointerException.class, () -> new Task(null));
  }

  @Test
  void mmAccessPinsTheMmOfADumpableTask() {
    Mm mm = mmAlloc();
    Task task = new Task("t", mm);
    Mm got = mmAccess(task, PTRACE_MODE_ATTACH_REALCREDS);
    assertSame(mm, got);
    assertEquals(2, mm.users());
    mmput(got);
    task.exit();
  }

  @Test
  void mmAccessIsDeniedForANonDumpableTaskAndTakesNoPin() {
    Mm mm = mmAlloc();
    Task task = new Task("setuid", mm);
    task.setDumpable(false);
    assertFalse(task.isDumpable());
    assertNull(mmAccess(task, PTRACE_MODE_READ_FSCREDS));
    assertEquals(1, mm.users());
    task.exit();
    assertTrue(mm.isFreed());
  }

  @Test
  void mmAccessRejectsAnInvalidMode() {
    Task task = new Task("t", mmAlloc());
    assertThrows(IllegalArgumentException.class, () -> mmAccess(task, 0));
    assertThrows(IllegalArgumentException.class, () -> mmAccess(task, PTRACE_MODE_READ), "no creds flag");
    assertThrows(IllegalArgumentException.class, () -> mmAccess(task, PTRACE_MODE_READ_FSCREDS | 0x100));
    assertThrows(
        IllegalArgumentException.class, () -> mmAccess(task, PTRACE_MODE_READ_FSCREDS | PTRACE_MODE_ATTACH_REALCREDS));
    task.exit();
  }

  @Test
  void getTaskMmRacingExitReturnsEitherNullOrALiveMm() throws Exception {
    for (int round = 0; round < 200; round++) {
      Mm mm = mmAlloc();
      Task task = new Task("racer", mm);
      AtomicLong pinned = new AtomicLong();
      TestThreads threads = TestThreads.create();
      threads.start(
          "looker",
          () -> {
            for (int i = 0; i < 50; i++) {
              Mm got = getTaskMm(task);
              if (got == null) {
                return;
              }
              Mm.followPte(got, 0); // usable: we hold a USERS pin
              pinned.incrementAndGet();
              mmput(got);
            }
          });
      task.exit();
      threads.join();
      assertTrue(mm.isFreed(), "round " + round + ": every pin was dropped");
    }
  }
}
