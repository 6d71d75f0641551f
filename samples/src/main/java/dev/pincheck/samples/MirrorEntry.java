package dev.pincheck.samples;

import dev.pincheck.runtime.RcuHead;

/**
 * One translation of the device's mirror table: a page of the process and the pte the device
 * uses for it (a shadow pte, as KVM's sptes or an HMM device page table entry). Readers find it
 * under the table's SRCU read section; once unpublished it is freed only after a grace period
 * ({@code callSrcu}), so a reader never sees a freed entry. {@link #pte()} checks that.
 */
final class MirrorEntry extends RcuHead {
  private final long page;
  private final long pte;
  private volatile boolean young = true;
  private volatile boolean freed;

  MirrorEntry(long page, long pte) {
    this.page = page;
    this.pte = pte;
  }

  long page() {
    return page;
  }

  /** The mirrored pte; reading a freed entry would be a use after free of a kernel object. */
  long pte() {
    if (freed) {
      throw new IllegalStateException("mirror entry for page 0x" + Long.toHexString(page)
          + " read after it was freed: a reader outside its SRCU read section");
    }
    return pte;
  }

  /** The device used the translation (its accessed bit). */
  void markYoung() {
    young = true;
  }

  boolean isYoung() {
    return young;
  }

  /** Clears the accessed bit, returning whether it was set (page aging). */
  boolean testAndClearYoung() {
    boolean was = young;
    young = false;
    return was;
  }

  /** The function callSrcu runs after the grace period. Must not block. */
  void free() {
    freed = true;
  }
}
