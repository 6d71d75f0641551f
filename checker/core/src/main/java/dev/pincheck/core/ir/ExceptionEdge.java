package dev.pincheck.core.ir;

/**
 * An exceptional successor of a block. A call that throws did not complete, so the edge
 * leaves with the state before a block's final {@link Instruction.Invoke}; otherwise with
 * the state after the block.
 */
public record ExceptionEdge(Block target, Kind kind, String exceptionType) {

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
