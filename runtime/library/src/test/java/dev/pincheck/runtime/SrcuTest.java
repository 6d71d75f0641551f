package dev.pincheck.runtime;

import static dev.pincheck.runtime.Srcu.callSrcu;
import static dev.pincheck.runtime.Srcu.srcuBarrier;
import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;
import static dev.pincheck.runtime.Srcu.synchronizeSrcu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every row of the Srcu table, single-threaded semantics and the debug-mode deadlock checks. */
class SrcuTest {
  private final Srcu sp = new Srcu("test");

  @AfterEach
  void closeDomain() {
    sp.close();
  }

  @Test
  void debugModeIsOnInTheProjectsTests() {
    assertTrue(DebugMode.ENABLED, "surefire must run with -D" + DebugMode.PROPERTY + "=true");
  }

  @Test
  void readSectionReturnsAnIndexThatTheUnlockTakesBack() {
    int idx = srcuReadLock(sp);
    assertTrue(idx == 0 || idx == 1);
    srcuReadUnlock(sp, idx);
  }

  @Test
  void newReadersUseTheOtherIndexAfterAGracePeriod() {
    int before = srcuReadLock(sp);
    srcuReadUnlock(sp, before);
    synchronizeSrcu(sp);
    int after = srcuReadLock(sp);
    srcuReadUnlock(sp, after);
    assertEquals(1 - before, after);
  }

