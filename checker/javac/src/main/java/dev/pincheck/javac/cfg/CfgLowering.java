package dev.pincheck.javac.cfg;

import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.Literal;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.ir.Terminator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.nullaway.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.nullaway.dataflow.cfg.block.Block;
import org.checkerframework.nullaway.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.nullaway.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.nullaway.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.nullaway.dataflow.cfg.block.SpecialBlock;
import org.checkerframework.nullaway.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.nullaway.dataflow.cfg.node.MarkerNode;
import org.checkerframework.nullaway.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.Node;
import org.checkerframework.nullaway.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ThrowNode;

/**
 * Lowers the blocks and edges of one Checker Framework graph: one core block per CF block,
 * a {@link Terminator.Branch} on the value computed last before each conditional block, the
 * exceptional successors of calls, {@code throw}s and finally-rethrows as
 * {@link ExceptionEdge}s, and extra blocks where values are assigned on edges: the result
 * of {@code &&}/{@code ||} (false/true on the short-circuit edge, the right operand on the
 * other, so the branch after it stays exact) and the instructions that must follow a call in
 * an exception block. A block that never completes normally (a {@code throw}) goes to a
 * block that loops on itself, so no state reaches an exit through it.
 */
final class CfgLowering {
  private final NodeLowering nodes;
  private final ExceptionKinds exceptionKinds;
  private final Map<Block, dev.pincheck.core.ir.Block> blocks = new IdentityHashMap<>();
  private final Map<Block, dev.pincheck.core.ir.Block> tails = new IdentityHashMap<>();
  private final Map<Block, Map<Block, List<Instruction>>> edgeCode = new IdentityHashMap<>();
  private final Map<Block, Map<Block, dev.pincheck.core.ir.Block>> edgeBlocks = new IdentityHashMap<>();
  private final Map<ConditionalBlock, Operand> conditions = new IdentityHashMap<>();
  private final List<dev.pincheck.core.ir.Block> all = new ArrayList<>();
  private dev.pincheck.core.ir.Block sink;

  CfgLowering(NodeLowering nodes, ExceptionKinds exceptionKinds) {
    this.nodes = nodes;
    this.exceptionKinds = exceptionKinds;
  }

  MethodBody lower(ControlFlowGraph cfg, BodyHeader header) {
    Set<Block> order = new LinkedHashSet<>();
    order.add(cfg.getEntryBlock());
    order.addAll(cfg.getDepthFirstOrderedBlocks());
    order.addAll(cfg.getAllBlocks());
    order.add(cfg.getRegularExitBlock());
    order.add(cfg.getExceptionalExitBlock());
    for (Block block : order) {
      blocks.put(block, newBlock());
    }
    for (Block block : order) {
      assignShortCircuitResults(block);
    }
    for (Block block : order) {
      if (block instanceof ConditionalBlock conditional) {
        conditions.put(conditional, condition(conditional));
      }
    }
    for (Block block : order) {
      lowerNodes(block);
    }
    for (Block block : order) {
      terminate(block);
    }
    return IrCompactor.compact(new MethodBody(
        header.key(),
        header.displayName(),
        header.pos(),
        header.isStatic(),
        header.params(),
        header.returnsBoolean(),
        header.declared(),
        header.overridden(),
        blocks.get(cfg.getEntryBlock()),
        blocks.get(cfg.getRegularExitBlock()),
        blocks.get(cfg.getExceptionalExitBlock()),
        all));
  }

  private dev.pincheck.core.ir.Block newBlock() {
    dev.pincheck.core.ir.Block block = new dev.pincheck.core.ir.Block(all.size());
    all.add(block);
    return block;
  }

  /** {@code &&} and {@code ||} at the head of a block get their value on the incoming edges. */
  private void assignShortCircuitResults(Block block) {
    for (Node node : block.getNodes()) {
      if (!(node instanceof ConditionalAndNode) && !(node instanceof ConditionalOrNode)) {
        return;
      }
      boolean isAnd = node instanceof ConditionalAndNode;
      org.checkerframework.nullaway.dataflow.cfg.node.BinaryOperationNode op =
          (org.checkerframework.nullaway.dataflow.cfg.node.BinaryOperationNode) node;
      AccessPath result = (AccessPath) nodes.operandOf(node);
      Operand left = nodes.operandOf(op.getLeftOperand());
      for (Block pred : block.getPredecessors()) {
        Operand value;
        if (pred instanceof ConditionalBlock test && condition(test).equals(left)) {
          boolean viaElse = test.getElseSuccessor() == block && test.getThenSuccessor() != block;
          boolean viaThen = test.getThenSuccessor() == block && test.getElseSuccessor() != block;
          value = isAnd && viaElse ? Literal.FALSE : !isAnd && viaThen ? Literal.TRUE : Literal.UNKNOWN;
        } else {
          value = nodes.operandOf(op.getRightOperand());
        }
        edgeCode(pred, block).add(new Instruction.Assign(result, value, nodes.pos(node)));
      }
      nodes.lowerOnEdges(node);
    }
  }

