package dev.pincheck.runtime;

import static dev.pincheck.runtime.Mm.PAGE_SIZE;
import static dev.pincheck.runtime.Mm.mmAlloc;
import static dev.pincheck.runtime.Mm.mmap;
import static dev.pincheck.runtime.Mm.mmget;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.Mm.munmap;
import static dev.pincheck.runtime.Mm.ptepClearYoungNotify;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierCallSrcu;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegister;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierSynchronize;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregister;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregisterNoRelease;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * Registration, unregistration and exit racing the operations that run callbacks: no callback
 * is lost while a notifier is registered, none is delivered twice, none runs after
 * unregistration returned or after the notifier's state was freed, and {@code release} runs
 * exactly once, before the pages go.
 */
class MmuNotifierConcurrencyTest {
  private static final long RUN_NANOS = 500_000_000L;
  private static final int START = 1;
  private static final int RANGE = 2;
  private static final int END = 4;

  /** A global clock: ticks order events on different threads (its updates are atomic). */
  private final AtomicLong clock = new AtomicLong();

  /** The munmap in progress; callbacks run on the invalidating thread, so they read it exactly. */
  private volatile int currentOp = -1;

  /** A notifier that checks, as it is called, that it is not called when it must not be. */
  final class TrackingNotifier extends MmuNotifier {
    final RcuHead rcu = new RcuHead();
    final Map<Integer, Integer> seenByOp = new ConcurrentHashMap<>();
    final AtomicInteger releases = new AtomicInteger();
    final AtomicInteger violations = new AtomicInteger();
    final AtomicInteger pagesAtRelease = new AtomicInteger(-1);
    volatile long registeredAt = Long.MAX_VALUE;
    volatile long unregisterCalledAt = Long.MIN_VALUE;
    volatile boolean unregistered;
    volatile boolean freed;
    volatile boolean noRelease;

    private void check() {
      if (unregistered || freed) {
        violations.incrementAndGet();
      }
    }

    private void saw(int kind) {
      check();
      int op = currentOp;
      Integer before = seenByOp.get(op);
      if (before != null && (before & kind) != 0) {
        violations.incrementAndGet(); // the same callback twice for one operation
      }
      seenByOp.merge(op, kind, (a, b) -> a | b);
    }

    @Override
    public void invalidateRangeStart(Mm mm, long start, long end) {
      saw(START);
    }

    @Override
    public void invalidateRange(Mm mm, long start, long end) {
      saw(RANGE);
    }

    @Override
    public void invalidateRangeEnd(Mm mm, long start, long end) {
      saw(END);
    }

    @Override
    public boolean clearYoung(Mm mm, long start, long end) {
      check();
      return true;
    }

    @Override
    public void release(Mm mm) {
      check();
      releases.incrementAndGet();
      for (int i = 0; i < 200; i++) {
        Thread.onSpinWait(); // give a racing exit time to free the pages, if it would
      }
      pagesAtRelease.set(mm.pages.size());
    }
  }

