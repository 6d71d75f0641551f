package dev.pincheck.runtime;

import static dev.pincheck.runtime.Srcu.callSrcu;
import static dev.pincheck.runtime.Srcu.srcuBarrier;
import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;
import static dev.pincheck.runtime.Srcu.synchronizeSrcu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real races: readers against writers that retire what the readers use. Each would fail on an
 * SRCU whose grace period does not wait for every earlier reader, or that starves writers.
 */
class SrcuConcurrencyTest {
  private static final long RUN_NANOS = 400_000_000L;

  /** A published object; "retired" stands for freed: no reader may see it set. */
  static final class Box extends RcuHead {
    final long serial;
    volatile boolean retired;

    Box(long serial) {
      this.serial = serial;
    }
  }

  private final Srcu sp = new Srcu("race");
  private final AtomicReference<Box> current = new AtomicReference<>(new Box(0));
  private final AtomicLong violations = new AtomicLong();
  private final AtomicLong readSections = new AtomicLong();
  private final AtomicBoolean stop = new AtomicBoolean();

  @AfterEach
  void closeDomain() {
    sp.close();
  }

  /** Readers hold the object a while (spinning, yielding, now and then sleeping) and recheck. */
  private void reader() throws InterruptedException {
    long n = 0;
    while (!stop.get()) {
      int idx = srcuReadLock(sp);
      try {
        Box b = current.get();
        check(b);
        if ((++n & 0xff) == 0) {
          Thread.sleep(0, 200_000);
        } else if ((n & 0xf) == 0) {
          Thread.yield();
        } else {
          for (int i = 0; i < 50; i++) {
            Thread.onSpinWait();
          }
        }
        check(b);
      } finally {
        srcuReadUnlock(sp, idx);
      }
    }
    readSections.addAndGet(n);
  }

  private void check(Box b) {
    if (b.retired) {
      violations.incrementAndGet();
    }
  }

  @Test
  void readersNeverSeeAnObjectRetiredAfterSynchronizeSrcu() throws Exception {
    TestThreads threads = TestThreads.create();
    for (int i = 0; i < 2; i++) {
      threads.start("reader-" + i, this::reader);
    }
    long retired = 0;
    long deadline = System.nanoTime() + RUN_NANOS;
    while (System.nanoTime() < deadline) {
      Box old = current.getAndSet(new Box(retired + 1));
      synchronizeSrcu(sp);
      old.retired = true;
      retired++;
    }
    stop.set(true);
    threads.join();
    assertEquals(0, violations.get(), "readers saw retired objects");
    assertTrue(retired > 10 && readSections.get() > 1000, "too little happened: " + retired + " / " + readSections);
  }

  @Test
  void readersNeverSeeAnObjectRetiredByCallSrcu() throws Exception {
    TestThreads threads = TestThreads.create();
    for (int i = 0; i < 2; i++) {
      threads.start("reader-" + i, this::reader);
    }
    AtomicLong freed = new AtomicLong();
    long queued = 0;
    long deadline = System.nanoTime() + RUN_NANOS;
    while (System.nanoTime() < deadline) {
      Box old = current.getAndSet(new Box(queued + 1));
      callSrcu(
          sp,
          old,
          h -> {
            ((Box) h).retired = true;
            freed.incrementAndGet();
          });
      queued++;
      if ((queued & 0x3ff) == 0) {
        Thread.yield(); // let the worker keep up a little
      }
    }
    stop.set(true);
    threads.join();
    srcuBarrier(sp);
    assertEquals(queued, freed.get(), "srcuBarrier returned before every queued function ran");
    assertEquals(0, violations.get(), "readers saw objects freed by callSrcu");
    assertTrue(queued > 10 && readSections.get() > 1000, "too little happened: " + queued + " / " + readSections);
  }

  @Test
  void synchronizeSrcuFinishesWhileNewReadersKeepArriving() throws Exception {
    // Hand-over-hand readers: each enters a new section before leaving the old one, so the domain
    // is never without readers. A grace period that waited for "no readers" would never end.
    CountDownLatch started = new CountDownLatch(3);
    TestThreads threads = TestThreads.create();
    for (int i = 0; i < 3; i++) {
      threads.start(
          "overlapping-reader-" + i,
          () -> {
            int held = srcuReadLock(sp);
            started.countDown();
            while (!stop.get()) {
              int next = srcuReadLock(sp);
              srcuReadUnlock(sp, held);
              held = next;
              Thread.sleep(0, 100_000);
            }
            srcuReadUnlock(sp, held);
          });
    }
    TestThreads.await(started);
    assertTimeoutPreemptively(
        TestThreads.HANG_GUARD,
        () -> {
          for (int i = 0; i < 20; i++) {
            synchronizeSrcu(sp);
          }
        },
        "synchronizeSrcu starved by readers that keep arriving");
    stop.set(true);
    threads.join();
  }

  @Test
  void concurrentWritersAllCompleteAndEachWaitsForItsReaders() throws Exception {
    TestThreads threads = TestThreads.create();
    threads.start("reader", this::reader);
    AtomicLong retired = new AtomicLong();
    for (int w = 0; w < 2; w++) {
      threads.start(
          "writer-" + w,
          () -> {
            long deadline = System.nanoTime() + RUN_NANOS / 2;
            while (System.nanoTime() < deadline) {
              Box old = current.getAndSet(new Box(-1));
              synchronizeSrcu(sp);
              old.retired = true;
              retired.incrementAndGet();
            }
          });
    }
    Thread.sleep(RUN_NANOS / 2_000_000);
    while (retired.get() < 10) {
      Thread.sleep(5);
    }
    stop.set(true);
    threads.join();
    assertEquals(0, violations.get(), "readers saw retired objects");
  }
}
