package dev.pincheck.samples;

import static dev.pincheck.runtime.Mm.PAGE_SIZE;
import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmAlloc;
import static dev.pincheck.runtime.Mm.mmap;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.Mm.mmuNotifierTestYoung;
import static dev.pincheck.runtime.Mm.munmap;
import static dev.pincheck.runtime.Mm.ptepClearFlushYoungNotify;
import static dev.pincheck.runtime.Mm.setPteAtNotify;
import static dev.pincheck.runtime.Mm.tryToUnmapOne;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A process's life under a mirroring device, against the real runtime: the process maps
 * memory, the device mirrors it, the process changes, ages, unmaps and remaps pages (the last
 * while device threads keep accessing), then exits; the device frees itself and the driver
 * unloads.
 */
public final class MirrorScenario {
  static final long BASE = 0x40_0000L;
  static final int PAGES = 8;
  private static final int REMAP_ROUNDS = 200;
  private static final int MAX_REMAP_ROUNDS = 100_000;
  private static final int RACING_ACCESSES = 2_000;
  private static final long COW_PTE = 0xC0FF_EE00_1L;

  private MirrorScenario() {}

  /** What happened, checked by {@link #problems()}. */
  public record Report(
      int mirroredAfterFaults,
      int faults,
      int hits,
      boolean mirrorFollowedChangePte,
      boolean agedPageWasYoung,
      boolean youngAfterAging,
      int invalidatedBeforeExit,
      long accessToUnmappedPage,
      int concurrentAccesses,
      int staleTranslations,
      long accessAfterExit,
      int releases,
      int mirroredAfterExit,
      int devicesFreed,
      int entriesFreed,
      boolean mmFreed) {

    /** Everything that contradicts a coherent mirror and a clean teardown; empty when none. */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      expect(problems, mirroredAfterFaults == PAGES, "every page mirrored after the first pass");
      expect(problems, hits >= PAGES, "the second pass hits the mirror");
      expect(problems, mirrorFollowedChangePte, "changePte updates the mirror");
      expect(problems, agedPageWasYoung, "a page the device used is young");
      expect(problems, !youngAfterAging, "aging clears the device's young bit");
      expect(problems, invalidatedBeforeExit >= 5, "munmap and reclaim invalidate the mirror");
      expect(problems, accessToUnmappedPage == 0, "an unmapped page is not accessible");
      expect(problems, concurrentAccesses > 0, "device threads ran during the remaps");
      expect(problems, staleTranslations == 0, "no stale translation survives the remaps");
      expect(problems, accessAfterExit == 0, "nothing is accessible after exit");
      expect(problems, releases == 1, "release runs exactly once");
      expect(problems, mirroredAfterExit == 0, "release empties the mirror");
      expect(problems, devicesFreed == 1, "the device frees itself after a grace period");
      expect(problems, entriesFreed >= invalidatedBeforeExit, "retired entries are freed");
      expect(problems, mmFreed, "the last mm_count reference goes with the device");
      return problems;
    }

    public String describe() {
      return String.join("\n",
          "mirrored after faults:      " + mirroredAfterFaults + " pages (" + faults + " faults, "
              + hits + " hits)",
          "changePte followed:         " + mirrorFollowedChangePte,
          "aging: young, then young:   " + agedPageWasYoung + ", " + youngAfterAging,
          "invalidated before exit:    " + invalidatedBeforeExit + " translations",
          "accesses during remaps:     " + concurrentAccesses + ", stale translations: "
              + staleTranslations,
          "release calls:              " + releases,
          "after exit: mirrored pages " + mirroredAfterExit + ", devices freed " + devicesFreed
              + ", entries freed " + entriesFreed + ", mm freed " + mmFreed,
          problems().isEmpty() ? "OK" : "PROBLEMS: " + problems());
    }