  @Test
  void registerAndUnregisterRacingInvalidationsLoseNoCallbackAndCallNoneTwice() throws Exception {
    int pages = 32;
    Mm mm = mmAlloc();
    mmap(mm, 0, pages * PAGE_SIZE);
    int maxOps = 1_000_000;
    AtomicLongArray opBefore = new AtomicLongArray(maxOps);
    AtomicLongArray opAfter = new AtomicLongArray(maxOps);
    AtomicInteger ops = new AtomicInteger();
    List<TrackingNotifier> all = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    TestThreads threads = TestThreads.create();

    threads.start(
        "invalidator",
        () -> {
          mmget(mm);
          for (int k = 0; !stop.get() && k < maxOps; k++) {
            long page = (k % pages) * PAGE_SIZE;
            currentOp = k;
            opBefore.set(k, clock.incrementAndGet());
            munmap(mm, page, PAGE_SIZE);
            opAfter.set(k, clock.incrementAndGet());
            ops.set(k + 1);
            mmap(mm, page, PAGE_SIZE); // fresh range: runs no callback
          }
          mmput(mm);
        });
    threads.start(
        "ager",
        () -> {
          mmget(mm);
          for (int k = 0; !stop.get(); k++) {
            ptepClearYoungNotify(mm, (k % pages) * PAGE_SIZE);
          }
          mmput(mm);
        });
    for (int r = 0; r < 2; r++) {
      threads.start(
          "registrar-" + r,
          () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
              TrackingNotifier n = new TrackingNotifier();
              all.add(n);
              mmget(mm);
              mmuNotifierRegister(n, mm);
              n.registeredAt = clock.incrementAndGet();
              mmput(mm);
              for (int i = random.nextInt(2_000); i > 0; i--) {
                Thread.onSpinWait();
              }
              n.unregisterCalledAt = clock.incrementAndGet();
              if (random.nextBoolean()) {
                mmuNotifierUnregister(n, mm);
                n.unregistered = true;
              } else {
                n.noRelease = true;
                mmuNotifierUnregisterNoRelease(n, mm);
                mmuNotifierCallSrcu(n.rcu, head -> n.freed = true);
              }
            }
          });
    }
    Thread.sleep(RUN_NANOS / 1_000_000);
    stop.set(true);
    threads.join();
    mmuNotifierSynchronize();

    int checkedPairs = 0;
    for (TrackingNotifier n : all) {
      assertEquals(0, n.violations.get(), "a callback ran twice, after unregister returned, or after free");
      assertEquals(n.noRelease ? 0 : 1, n.releases.get(), "release runs once, and never on no-release");
      assertTrue(!n.noRelease || n.freed);
      for (Map.Entry<Integer, Integer> seen : n.seenByOp.entrySet()) {
        if ((seen.getValue() & END) != 0) {
          assertTrue((seen.getValue() & START) != 0, "an end without its start: registration split an unmap");
        }
      }
      for (int k = 0; k < ops.get(); k++) {
        if (opBefore.get(k) > n.registeredAt && opAfter.get(k) < n.unregisterCalledAt) {
          assertEquals(
              START | RANGE | END,
              n.seenByOp.getOrDefault(k, 0),
              "operation " + k + " ran while the notifier was registered but it missed callbacks");
          checkedPairs++;
        }
      }
    }
    assertTrue(all.size() > 20 && ops.get() > 100 && checkedPairs > 20,
        "too little happened: " + all.size() + " registrations, " + ops + " unmaps, " + checkedPairs + " checked");
    assertEquals(1, mm.count(), "every registration dropped its mm_count reference");
    mmput(mm);
    assertTrue(mm.isFreed());
  }

  @Test
  void exitRacingUnregisterCallsReleaseExactlyOnceBeforeThePagesGo() throws Exception {
    long deadline = System.nanoTime() + RUN_NANOS;
    int rounds = 0;
    while (System.nanoTime() < deadline || rounds < 20) {
      rounds++;
      Mm mm = mmAlloc();
      mmap(mm, 0, 4 * PAGE_SIZE);
      TrackingNotifier[] ns = new TrackingNotifier[3];
      for (int i = 0; i < ns.length; i++) {
        ns[i] = new TrackingNotifier();
        mmuNotifierRegister(ns[i], mm);
      }
      ns[2].noRelease = true;
      mmget(mm); // the invalidator's pin
      CountDownLatch go = new CountDownLatch(1);
      TestThreads threads = TestThreads.create();
      threads.start(
          "exit",
          () -> {
            TestThreads.await(go);
            mmput(mm);
          });
      threads.start(
          "unregister",
          () -> {
            TestThreads.await(go);
            mmuNotifierUnregister(ns[0], mm);
            ns[0].unregistered = true;
            mmuNotifierUnregisterNoRelease(ns[2], mm);
            mmuNotifierCallSrcu(ns[2].rcu, head -> ns[2].freed = true);
            mmuNotifierUnregister(ns[1], mm);
            ns[1].unregistered = true;
          });
      threads.start(
          "invalidator",
          () -> {
            TestThreads.await(go);
            for (int k = 1; k < 4; k++) { // page 0 stays: only exit_mmap unmaps it
              currentOp = k;
              munmap(mm, k * PAGE_SIZE, PAGE_SIZE);
            }
            mmput(mm);
          });
      go.countDown();
      threads.join();
      mmuNotifierSynchronize();
      for (int i = 0; i < ns.length; i++) {
        TrackingNotifier n = ns[i];
        assertEquals(0, n.violations.get(), "round " + rounds + ": callback after unregister or free");
        if (i < 2) {
          assertEquals(1, n.releases.get(), "round " + rounds + ": release exactly once");
        } else {
          assertTrue(n.releases.get() <= 1, "round " + rounds + ": exit may release it once, unregister never");
        }
        if (n.releases.get() == 1) {
          assertTrue(n.pagesAtRelease.get() > 0, "round " + rounds + ": release ran after the pages went");
        }
      }
      assertTrue(mm.isFreed(), "round " + rounds + ": every pin and reference was dropped");
    }
  }
}