  @Test
  void unlockRejectsAnIndexOutOfRange() {
    int idx = srcuReadLock(sp);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> srcuReadUnlock(sp, 2));
    assertTrue(e.getMessage().contains("srcuReadLock returned"), e.getMessage());
    srcuReadUnlock(sp, idx);
  }

  @Test
  void debugModeRejectsAnIndexThisThreadDoesNotHold() {
    assumeTrue(DebugMode.ENABLED);
    int idx = srcuReadLock(sp);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> srcuReadUnlock(sp, 1 - idx));
    assertTrue(e.getMessage().contains("holds no read section with index " + (1 - idx)), e.getMessage());
    srcuReadUnlock(sp, idx);
    assertThrows(IllegalArgumentException.class, () -> srcuReadUnlock(sp, idx));
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> new Srcu(null));
    assertThrows(IllegalArgumentException.class, () -> new Srcu(" "));
    assertThrows(NullPointerException.class, () -> srcuReadLock(null));
    assertThrows(NullPointerException.class, () -> synchronizeSrcu(null));
    assertThrows(NullPointerException.class, () -> callSrcu(sp, null, h -> {}));
    assertThrows(NullPointerException.class, () -> callSrcu(sp, new RcuHead(), null));
    assertThrows(NullPointerException.class, () -> srcuBarrier(null));
  }

  @Test
  void synchronizeWaitsForAReaderThatBeganBeforeIt() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    AtomicBoolean readerLeft = new AtomicBoolean();
    AtomicBoolean sawReaderLeft = new AtomicBoolean();
    TestThreads threads = TestThreads.create();
    threads.start(
        "reader",
        () -> {
          int idx = srcuReadLock(sp);
          inside.countDown();
          TestThreads.await(leave);
          readerLeft.set(true);
          srcuReadUnlock(sp, idx);
        });
    TestThreads.await(inside);
    Thread writer =
        threads.start(
            "writer",
            () -> {
              synchronizeSrcu(sp);
              sawReaderLeft.set(readerLeft.get());
            });
    TestThreads.awaitBlocked(writer);
    assertTrue(writer.isAlive(), "synchronizeSrcu returned while a reader was inside");
    leave.countDown();
    threads.join();
    assertTrue(sawReaderLeft.get());
  }

  @Test
  void synchronizeDoesNotWaitForReadersOfAnotherDomain() throws Exception {
    try (Srcu other = new Srcu("other")) {
      int idx = srcuReadLock(other);
      synchronizeSrcu(sp);
      srcuReadUnlock(other, idx);
    }
  }

  @Test
  void readersMaySleepAndNest() throws Exception {
    int outer = srcuReadLock(sp);
    Thread.sleep(1);
    int inner = srcuReadLock(sp);
    srcuReadUnlock(sp, inner);
    srcuReadUnlock(sp, outer);
    synchronizeSrcu(sp);
  }

  @Test
  void callSrcuRunsTheFunctionOnABackgroundWorkerAfterPreexistingReadersLeave() throws Exception {
    int idx = srcuReadLock(sp);
    CountDownLatch ran = new CountDownLatch(1);
    AtomicReference<Thread> worker = new AtomicReference<>();
    AtomicBoolean readerStillInside = new AtomicBoolean(true);
    AtomicBoolean ranTooEarly = new AtomicBoolean();
    RcuHead head = new RcuHead();
    AtomicReference<RcuHead> received = new AtomicReference<>();
    callSrcu(
        sp,
        head,
        h -> {
          ranTooEarly.set(readerStillInside.get());
          received.set(h);
          worker.set(Thread.currentThread());
          ran.countDown();
        });
    Thread.sleep(20);
    assertEquals(1, ran.getCount(), "the function ran while a reader that began before callSrcu was inside");
    readerStillInside.set(false);
    srcuReadUnlock(sp, idx);
    TestThreads.await(ran);
    assertFalse(ranTooEarly.get());
    assertTrue(received.get() == head);
    assertNotSame(Thread.currentThread(), worker.get());
    assertTrue(worker.get().isDaemon());
  }

  @Test
  void callSrcuFunctionsRunInOrderAndSrcuBarrierWaitsForThemAll() {
    List<Integer> order = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      callSrcu(sp, new RcuHead(), h -> order.add(n));
    }
    srcuBarrier(sp);
    assertEquals(100, order.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i, order.get(i));
    }
  }

  @Test
  void aQueuedHeadCannotBeQueuedAgainUntilItsFunctionRan() {
    int idx = srcuReadLock(sp); // keeps the first callback pending
    RcuHead head = new RcuHead();
    callSrcu(sp, head, h -> {});
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> callSrcu(sp, head, h -> {}));
    assertTrue(e.getMessage().contains("already queued"), e.getMessage());
    srcuReadUnlock(sp, idx);
    srcuBarrier(sp);
    callSrcu(sp, head, h -> {}); // ran: free to queue again
    srcuBarrier(sp);
  }

  @Test
  void aThrowingFunctionDoesNotStopTheWorker() {
    AtomicBoolean later = new AtomicBoolean();
    Thread.UncaughtExceptionHandler quiet = (t, e) -> {};
    callSrcu(
        sp,
        new RcuHead(),
        h -> {
          Thread.currentThread().setUncaughtExceptionHandler(quiet);
          throw new IllegalStateException("boom");
        });
    callSrcu(sp, new RcuHead(), h -> later.set(true));
    srcuBarrier(sp);
    assertTrue(later.get());
  }

  @Test
  void closeWaitsForPendingFunctionsThenRefusesUse() {
    AtomicBoolean ran = new AtomicBoolean();
    Srcu domain = new Srcu("closing");
    callSrcu(domain, new RcuHead(), h -> ran.set(true));
    domain.close();
    assertTrue(ran.get());
    assertThrows(IllegalStateException.class, () -> srcuReadLock(domain));
    assertThrows(IllegalStateException.class, () -> synchronizeSrcu(domain));
    assertThrows(IllegalStateException.class, () -> callSrcu(domain, new RcuHead(), h -> {}));
    assertThrows(IllegalStateException.class, () -> srcuBarrier(domain));
    domain.close(); // twice: nothing
  }

  @Test
  void closeRefusesWhileAReaderIsInside() throws Exception {
    Srcu domain = new Srcu("busy");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    TestThreads threads = TestThreads.create();
    threads.start(
        "reader",
        () -> {
          int idx = srcuReadLock(domain);
          inside.countDown();
          TestThreads.await(leave);
          srcuReadUnlock(domain, idx);
        });
    TestThreads.await(inside);
    IllegalStateException e = assertThrows(IllegalStateException.class, domain::close);
    assertTrue(e.getMessage().contains("1 reader(s) still inside"), e.getMessage());
    leave.countDown();
    threads.join();
    domain.close();
  }

  @Test
  void debugModeCatchesSynchronizeInsideAReadSectionOfTheSameDomain() {
    assumeTrue(DebugMode.ENABLED);
    int idx = srcuReadLock(sp);
    GracePeriodDeadlockException e =
        assertThrows(GracePeriodDeadlockException.class, () -> synchronizeSrcu(sp));
    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
    assertTrue(e.getMessage().contains("srcuReadUnlock") && e.getMessage().contains("callSrcu"), e.getMessage());
    srcuReadUnlock(sp, idx);
    synchronizeSrcu(sp); // fine once outside
  }

  @Test
  void debugModeCatchesSrcuBarrierAndCloseInsideAReadSection() {
    assumeTrue(DebugMode.ENABLED);
    int idx = srcuReadLock(sp);
    assertThrows(GracePeriodDeadlockException.class, () -> srcuBarrier(sp));
    assertThrows(GracePeriodDeadlockException.class, sp::close);
    srcuReadUnlock(sp, idx);
  }

  @Test
  void srcuBarrierFromACallbackOfTheSameDomainThrows() {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    callSrcu(
        sp,
        new RcuHead(),
        h -> {
          try {
            srcuBarrier(sp);
          } catch (Throwable t) {
            thrown.set(t);
          }
        });
    srcuBarrier(sp);
    assertTrue(thrown.get() instanceof GracePeriodDeadlockException, String.valueOf(thrown.get()));
  }
}
