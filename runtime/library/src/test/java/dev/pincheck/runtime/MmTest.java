package dev.pincheck.runtime;

import static dev.pincheck.runtime.Mm.PAGE_SIZE;
import static dev.pincheck.runtime.Mm.accessPage;
import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.mmAlloc;
import static dev.pincheck.runtime.Mm.mmDropAllLocks;
import static dev.pincheck.runtime.Mm.mmTakeAllLocks;
import static dev.pincheck.runtime.Mm.mmap;
import static dev.pincheck.runtime.Mm.mmapReadLock;
import static dev.pincheck.runtime.Mm.mmapReadUnlock;
import static dev.pincheck.runtime.Mm.mmapWriteLock;
import static dev.pincheck.runtime.Mm.mmapWriteUnlock;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmdropAsync;
import static dev.pincheck.runtime.Mm.mmget;
import static dev.pincheck.runtime.Mm.mmgetNotZero;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.Mm.mmputAsync;
import static dev.pincheck.runtime.Mm.munmap;
import static dev.pincheck.runtime.Mm.ptepClearFlushYoungNotify;
import static dev.pincheck.runtime.Mm.ptepClearYoungNotify;
import static dev.pincheck.runtime.Mm.pteYoung;
import static dev.pincheck.runtime.Mm.setPteAtNotify;
import static dev.pincheck.runtime.Mm.tryToUnmapOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every row of the Mm table: pins, their misuse, the locks and the address-space model. */
class MmTest {

