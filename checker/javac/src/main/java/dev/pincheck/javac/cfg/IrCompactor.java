package dev.pincheck.javac.cfg;

import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Terminator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinks a lowered body without changing its paths: skips empty blocks that only jump on,
 * appends a block to its only predecessor when that one has no exceptional edges (so a call
 * stays the last instruction of the block its exception edges leave), moves a branch into
 * the block before it, drops unreachable blocks and numbers the rest densely. Fewer blocks
 * cost the engine less, and a condition is branched on in the block that computes it.
 */
final class IrCompactor {
  private final MethodBody body;

  private IrCompactor(MethodBody body) {
    this.body = body;
  }

  static MethodBody compact(MethodBody body) {
    return new IrCompactor(body).run();
  }

  private MethodBody run() {
    for (Block block : body.blocks()) {
      retarget(block);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<Block, Integer> preds = predecessorCounts();
      for (Block block : reachable()) {
        if (block.terminator() instanceof Terminator.Goto go) {
          Block next = go.target();
          if (next == block || isExit(next) || next == body.entry() || preds.getOrDefault(next, 0) != 1) {
            continue;
          }
          if (block.exceptionEdges().isEmpty()) {
            block.instructions().addAll(next.instructions());
            next.exceptionEdges().forEach(block::addExceptionEdge);
            block.setTerminator(next.terminator());
            next.instructions().clear();
            next.exceptionEdges().clear();
            next.setTerminator(new Terminator.Goto(next));
            changed = true;
            break;
          } else if (next.instructions().isEmpty() && next.exceptionEdges().isEmpty()
              && next.terminator() instanceof Terminator.Branch) {
            block.setTerminator(next.terminator());
            next.setTerminator(new Terminator.Goto(next));
            changed = true;
            break;
          }
        }
      }
    }
    return renumber(reachable());
  }

  /** Points every jump and exceptional edge past empty forwarding blocks. */
  private void retarget(Block block) {
    Terminator terminator = block.terminator();
    if (terminator instanceof Terminator.Goto go) {
      block.setTerminator(new Terminator.Goto(forward(go.target())));
    } else if (terminator instanceof Terminator.Branch branch) {
      block.setTerminator(new Terminator.Branch(
          branch.condition(), forward(branch.whenTrue()), forward(branch.whenFalse())));
    }
    List<ExceptionEdge> edges = new ArrayList<>(block.exceptionEdges());
    block.exceptionEdges().clear();
    for (ExceptionEdge edge : edges) {
      block.addExceptionEdge(
          new ExceptionEdge(forward(edge.target()), edge.kind(), edge.exceptionType(), edge.raisedAt()));
    }
  }

  private Block forward(Block block) {
    Set<Block> seen = new HashSet<>();
    Block current = block;
    while (isForwarder(current) && seen.add(current)) {
      current = ((Terminator.Goto) current.terminator()).target();
    }
    return current;
  }

  private boolean isForwarder(Block block) {
    return block != body.entry()
        && !isExit(block)
        && block.instructions().isEmpty()
        && block.exceptionEdges().isEmpty()
        && block.terminator() instanceof Terminator.Goto go
        && go.target() != block;
  }

  private boolean isExit(Block block) {
    return block == body.normalExit() || block == body.exceptionalExit();
  }

  private Map<Block, Integer> predecessorCounts() {
    Map<Block, Integer> counts = new IdentityHashMap<>();
    for (Block block : reachable()) {
      for (Block successor : successors(block)) {
        counts.merge(successor, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<Block> successors(Block block) {
    List<Block> successors = new ArrayList<>();
    if (block.terminator() instanceof Terminator.Goto go) {
      successors.add(go.target());
    } else if (block.terminator() instanceof Terminator.Branch branch) {
      successors.add(branch.whenTrue());
      successors.add(branch.whenFalse());
    }
    for (ExceptionEdge edge : block.exceptionEdges()) {
      successors.add(edge.target());
    }
    return successors;
  }

  private List<Block> reachable() {
    Set<Block> seen = new LinkedHashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>(List.of(body.entry()));
    while (!work.isEmpty()) {
      Block block = work.pop();
      if (seen.add(block)) {
        successors(block).forEach(work::push);
      }
    }
    seen.add(body.normalExit());
    seen.add(body.exceptionalExit());
    List<Block> ordered = new ArrayList<>();
    for (Block block : body.blocks()) {
      if (seen.contains(block)) {
        ordered.add(block);
      }
    }
    return ordered;
  }

  private MethodBody renumber(List<Block> kept) {
    Map<Block, Block> copies = new HashMap<>();
    List<Block> blocks = new ArrayList<>(kept.size());
    for (Block block : kept) {
      Block copy = new Block(blocks.size());
      copies.put(block, copy);
      blocks.add(copy);
    }
    for (Block block : kept) {
      Block copy = copies.get(block);
      copy.instructions().addAll(block.instructions());
      for (ExceptionEdge edge : block.exceptionEdges()) {
        copy.addExceptionEdge(new ExceptionEdge(
            copies.get(edge.target()), edge.kind(), edge.exceptionType(), edge.raisedAt()));
      }
      Terminator terminator = block.terminator();
      if (terminator instanceof Terminator.Goto go) {
        copy.setTerminator(new Terminator.Goto(copies.get(go.target())));
      } else if (terminator instanceof Terminator.Branch branch) {
        copy.setTerminator(new Terminator.Branch(
            branch.condition(), copies.get(branch.whenTrue()), copies.get(branch.whenFalse())));
      } else {
        copy.setTerminator(terminator);
      }
    }
    return new MethodBody(
        body.key(),
        body.displayName(),
        body.pos(),
        body.isStatic(),
        body.params(),
        body.returnsBoolean(),
        body.declared(),
        body.overridden(),
        copies.get(body.entry()),
        copies.get(body.normalExit()),
        copies.get(body.exceptionalExit()),
        blocks);
  }
}
