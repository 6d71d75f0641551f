package dev.pincheck.core.contract;

/**
 * What a call does with a named lock of an argument ({@code "mmap"} of an {@code Mm}).
 * {@code nestedIn} names a lock that must stay held while this one is ({@code mm_all_locks}
 * inside {@code mmap}); empty when none.
 */
public record LockEffect(Action action, String lock, boolean exclusive, String nestedIn) {

  /** The four lock contracts. */
  public enum Action {
    /** Acquires the lock (not reentrant). */
    LOCKS,
    /** Releases the lock the caller holds. */
    UNLOCKS,
    /** Needs the caller to hold it. */
    REQUIRES,
    /** Takes and releases it itself: the caller must not hold it. */
    TAKES
  }
}