    private static void expect(List<String> problems, boolean holds, String what) {
      if (!holds) {
        problems.add(what);
      }
    }
  }

  public static Report run() throws InterruptedException {
    MirrorDriver driver = new MirrorDriver();
    Mm mm = mmAlloc();
    mmap(mm, BASE, PAGES * PAGE_SIZE);
    // The task takes over our USERS pin; from here on `mm` is only looked at, never used.
    Task task = new Task("app", mm);
    MirrorDevice device = driver.open(task);
    if (device == null) {
      throw new IllegalStateException(task + " has an address space to mirror");
    }

    // The device touches every page twice: the first access faults, the second hits.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < PAGES; i++) {
        device.access(page(i));
      }
    }
    int mirroredAfterFaults = device.mirrored();

    // The process side changes under the device, with a USERS pin of its own.
    Mm process = getTaskMm(task);
    if (process == null) {
      throw new IllegalStateException(task + " is still running");
    }
    boolean followedChangePte;
    boolean agedYoung;
    boolean youngAfterAging;
    int invalidated;
    long unmappedAccess;
    AtomicInteger concurrentAccesses = new AtomicInteger();
    int stale;
    try {
      setPteAtNotify(process, page(0), COW_PTE); // copy-on-write: changePte
      followedChangePte = device.mirroredPte(page(0)) == COW_PTE;
      agedYoung = ptepClearFlushYoungNotify(process, page(1));
      youngAfterAging = mmuNotifierTestYoung(process, page(1));
      munmap(process, page(4), 4 * PAGE_SIZE); // invalidateRangeStart/End over pages 4..7
      tryToUnmapOne(process, page(3)); // reclaim: invalidatePage
      invalidated = device.invalidated();
      unmappedAccess = device.access(page(5));
      stale = raceAccessesWithRemaps(device, process, concurrentAccesses);
    } finally {
      mmput(process);
    }

    // The process exits: its last mmput runs exit_mmap, which calls release.
    task.exit();
    long accessAfterExit = device.access(page(0));
    int mirroredAfterExit = device.mirrored();
    driver.close(); // module exit: waits for the device's deferred free

    return new Report(mirroredAfterFaults, device.faults(), device.hits(), followedChangePte,
        agedYoung, youngAfterAging, invalidated, unmappedAccess, concurrentAccesses.get(), stale,
        accessAfterExit, device.releases(), mirroredAfterExit, driver.devicesFreed(),
        driver.entriesFreed(), mm.isFreed());
  }

  /**
   * Device threads access pages 0..2 while the process unmaps and remaps them: every
   * invalidation must reach the mirror, and no access may read a freed translation (a
   * {@link MirrorEntry} read after its grace period throws). Returns how many translations
   * are stale afterwards: mirrored with a pte the process no longer has.
   */
  private static int raceAccessesWithRemaps(
      MirrorDevice device, Mm process, AtomicInteger accesses) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> deviceThreads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread thread = new Thread(() -> {
        try {
          while (!stop.get()) {
            for (int i = 0; i < 3; i++) {
              device.access(page(i));
              accesses.incrementAndGet();
            }
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }, "device-" + t);
      deviceThreads.add(thread);
      thread.start();
    }
    try {
      // Enough rounds, and enough device accesses among them to make the race real.
      for (int round = 0; round < MAX_REMAP_ROUNDS
          && (round < REMAP_ROUNDS || accesses.get() < RACING_ACCESSES); round++) {
        munmap(process, page(0), 3 * PAGE_SIZE);
        mmap(process, page(0), 3 * PAGE_SIZE);
      }
    } finally {
      stop.set(true);
      for (Thread thread : deviceThreads) {
        thread.join();
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a device access failed during the remaps", failure.get());
    }
    int stale = 0;
    for (int i = 0; i < 3; i++) {
      long mirrored = device.mirroredPte(page(i));
      if (mirrored != 0 && mirrored != followPte(process, page(i))) {
        stale++;
      }
    }
    return stale;
  }

  static long page(int i) {
    return BASE + i * PAGE_SIZE;
  }
}
