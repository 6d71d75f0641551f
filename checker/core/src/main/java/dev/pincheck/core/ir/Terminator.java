package dev.pincheck.core.ir;

/** How control leaves a block normally. */
public sealed interface Terminator {

  record Goto(Block target) implements Terminator {}

  /** Branch on a boolean operand, so facts such as "pinned only if true" split correctly. */
  record Branch(Operand condition, Block whenTrue, Block whenFalse) implements Terminator {}

  /** Leaves the body: the normal exit or the exceptional exit, per the owning block. */
  record Exit() implements Terminator {}
}