  /** The value a conditional block branches on: the last value computed before it. */
  private Operand condition(ConditionalBlock block) {
    Operand known = conditions.get(block);
    if (known != null) {
      return known;
    }
    List<Operand> values = new ArrayList<>();
    List<Block> preds = new ArrayList<>(block.getPredecessors());
    for (Block pred : preds) {
      Node last = pred.getLastNode();
      values.add(last == null ? Literal.UNKNOWN : nodes.operandOf(last));
    }
    Operand condition;
    if (values.isEmpty()) {
      condition = Literal.UNKNOWN;
    } else if (values.stream().distinct().count() == 1) {
      condition = values.get(0);
    } else {
      AccessPath joined = nodes.newTemp();
      for (int i = 0; i < preds.size(); i++) {
        Node last = preds.get(i).getLastNode();
        edgeCode(preds.get(i), block).add(new Instruction.Assign(
            joined, values.get(i), last == null ? SourcePos.UNKNOWN : nodes.pos(last)));
      }
      condition = joined;
    }
    conditions.put(block, condition);
    return condition;
  }

  private void lowerNodes(Block block) {
    dev.pincheck.core.ir.Block target = blocks.get(block);
    List<Instruction> after = new ArrayList<>();
    for (Node node : block.getNodes()) {
      nodes.lower(node, target.instructions(), after);
      if (!(block instanceof ExceptionBlock)) {
        target.instructions().addAll(after);
        after.clear();
      }
    }
    if (!after.isEmpty()) {
      dev.pincheck.core.ir.Block tail = newBlock();
      tail.instructions().addAll(after);
      target.setTerminator(new Terminator.Goto(tail));
      tails.put(block, tail);
    }
  }

  private void terminate(Block block) {
    dev.pincheck.core.ir.Block lowered = blocks.get(block);
    dev.pincheck.core.ir.Block last = tails.getOrDefault(block, lowered);
    if (block instanceof SpecialBlock special
        && special.getSpecialType() != SpecialBlock.SpecialBlockType.ENTRY) {
      return;
    }
    if (block instanceof ConditionalBlock conditional) {
      last.setTerminator(new Terminator.Branch(
          conditions.get(conditional),
          edgeTarget(block, conditional.getThenSuccessor()),
          edgeTarget(block, conditional.getElseSuccessor())));
    } else if (block instanceof SingleSuccessorBlock single) {
      Block successor = single.getSuccessor();
      last.setTerminator(new Terminator.Goto(successor == null ? sink() : edgeTarget(block, successor)));
    }
    if (block instanceof ExceptionBlock exceptional) {
      addExceptionEdges(exceptional, lowered);
    }
  }

  private void addExceptionEdges(ExceptionBlock block, dev.pincheck.core.ir.Block lowered) {
    Node node = block.getNode();
    boolean call = node instanceof MethodInvocationNode || node instanceof ObjectCreationNode;
    boolean thrown = node instanceof ThrowNode || node instanceof MarkerNode;
    if (!call && !thrown) {
      return; // implicit VM exceptions (class loading, null dereference) are not followed
    }
    SourcePos raisedAt = nodes.raisedAt(node);
    for (Map.Entry<TypeMirror, Set<Block>> entry : block.getExceptionalSuccessors().entrySet()) {
      ExceptionEdge.Kind kind = thrown ? ExceptionEdge.Kind.THROW : exceptionKinds.ofCall(entry.getKey());
      for (Block target : entry.getValue()) {
        lowered.addExceptionEdge(
            new ExceptionEdge(blocks.get(target), kind, entry.getKey().toString(), raisedAt));
      }
    }
  }

  private List<Instruction> edgeCode(Block from, Block to) {
    return edgeCode.computeIfAbsent(from, f -> new IdentityHashMap<>())
        .computeIfAbsent(to, t -> new ArrayList<>());
  }

  private dev.pincheck.core.ir.Block edgeTarget(Block from, Block to) {
    List<Instruction> code = edgeCode.getOrDefault(from, Map.of()).get(to);
    if (code == null || code.isEmpty()) {
      return blocks.get(to);
    }
    return edgeBlocks.computeIfAbsent(from, f -> new IdentityHashMap<>())
        .computeIfAbsent(to, t -> {
          dev.pincheck.core.ir.Block edge = newBlock();
          edge.instructions().addAll(code);
          edge.setTerminator(new Terminator.Goto(blocks.get(to)));
          return edge;
        });
  }

  private dev.pincheck.core.ir.Block sink() {
    if (sink == null) {
      sink = newBlock();
      sink.setTerminator(new Terminator.Goto(sink));
    }
    return sink;
  }
}
