package dev.pincheck.core.analysis;

import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Terminator;
import dev.pincheck.core.ir.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a body's control-flow graph with a set of path states per block (a disjunction, not
 * a join), until no block sees a new state, and returns the states that reach the normal and
 * exceptional exits. Bodies whose paths do not settle within a bound are given up on: the
 * analysis is unsure there and stays silent.
 */
final class PathExplorer {
  static final int MAX_STATES_PER_BLOCK = 512;
  /** Bounds the work on one body, whatever its shape, so no method can stall a build. */
  static final int MAX_STATES_PER_BODY = 20_000;

  /** A state at the end of a body; {@code exceptional} when an exception leaves the body. */
  record Exit(PathState state, boolean exceptional) {}

  /** Thrown when a body has more distinct paths than the analysis is willing to follow. */
  static final class TooManyPaths extends Exception {
    TooManyPaths() {
      super(null, null, false, false);
    }
  }

  private record Work(Block block, PathState state) {}

  private final BodyContext context;
  private final Transfer transfer;
  private final Liveness liveness;

  PathExplorer(BodyContext context) {
    this.context = context;
    this.transfer = new Transfer(context);
    this.liveness = new Liveness(context.body);
  }

  List<Exit> explore() throws TooManyPaths {
    MethodBody body = context.body;
    Map<Block, Set<PathState>> seen = new HashMap<>();
    Deque<Work> work = new ArrayDeque<>();
    List<Exit> exits = new ArrayList<>();
    work.push(new Work(body.entry(), new PathState()));
    int explored = 0;
    while (!work.isEmpty()) {
      Work next = work.pop();
      Block block = next.block();
      PathState state = next.state();
      prune(state, block);
      Set<PathState> states = seen.computeIfAbsent(block, b -> new HashSet<>());
      if (!states.add(state)) {
        continue;
      }
      if (states.size() > MAX_STATES_PER_BLOCK || ++explored > MAX_STATES_PER_BODY) {
        throw new TooManyPaths();
      }
      if (block == body.normalExit() || block == body.exceptionalExit()
          || block.terminator() instanceof Terminator.Exit) {
        exits.add(new Exit(state, block == body.exceptionalExit()));
        continue;
      }
      step(block, state.copy(), work);
    }
    return exits;
  }

  private void step(Block block, PathState state, Deque<Work> work) {
    List<Instruction> instructions = block.instructions();
    PathState beforeRaise = null;
    for (int i = 0; i < instructions.size(); i++) {
      Instruction instruction = instructions.get(i);
      if (i == instructions.size() - 1 && instruction instanceof Instruction.Invoke
          && !block.exceptionEdges().isEmpty()) {
        beforeRaise = state.copy();
      }
      transfer.apply(state, instruction, block.id() * 1000 + i);
    }
    for (ExceptionEdge edge : block.exceptionEdges()) {
      if (edge.kind() == ExceptionEdge.Kind.UNCHECKED && !context.options.strictExceptions()) {
        continue;
      }
      PathState raised = (beforeRaise != null ? beforeRaise : state).copy();
      raised.returned = -1;
      raised.returnedAt = null;
      raised.exitNote = edge.target() == context.body.exceptionalExit()
          ? exceptionNote(block, edge) : null;
      work.push(new Work(edge.target(), raised));
    }
    Terminator terminator = block.terminator();
    if (terminator instanceof Terminator.Goto go) {
      work.push(new Work(go.target(), state));
    } else if (terminator instanceof Terminator.Branch branch) {
      int condition = transfer.evaluator().eval(state, branch.condition(), block.id() * 1000 + 999);
      PathState whenFalse = state.copy();
      if (transfer.assume(whenFalse, condition, false)) {
        work.push(new Work(branch.whenFalse(), whenFalse));
      }
      if (transfer.assume(state, condition, true)) {
        work.push(new Work(branch.whenTrue(), state));
      }
    }
  }

  private static String exceptionNote(Block block, ExceptionEdge edge) {
    int line = edge.raisedAt().line();
    List<Instruction> instructions = block.instructions();
    if (line <= 0 && !instructions.isEmpty()) {
      line = instructions.get(instructions.size() - 1).pos().line(); // a front end that did not say
    }
    String type = edge.exceptionType() == null ? "an exception"
        : edge.exceptionType().substring(edge.exceptionType().lastIndexOf('.') + 1);
    return edge.kind() == ExceptionEdge.Kind.THROW
        ? "the throw of " + type + " at line " + line
        : "the " + type + " thrown at line " + line;
  }

  /**
   * Forgets dead locals and temporaries, then facts about values nothing mentions any more.
   * The outcome of a test the body can compute again stays known ({@code case 1} then
   * {@code mode != 1}), even once the temporary that held it is dead.
   */
  private void prune(PathState state, Block block) {
    state.env.keySet().removeIf(path -> isForgettable(path) && !liveness.isLiveAtEntry(block, path.root()));
    Set<Integer> referenced = withOperands(state.referencedValues());
    state.booleans.keySet().removeIf(value -> !referenced.contains(value) && !isRecomputable(value));
    state.guards.keySet().retainAll(referenced);
    state.isNull.keySet().removeIf(value -> !referenced.contains(value) && isSiteValue(value));
    state.functions.keySet().retainAll(referenced);
    state.pins.entrySet().removeIf(entry -> {
      PinRecord record = entry.getValue();
      int value = entry.getKey().value();
      return record.count() == 0 && !record.unknown() && !referenced.contains(value)
          && isSiteValue(value);
    });
  }

  /** A derived value keeps the values it was computed from: a test of it may settle them. */
  private Set<Integer> withOperands(Set<Integer> values) {
    Deque<Integer> pending = new ArrayDeque<>(values);
    while (!pending.isEmpty()) {
      int value = pending.pop();
      ValueTable.Derived derived = value < 0 ? null : context.values.derivation(value);
      if (derived != null) {
        for (int operand : derived.operands()) {
          if (values.add(operand)) {
            pending.push(operand);
          }
        }
      }
    }
    return values;
  }

  /**
   * Whether a value can be had again without anything mentioning it: read from memory the
   * body does not make (a parameter, a field of such, a constant), or computed from such values.
   */
  private boolean isRecomputable(int value) {
    ValueTable values = context.values;
    return switch (values.origin(value)) {
      case NULL, CONSTANT, PARAM, THIS, CAPTURED, STATIC -> true;
      case FIELD -> isRecomputable(values.fieldBase(value));
      case DERIVED -> values.derivation(value).operands().stream().allMatch(this::isRecomputable);
      case CALL_RESULT, FRESH -> false;
    };
  }

  private static boolean isForgettable(AccessPath path) {
    Variable.Kind kind = path.root().kind();
    return kind == Variable.Kind.LOCAL || kind == Variable.Kind.TEMP;
  }

  /** Values made at a call site cannot be read again once nothing mentions them. */
  private boolean isSiteValue(int value) {
    ValueTable.Origin origin = context.values.origin(value);
    return origin == ValueTable.Origin.FRESH || origin == ValueTable.Origin.CALL_RESULT
        || origin == ValueTable.Origin.DERIVED;
  }
}
