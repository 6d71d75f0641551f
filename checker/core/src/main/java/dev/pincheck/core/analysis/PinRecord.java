package dev.pincheck.core.analysis;

import dev.pincheck.core.ir.SourcePos;

/**
 * What one path knows about one kind of pin on one value: how many pins the body itself holds
 * (exact up to {@link #MAX_COUNT}), whether a pin from elsewhere (the caller's, the object's)
 * may still be dropped, whether the body dropped one, and where the oldest held pin was taken.
 * An {@code unknown} record stops all reports about the pin: the analysis is unsure.
 */
record PinRecord(
    int count,
    boolean incoming,
    SourcePos droppedAt,
    SourcePos takenAt,
    String takenBy,
    boolean unknown) {
  static final int MAX_COUNT = 8;

  static PinRecord initial(boolean incoming) {
    return new PinRecord(0, incoming, null, null, null, false);
  }

  PinRecord acquire(SourcePos pos, String by) {
    if (count >= MAX_COUNT) {
      return asUnknown();
    }
    return count == 0
        ? new PinRecord(1, incoming, droppedAt, pos, by, unknown)
        : new PinRecord(count + 1, incoming, droppedAt, takenAt, takenBy, unknown);
  }

  /** Drops one pin the body holds, or else the incoming one; callers check {@link #canDrop()}. */
  PinRecord drop(SourcePos pos) {
    if (count > 0) {
      return count == 1
          ? new PinRecord(0, incoming, pos, null, null, unknown)
          : new PinRecord(count - 1, incoming, pos, takenAt, takenBy, unknown);
    }
    return new PinRecord(0, false, pos, null, null, unknown);
  }

  /** One of the body's pins is handed to an object, which owns it from then on. */
  PinRecord handOffOne(SourcePos pos) {
    return count > 1
        ? new PinRecord(count - 1, true, pos, takenAt, takenBy, unknown)
        : new PinRecord(0, true, pos, null, null, unknown);
  }

  /** A null reference carries no pin. */
  PinRecord onNull() {
    return new PinRecord(0, false, droppedAt, null, null, unknown);
  }

  PinRecord asUnknown() {
    return new PinRecord(0, false, droppedAt, null, null, true);
  }

  /** The body manages this kind of pin itself: no pin from elsewhere is assumed any more. */
  PinRecord ownedHere() {
    return new PinRecord(count, false, droppedAt, takenAt, takenBy, unknown);
  }

  boolean dropped() {
    return droppedAt != null;
  }

  boolean canDrop() {
    return count > 0 || incoming;
  }

  /** Whether the pin keeps the value alive on this path. */
  boolean alive() {
    return count > 0 || incoming || unknown;
  }
}
