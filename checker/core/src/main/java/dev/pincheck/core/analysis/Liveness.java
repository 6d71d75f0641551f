package dev.pincheck.core.analysis;

import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.Terminator;
import dev.pincheck.core.ir.Variable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which locals and temporaries are still read after each block begins. Forgetting dead ones
 * at block entry lets paths that differ only in spent temporaries meet, which keeps the
 * number of path states small.
 */
final class Liveness {
  private final Map<Block, Set<Variable>> liveIn = new HashMap<>();

  Liveness(MethodBody body) {
    Map<Block, Set<Variable>> uses = new HashMap<>();
    Map<Block, Set<Variable>> defs = new HashMap<>();
    for (Block block : body.blocks()) {
      Set<Variable> use = new HashSet<>();
      Set<Variable> def = new HashSet<>();
      for (Instruction instruction : block.instructions()) {
        for (Variable read : reads(instruction)) {
          if (!def.contains(read)) {
            use.add(read);
          }
        }
        Variable written = written(instruction);
        if (written != null) {
          def.add(written);
        }
      }
      if (block.terminator() instanceof Terminator.Branch branch) {
        Variable read = tracked(branch.condition());
        if (read != null && !def.contains(read)) {
          use.add(read);
        }
      }
      uses.put(block, use);
      defs.put(block, def);
      liveIn.put(block, new HashSet<>(use));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = body.blocks().size() - 1; i >= 0; i--) {
        Block block = body.blocks().get(i);
        Set<Variable> in = liveIn.get(block);
        for (Block successor : successors(block)) {
          for (Variable live : liveIn.getOrDefault(successor, Set.of())) {
            if (!defs.get(block).contains(live) && in.add(live)) {
              changed = true;
            }
          }
        }
      }
    }
  }

  boolean isLiveAtEntry(Block block, Variable variable) {
    return liveIn.getOrDefault(block, Set.of()).contains(variable);
  }

  static List<Block> successors(Block block) {
    List<Block> result = new ArrayList<>();
    if (block.terminator() instanceof Terminator.Goto go) {
      result.add(go.target());
    } else if (block.terminator() instanceof Terminator.Branch branch) {
      result.add(branch.whenTrue());
      result.add(branch.whenFalse());
    }
    for (ExceptionEdge edge : block.exceptionEdges()) {
      result.add(edge.target());
    }
    return result;
  }

  private static List<Variable> reads(Instruction instruction) {
    List<Operand> operands = new ArrayList<>();
    if (instruction instanceof Instruction.Assign assign) {
      operands.add(assign.value());
      if (assign.target().isField()) {
        operands.add(assign.target());
      }
    } else if (instruction instanceof Instruction.Invoke invoke) {
      if (invoke.receiver() != null) {
        operands.add(invoke.receiver());
      }
      operands.addAll(invoke.args());
    } else if (instruction instanceof Instruction.NullTest test) {
      operands.add(test.tested());
    } else if (instruction instanceof Instruction.Not not) {
      operands.add(not.operand());
    } else if (instruction instanceof Instruction.PureOp op) {
      operands.addAll(op.operands());
    } else if (instruction instanceof Instruction.MakeFunction function) {
      operands.addAll(function.captured());
    } else if (instruction instanceof Instruction.Return ret && ret.value() != null) {
      operands.add(ret.value());
    }
    List<Variable> result = new ArrayList<>();
    for (Operand operand : operands) {
      Variable variable = tracked(operand);
      if (variable != null) {
        result.add(variable);
      }
    }
    return result;
  }

  private static Variable written(Instruction instruction) {
    AccessPath target = null;
    if (instruction instanceof Instruction.Assign assign && !assign.target().isField()) {
      target = assign.target();
    } else if (instruction instanceof Instruction.Invoke invoke) {
      target = invoke.result();
    } else if (instruction instanceof Instruction.NullTest test) {
      target = test.result();
    } else if (instruction instanceof Instruction.Not not) {
      target = not.result();
    } else if (instruction instanceof Instruction.PureOp op) {
      target = op.result();
    } else if (instruction instanceof Instruction.MakeFunction function) {
      target = function.result();
    }
    return target == null ? null : tracked(target);
  }

  /** The local or temporary at the root of an operand; other roots are never forgotten. */
  private static Variable tracked(Operand operand) {
    if (operand instanceof AccessPath path) {
      Variable.Kind kind = path.root().kind();
      if (kind == Variable.Kind.LOCAL || kind == Variable.Kind.TEMP) {
        return path.root();
      }
    }
    return null;
  }
}
