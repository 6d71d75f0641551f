package dev.pincheck.runtime;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The reader counts of one SRCU domain: for each of the two indexes, a count of read-section
 * entries and a count of exits, striped by thread like the kernel's per-CPU
 * {@code srcu_lock_count[2]}/{@code srcu_unlock_count[2]}, so that readers on different threads
 * do not write the same cache line. The counts only grow; an index has no readers left when the
 * sum of exits equals the sum of entries.
 *
 * <p>Ordering (all accesses here are volatile or atomic, hence in one total order): the writer
 * sums the exits first, then the entries. A reader counted in the entries but not in the exits
 * makes the sums differ; a reader counted in the exits was counted in the entries too. So equal
 * sums mean every reader seen entering has left, and its exit, a volatile write read by the
 * writer, orders the reader's section before whatever the writer does next. The writer reads the
 * entries with an atomic add of zero rather than a plain read: that write is seen by every later
 * entry on the same stripe, so a reader entering after the scan sees all the writer did before
 * it. That is the {@code smp_mb()} pair of the kernel's SRCU.
 */
final class SrcuCounters {
  /** Longs per stripe: 16 longs = 128 bytes, two cache lines, so stripes never share one. */
  private static final int STRIDE = 16;

  private static final int ENTRIES = 0;
  private static final int EXITS = 2;

  private final AtomicLongArray cells;
  private final int stripeMask;
  private final int stripes;

  SrcuCounters() {
    int wanted = Math.max(8, Math.min(256, 4 * Runtime.getRuntime().availableProcessors()));
    stripes = Integer.highestOneBit(wanted - 1) << 1;
    stripeMask = stripes - 1;
    // Stripe 0 of the array is left unused: it pads the live stripes off the array header.
    cells = new AtomicLongArray((stripes + 1) * STRIDE);
  }

  private int myStripe() {
    // Thread ids are sequential: threads started together land on different stripes.
    return (((int) Thread.currentThread().getId() & stripeMask) + 1) * STRIDE;
  }

  void enter(int idx) {
    cells.getAndIncrement(myStripe() + ENTRIES + idx);
  }

  void exit(int idx) {
    cells.getAndIncrement(myStripe() + EXITS + idx);
  }

  /** True when every reader counted as entering {@code idx} has left (see the class comment). */
  boolean drained(int idx) {
    long exits = 0;
    for (int s = 1; s <= stripes; s++) {
      exits += cells.get(s * STRIDE + EXITS + idx);
    }
    long entries = 0;
    for (int s = 1; s <= stripes; s++) {
      entries += cells.getAndAdd(s * STRIDE + ENTRIES + idx, 0L);
    }
    return entries == exits;
  }

  /** A snapshot of how many readers are inside a section on either index. */
  long activeReaders() {
    long active = 0;
    for (int s = 1; s <= stripes; s++) {
      for (int idx = 0; idx < 2; idx++) {
        active += cells.get(s * STRIDE + ENTRIES + idx) - cells.get(s * STRIDE + EXITS + idx);
      }
    }
    return active;
  }
}