  private static void assertThrowsNaming(Mm mm, String counterOrText, Executable call) {
    IllegalStateException e = assertThrows(IllegalStateException.class, call);
    assertTrue(e.getMessage().contains(mm.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(counterOrText), e.getMessage());
  }

  @Test
  void mmAllocStartsWithOneUserAndOneCount() {
    Mm mm = mmAlloc();
    assertEquals(1, mm.users());
    assertEquals(1, mm.count());
    assertFalse(mm.isFreed());
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void mmgrabKeepsTheStructureButNotTheAddressSpace() {
    Mm mm = mmAlloc();
    mmap(mm, 0, 4 * PAGE_SIZE);
    mmgrab(mm);
    assertEquals(2, mm.count());
    mmput(mm); // last user: exit_mmap, then the users' count reference goes
    assertEquals(0, mm.users());
    assertEquals(1, mm.count());
    assertFalse(mm.isFreed());
    assertEquals(0, mm.pages.size(), "the last mmput unmaps everything");
    assertThrowsNaming(mm, "mm_users is 0", () -> followPte(mm, 0));
    assertThrowsNaming(mm, "mm_users is 0", () -> mmap(mm, 0, PAGE_SIZE));
    mmapWriteLock(mm); // the structure is still there: its lock is usable
    mmapWriteUnlock(mm);
    mmdrop(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void everyOperationOnAFreedMmThrows() {
    Mm mm = mmAlloc();
    mmput(mm);
    assertTrue(mm.isFreed());
    assertThrowsNaming(mm, "use after free", () -> mmget(mm));
    assertThrowsNaming(mm, "use after free", () -> mmgetNotZero(mm));
    assertThrowsNaming(mm, "use after free", () -> mmput(mm));
    assertThrowsNaming(mm, "use after free", () -> mmputAsync(mm));
    assertThrowsNaming(mm, "use after free", () -> mmapWriteLock(mm));
    assertThrowsNaming(mm, "use after free", () -> mmapReadLock(mm));
    assertThrowsNaming(mm, "use after free", () -> mmap(mm, 0, PAGE_SIZE));
    assertThrowsNaming(mm, "use after free", () -> followPte(mm, 0));
    assertThrowsNaming(mm, "mm_count", () -> mmgrab(mm));
    assertEquals(RefCount.SATURATED, mm.count());
  }

  @Test
  void doubleMmdropThrowsAndSaturates() {
    Mm mm = mmAlloc();
    mmput(mm);
    assertThrowsNaming(mm, "mm_count: decrement below 0", () -> mmdrop(mm));
    assertEquals(RefCount.SATURATED, mm.count());
    assertThrowsNaming(mm, "saturated", () -> mmdrop(mm));
  }

  @Test
  void mmgetOnADeadAddressSpaceThrowsAndSaturatesMmUsers() {
    Mm mm = mmAlloc();
    mmgrab(mm);
    mmput(mm);
    assertThrowsNaming(mm, "mm_users: increment from 0", () -> mmget(mm));
    assertEquals(RefCount.SATURATED, mm.users());
    assertThrowsNaming(mm, "mm_users", () -> mmput(mm));
    mmdrop(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void mmputBelowZeroThrows() {
    Mm mm = mmAlloc();
    mmgrab(mm);
    mmput(mm);
    assertThrowsNaming(mm, "mm_users: decrement below 0", () -> mmput(mm));
    mmdrop(mm);
  }

  @Test
  void mmgetAndMmputCountUsers() {
    Mm mm = mmAlloc();
    mmget(mm);
    mmget(mm);
    assertEquals(3, mm.users());
    assertEquals(1, mm.count(), "all users together hold one mm_count reference");
    mmput(mm);
    mmput(mm);
    assertEquals(1, mm.users());
    assertFalse(mm.isFreed());
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void mmgetNotZeroPinsOnlyALiveAddressSpace() {
    Mm mm = mmAlloc();
    assertTrue(mmgetNotZero(mm));
    assertEquals(2, mm.users());
    mmput(mm);
    mmgrab(mm);
    mmput(mm);
    assertFalse(mmgetNotZero(mm), "the address space is gone; the struct is only grabbed");
    assertEquals(0, mm.users(), "a failed mmgetNotZero takes nothing");
    mmdrop(mm);
  }

  @Test
  void mmdropAsyncFreesOnTheBackgroundWorker() {
    Mm mm = mmAlloc();
    mmgrab(mm);
    mmput(mm);
    mmdropAsync(mm);
    SystemWorkqueue.flush();
    assertTrue(mm.isFreed());
  }

  @Test
  void mmputAsyncTearsDownOnTheBackgroundWorker() {
    Mm mm = mmAlloc();
    RecordingNotifier n = new RecordingNotifier("n");
    MmuNotifier.mmuNotifierRegister(n, mm);
    Thread[] releasedOn = new Thread[1];
    MmuNotifier threadRecorder =
        new MmuNotifier() {
          @Override
          public void release(Mm m) {
            releasedOn[0] = Thread.currentThread();
          }
        };
    MmuNotifier.mmuNotifierRegister(threadRecorder, mm);
    mmget(mm);
    mmputAsync(mm); // not the last: just a decrement
    assertEquals(1, mm.users());
    mmputAsync(mm);
    SystemWorkqueue.flush();
    assertEquals(0, mm.users());
    assertEquals(1, n.count("release"));
    assertNotEquals(Thread.currentThread(), releasedOn[0]);
    MmuNotifier.mmuNotifierUnregister(n, mm);
    MmuNotifier.mmuNotifierUnregister(threadRecorder, mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void nullMmIsRejected() {
    assertThrows(NullPointerException.class, () -> mmget(null));
    assertThrows(NullPointerException.class, () -> mmput(null));
    assertThrows(NullPointerException.class, () -> mmgrab(null));
    assertThrows(NullPointerException.class, () -> mmdrop(null));
    assertThrows(NullPointerException.class, () -> mmap(null, 0, PAGE_SIZE));
    assertThrows(NullPointerException.class, () -> Mm.getTaskMm(null));
  }

  // ---------------------------------------------------------------- locks

  @Test
  void mmapWriteLockExcludesOtherThreads() throws Exception {
    Mm mm = mmAlloc();
    mmapWriteLock(mm);
    AtomicBoolean got = new AtomicBoolean();
    TestThreads threads = TestThreads.create();
    Thread reader =
        threads.start(
            "reader",
            () -> {
              mmapReadLock(mm);
              got.set(true);
              mmapReadUnlock(mm);
            });
    TestThreads.awaitBlocked(reader);
    assertFalse(got.get());
    mmapWriteUnlock(mm);
    threads.join();
    assertTrue(got.get());
    mmput(mm);
  }

  @Test
  void mmapReadLockIsShared() throws Exception {
    Mm mm = mmAlloc();
    mmapReadLock(mm);
    TestThreads threads = TestThreads.create();
    threads.start(
        "second-reader",
        () -> {
          mmapReadLock(mm);
          mmapReadUnlock(mm);
        });
    threads.join();
    mmapReadUnlock(mm);
    mmput(mm);
  }

  @Test
  void mmapLockIsNotReentrant() {
    Mm mm = mmAlloc();
    mmapWriteLock(mm);
    assertThrowsNaming(mm, "would deadlock", () -> mmapWriteLock(mm));
    assertThrowsNaming(mm, "would deadlock", () -> mmapReadLock(mm));
    assertThrowsNaming(mm, "would deadlock", () -> mmap(mm, 0, PAGE_SIZE));
    mmapWriteUnlock(mm);
    mmapReadLock(mm);
    assertThrowsNaming(mm, "would deadlock", () -> mmapReadLock(mm));
    mmapReadUnlock(mm);
    mmput(mm);
  }

  @Test
  void unlockingALockNotHeldThrows() {
    Mm mm = mmAlloc();
    assertThrowsNaming(mm, "does not hold", () -> mmapWriteUnlock(mm));
    assertThrowsNaming(mm, "does not hold", () -> mmapReadUnlock(mm));
    assertThrowsNaming(mm, "does not hold", () -> mmDropAllLocks(mm));
    mmput(mm);
  }

  @Test
  void mmTakeAllLocksNeedsTheMmapLockForWriteAndCannotBeTakenTwice() {
    Mm mm = mmAlloc();
    assertThrowsNaming(mm, "must hold the mmap lock for write", () -> mmTakeAllLocks(mm));
    mmapReadLock(mm);
    assertThrowsNaming(mm, "must hold the mmap lock for write", () -> mmTakeAllLocks(mm));
    mmapReadUnlock(mm);
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    assertThrowsNaming(mm, "would deadlock", () -> mmTakeAllLocks(mm));
    mmDropAllLocks(mm);
    mmapWriteUnlock(mm);
    mmput(mm);
  }

  @Test
  void mmTakeAllLocksExcludesPageAging() throws Exception {
    Mm mm = mmAlloc();
    mmap(mm, 0, PAGE_SIZE);
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    AtomicBoolean aged = new AtomicBoolean();
    TestThreads threads = TestThreads.create();
    Thread ager =
        threads.start(
            "ager",
            () -> {
              ptepClearYoungNotify(mm, 0);
              aged.set(true);
            });
    TestThreads.awaitBlocked(ager);
    assertFalse(aged.get());
    mmDropAllLocks(mm);
    mmapWriteUnlock(mm);
    threads.join();
    assertTrue(aged.get());
    mmput(mm);
  }

  // ---------------------------------------------------------------- address space

  @Test
  void mmapPopulatesYoungPagesAndMunmapRemovesThem() {
    Mm mm = mmAlloc();
    mmap(mm, 0x10000, 3 * PAGE_SIZE - 100); // rounded up to 3 pages
    assertEquals(3, mm.pages.size());
    assertNotEquals(0, followPte(mm, 0x10000));
    assertNotEquals(0, followPte(mm, 0x12000 + 17), "any address inside the page");
    assertEquals(0, followPte(mm, 0x13000));
    assertTrue(pteYoung(mm, 0x11000));
    munmap(mm, 0x11000, PAGE_SIZE);
    assertEquals(0, followPte(mm, 0x11000));
    assertEquals(2, mm.pages.size());
    mmput(mm);
  }

  @Test
  void youngBitIsSetByAccessAndClearedByAging() {
    Mm mm = mmAlloc();
    mmap(mm, 0, PAGE_SIZE);
    assertTrue(ptepClearFlushYoungNotify(mm, 0), "fresh pages are young");
    assertFalse(pteYoung(mm, 0));
    assertFalse(ptepClearFlushYoungNotify(mm, 0));
    assertTrue(accessPage(mm, 0));
    assertTrue(ptepClearYoungNotify(mm, 0));
    assertFalse(ptepClearYoungNotify(mm, 0));
    assertFalse(accessPage(mm, PAGE_SIZE), "nothing mapped there");
    mmput(mm);
  }

  @Test
  void setPteAtNotifyReplacesThePte() {
    Mm mm = mmAlloc();
    mmap(mm, 0, PAGE_SIZE);
    setPteAtNotify(mm, 0, 0xabc001);
    assertEquals(0xabc001, followPte(mm, 0));
    mmput(mm);
  }

  @Test
  void tryToUnmapOneReclaimsOnePage() {
    Mm mm = mmAlloc();
    mmap(mm, 0, 2 * PAGE_SIZE);
    assertTrue(tryToUnmapOne(mm, PAGE_SIZE));
    assertFalse(tryToUnmapOne(mm, PAGE_SIZE));
    assertEquals(1, mm.pages.size());
    mmput(mm);
  }

  @Test
  void invalidRangesAndAddressesAreRejected() {
    Mm mm = mmAlloc();
    mmap(mm, 0, PAGE_SIZE);
    assertThrows(IllegalArgumentException.class, () -> mmap(mm, 100, PAGE_SIZE), "unaligned start");
    assertThrows(IllegalArgumentException.class, () -> mmap(mm, -PAGE_SIZE, PAGE_SIZE), "negative start");
    assertThrows(IllegalArgumentException.class, () -> munmap(mm, PAGE_SIZE, 0), "empty range");
    assertThrows(IllegalArgumentException.class, () -> munmap(mm, PAGE_SIZE, -PAGE_SIZE), "inverted range");
    assertThrows(IllegalArgumentException.class, () -> munmap(mm, PAGE_SIZE, Long.MAX_VALUE), "overflow");
    assertThrows(IllegalArgumentException.class, () -> followPte(mm, -1));
    assertThrows(IllegalArgumentException.class, () -> setPteAtNotify(mm, 0, 0), "pte_none");
    assertThrows(IllegalArgumentException.class, () -> setPteAtNotify(mm, PAGE_SIZE, 1), "nothing mapped");
    mmput(mm);
  }

  @Test
  void addressSpaceOperationsNeedAUsersPin() {
    Mm mm = mmAlloc();
    mmap(mm, 0, PAGE_SIZE);
    mmgrab(mm);
    mmput(mm);
    for (Executable op :
        new Executable[] {
          () -> mmap(mm, 0, PAGE_SIZE),
          () -> munmap(mm, 0, PAGE_SIZE),
          () -> setPteAtNotify(mm, 0, 1),
          () -> ptepClearFlushYoungNotify(mm, 0),
          () -> ptepClearYoungNotify(mm, 0),
          () -> Mm.mmuNotifierTestYoung(mm, 0),
          () -> tryToUnmapOne(mm, 0),
          () -> accessPage(mm, 0),
          () -> followPte(mm, 0),
          () -> pteYoung(mm, 0)
        }) {
      assertThrowsNaming(mm, "USERS pin", op);
    }
    mmdrop(mm);
  }

  @Test
  void concurrentGetsAndPutsNeverLoseACount() throws Exception {
    Mm mm = mmAlloc();
    CountDownLatch go = new CountDownLatch(1);
    TestThreads threads = TestThreads.create();
    for (int t = 0; t < 4; t++) {
      threads.start(
          "pinner-" + t,
          () -> {
            TestThreads.await(go);
            for (int i = 0; i < 20_000; i++) {
              mmget(mm);
              mmgrab(mm);
              mmdrop(mm);
              mmput(mm);
            }
          });
    }
    go.countDown();
    threads.join();
    assertEquals(1, mm.users());
    assertEquals(1, mm.count());
    mmput(mm);
    assertTrue(mm.isFreed());
  }
}
