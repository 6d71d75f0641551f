package dev.pincheck.core.ir;

/**
 * An exceptional successor of a block. A call that throws did not complete, so the edge
 * leaves with the state before a block's final {@link Instruction.Invoke}; otherwise with
 * the state after the block. {@code raisedAt} is where the exception starts (the call, the
 * {@code throw}, the end of the finally block that rethrows), for messages: a {@code throw}'s
 * block may hold no instruction to take a line from. {@link SourcePos#UNKNOWN} if not known.
 */
public record ExceptionEdge(Block target, Kind kind, String exceptionType, SourcePos raisedAt) {

  /** Which exceptional paths count: unchecked ones only in strict mode. */
  public enum Kind {
    /** A checked exception a call declares. */
    CHECKED,
    /** An explicit {@code throw} statement. */
    THROW,
    /** A runtime exception or error any call may raise. */
    UNCHECKED
  }
}
