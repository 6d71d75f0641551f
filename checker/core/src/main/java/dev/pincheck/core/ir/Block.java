package dev.pincheck.core.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: straight-line instructions, then a {@link Terminator}, plus exceptional
 * successors. Mutable only while a front end builds the graph.
 */
public final class Block {
  private final int id;
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<ExceptionEdge> exceptionEdges = new ArrayList<>();
  private Terminator terminator = new Terminator.Exit();

  public Block(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  public List<Instruction> instructions() {
    return instructions;
  }

  public List<ExceptionEdge> exceptionEdges() {
    return exceptionEdges;
  }

  public Terminator terminator() {
    return terminator;
  }

  public Block add(Instruction instruction) {
    instructions.add(instruction);
    return this;
  }

  public Block addExceptionEdge(ExceptionEdge edge) {
    exceptionEdges.add(edge);
    return this;
  }

  public Block setTerminator(Terminator terminator) {
    this.terminator = terminator;
    return this;
  }

  @Override
  public String toString() {
    return "B" + id;
  }
}
