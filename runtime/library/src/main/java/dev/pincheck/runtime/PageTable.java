package dev.pincheck.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The page tables of one address space: a pte and a young (accessed) bit per mapped page,
 * guarded by the page-table spinlock (this object's monitor, held only for the map update,
 * never across a notifier callback). After {@link #tearDown()} every change throws.
 */
final class PageTable {
  static final long PAGE_SIZE = 4096;
  static final long PRESENT = 0x1;

  private static final AtomicLong NEXT_PFN = new AtomicLong(0x100);

  private static final class Pte {
    long value;
    boolean young;

    Pte(long value) {
      this.value = value;
      this.young = true;
    }
  }

  private final Object owner;
  private final TreeMap<Long, Pte> ptes = new TreeMap<>();
  private boolean tornDown;

  PageTable(Object owner) {
    this.owner = owner;
  }

  /** Maps fresh pages over [start, end), replacing any there; they start young. */
  synchronized void populate(long start, long end, String operation) {
    requireLive(operation);
    for (long a = start; a < end; a += PAGE_SIZE) {
      ptes.put(a, new Pte((NEXT_PFN.getAndIncrement() << 12) | PRESENT));
    }
  }

  synchronized boolean anyMapped(long start, long end) {
    Long first = ptes.ceilingKey(start);
    return first != null && first < end;
  }

  /** Unmaps [start, end); returns how many pages went. */
  synchronized int clear(long start, long end, String operation) {
    requireLive(operation);
    Map<Long, Pte> range = ptes.subMap(start, end);
    int n = range.size();
    range.clear();
    return n;
  }

  /** The pte at {@code address}, 0 ({@code pte_none}) when nothing is mapped there. */
  synchronized long get(long address) {
    Pte pte = ptes.get(address);
    return pte == null ? 0 : pte.value;
  }

  /** Replaces the pte of a mapped page; false when nothing is mapped there. */
  synchronized boolean set(long address, long value, String operation) {
    requireLive(operation);
    Pte pte = ptes.get(address);
    if (pte == null) {
      return false;
    }
    pte.value = value;
    pte.young = true;
    return true;
  }

  /** Unmaps one page; returns its pte, 0 when nothing was mapped. */
  synchronized long remove(long address, String operation) {
    requireLive(operation);
    Pte pte = ptes.remove(address);
    return pte == null ? 0 : pte.value;
  }

  synchronized boolean young(long address) {
    Pte pte = ptes.get(address);
    return pte != null && pte.young;
  }

  /** The hardware setting the accessed bit; false when nothing is mapped there. */
  synchronized boolean markYoung(long address, String operation) {
    requireLive(operation);
    Pte pte = ptes.get(address);
    if (pte == null) {
      return false;
    }
    pte.young = true;
    return true;
  }

  /** {@code ptep_test_and_clear_young}. */
  synchronized boolean testAndClearYoung(long address, String operation) {
    requireLive(operation);
    Pte pte = ptes.get(address);
    if (pte == null || !pte.young) {
      return false;
    }
    pte.young = false;
    return true;
  }

  synchronized int size() {
    return ptes.size();
  }

  /** Unmaps everything, for good ({@code exit_mmap}'s unmap and free of the page tables). */
  synchronized void tearDown() {
    ptes.clear();
    tornDown = true;
  }

  private void requireLive(String operation) {
    if (tornDown) {
      throw new IllegalStateException(operation + "(" + owner + "): the address space is already torn down (exit_mmap ran)");
    }
  }
}
