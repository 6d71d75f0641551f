package dev.pincheck.javac.cfg;

import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Terminator;

/** Prints a lowered body compactly, one block per paragraph, for assertions and debugging. */
public final class IrPrinter {
  private IrPrinter() {}

  public static String print(MethodBody body) {
    StringBuilder out = new StringBuilder(body.key() + " " + body.displayName() + "\n");
    for (Block block : body.blocks()) {
      out.append(block).append(block == body.entry() ? " entry" : "")
          .append(block == body.normalExit() ? " exit" : "")
          .append(block == body.exceptionalExit() ? " exceptional-exit" : "").append('\n');
      for (Instruction instruction : block.instructions()) {
        out.append("  ").append(instruction(instruction)).append('\n');
      }
      out.append("  ").append(terminator(block.terminator())).append('\n');
      for (ExceptionEdge edge : block.exceptionEdges()) {
        out.append("  ").append(edge.kind()).append(' ').append(edge.exceptionType())
            .append(" at line ").append(edge.raisedAt().line())
            .append(" -> ").append(edge.target()).append('\n');
      }
    }
    return out.toString();
  }

  public static String instruction(Instruction instruction) {
    if (instruction instanceof Instruction.Invoke invoke) {
      return (invoke.result() == null ? "" : invoke.result() + " = ")
          + "invoke " + invoke.target().key() + " recv=" + invoke.receiver()
          + " args=" + invoke.args() + (invoke.resultUsed() ? "" : " unused");
    }
    if (instruction instanceof Instruction.Assign assign) {
      return assign.target() + " = " + assign.value();
    }
    if (instruction instanceof Instruction.NullTest test) {
      return test.result() + " = " + test.tested() + (test.isNull() ? " == null" : " != null");
    }
    if (instruction instanceof Instruction.Not not) {
      return not.result() + " = !" + not.operand();
    }
    if (instruction instanceof Instruction.PureOp op) {
      return op.result() + " = " + op.op() + op.operands();
    }
    if (instruction instanceof Instruction.MakeFunction make) {
      return make.result() + " = function " + make.function().description() + " "
          + make.function().implementations().stream().map(t -> t.key().id()).toList()
          + " captured=" + make.captured();
    }
    if (instruction instanceof Instruction.Return ret) {
      return "return " + ret.value();
    }
    return instruction.toString();
  }

  private static String terminator(Terminator terminator) {
    if (terminator instanceof Terminator.Goto go) {
      return "goto " + go.target();
    }
    if (terminator instanceof Terminator.Branch branch) {
      return "branch " + branch.condition() + " ? " + branch.whenTrue() + " : " + branch.whenFalse();
    }
    return "exit";
  }
}
