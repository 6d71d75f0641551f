package dev.pincheck.core.analysis;

import dev.pincheck.core.ir.SourcePos;

/**
 * What one path knows about one kind of pin on one value: how many pins the body itself holds
 * (exact up to {@link #MAX_COUNT}), whether a pin from elsewhere (the caller's, the object's)
 * may still be dropped, where the body last dropped one, where the oldest held pin was taken,
 * and where an attempt to take one ({@code mmgetNotZero}) failed on this path. An
 * {@code unknown} record stops all reports about the pin: the analysis is unsure.
 */
record PinRecord(
    int count,
    boolean incoming,
    SourcePos droppedAt,
    SourcePos takenAt,
    String takenBy,
    SourcePos failedAt,
    boolean unknown) {
  static final int MAX_COUNT = 8;

  static PinRecord initial(boolean incoming) {
    return new PinRecord(0, incoming, null, null, null, null, false);
  }

  PinRecord acquire(SourcePos pos, String by) {
    if (count >= MAX_COUNT) {
      return asUnknown();
    }
    return count == 0
        ? new PinRecord(1, incoming, droppedAt, pos, by, failedAt, unknown)
        : new PinRecord(count + 1, incoming, droppedAt, takenAt, takenBy, failedAt, unknown);
  }

  /** Drops one pin the body holds, or else the incoming one; callers check {@link #canDrop()}. */
  PinRecord drop(SourcePos pos) {
    if (count > 0) {
      return count == 1
          ? new PinRecord(0, incoming, pos, null, null, failedAt, unknown)
          : new PinRecord(count - 1, incoming, pos, takenAt, takenBy, failedAt, unknown);
    }
    return new PinRecord(0, false, pos, null, null, failedAt, unknown);
  }

  /** One of the body's pins is handed to an object, which owns it from then on. */
  PinRecord handOffOne(SourcePos pos) {
    return count > 1
        ? new PinRecord(count - 1, true, pos, takenAt, takenBy, failedAt, unknown)
        : new PinRecord(0, true, pos, null, null, failedAt, unknown);
  }

  /** A null reference carries no pin. */
  PinRecord onNull() {
    return new PinRecord(0, false, droppedAt, null, null, failedAt, unknown);
  }

  PinRecord asUnknown() {
    return new PinRecord(0, false, droppedAt, null, null, failedAt, true);
  }

  /** The body manages this kind of pin itself: no pin from elsewhere is assumed any more. */
  PinRecord ownedHere() {
    return new PinRecord(count, false, droppedAt, takenAt, takenBy, failedAt, unknown);
  }

  /** An attempt to take this pin failed on this path. */
  PinRecord failed(SourcePos pos) {
    return new PinRecord(count, incoming, droppedAt, takenAt, takenBy, pos, unknown);
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
