package dev.pincheck.core.ir;

import java.util.List;

/**
 * One step of a method body in the core's representation. Front ends lower their syntax
 * trees to these few shapes; everything else is an {@link Assign} of {@link Literal#UNKNOWN}.
 */
public sealed interface Instruction {
  SourcePos pos();

  /** {@code target = value}; a field target stores the value into an object. */
  record Assign(AccessPath target, Operand value, SourcePos pos) implements Instruction {}

  /**
   * A method or constructor call. {@code result} is null when the call returns nothing;
   * {@code resultUsed} is false for an expression statement whose value is dropped.
   * {@code receiver} is null for static calls and constructors.
   */
  record Invoke(
      AccessPath result,
      CallTarget target,
      Operand receiver,
      List<Operand> args,
      List<SourcePos> argPositions,
      boolean resultUsed,
      SourcePos pos)
      implements Instruction {
    public Invoke {
      args = List.copyOf(args);
      argPositions = List.copyOf(argPositions);
    }
  }

  /** {@code result = (tested == null)} when {@code isNull}, else {@code tested != null}. */
  record NullTest(AccessPath result, Operand tested, boolean isNull, SourcePos pos)
      implements Instruction {}

  /** {@code result = !operand}. */
  record Not(AccessPath result, Operand operand, SourcePos pos) implements Instruction {}

  /**
   * {@code result = op(operands)} for a side-effect-free operation the analysis does not
   * interpret ({@code x > 0}, {@code a == b}): equal operations on equal values give equal
   * results, so a condition tested twice is known the second time.
   */
  record PureOp(AccessPath result, String op, List<Operand> operands, SourcePos pos)
      implements Instruction {
    public PureOp {
      operands = List.copyOf(operands);
    }
  }

  /** {@code result} = a function value; the captured values escape into it. */
  record MakeFunction(AccessPath result, FunctionRef function, List<Operand> captured, SourcePos pos)
      implements Instruction {
    public MakeFunction {
      captured = List.copyOf(captured);
    }
  }

  /** {@code return value}; {@code value} is null for a void return. */
  record Return(Operand value, SourcePos pos) implements Instruction {}
}
