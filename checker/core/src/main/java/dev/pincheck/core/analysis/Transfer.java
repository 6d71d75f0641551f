package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.LibraryModels;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The transfer function: applies one instruction to one path state, and assumes the outcome
 * of a branch (which may prove the path infeasible, or settle a conditional pin or a null
 * test). Calls are split into their pin, lock and SRCU halves.
 */
final class Transfer {
  private static final String NOT = "!";
  private static final String IS_NULL = "isnull";
  /** Operations whose result is a boolean test rather than a new number. */
  private static final java.util.Set<String> TESTS = java.util.Set.of("EqualTo", "NotEqual",
      "LessThan", "LessThanOrEqual", "GreaterThan", "GreaterThanOrEqual", "Case");

  private final BodyContext context;
  private final Evaluator eval;
  private final PinEffects pins;
  private final LockEffects locks;
  private final SrcuEffects srcu;

  Transfer(BodyContext context) {
    this.context = context;
    this.eval = new Evaluator(context);
    this.pins = new PinEffects(context, eval);
    this.locks = new LockEffects(context);
    this.srcu = new SrcuEffects(context, eval);
  }

  Evaluator evaluator() {
    return eval;
  }

  void apply(PathState state, Instruction instruction, int site) {
    if (instruction instanceof Instruction.Assign assign) {
      int value = eval.eval(state, assign.value(), site);
      if (assign.target().isField()) {
        context.facts.stored(assign.target().lastField(), state, value, eval);
        storeIntoObject(state, value, BodyContext.describe(assign.target()), assign);
      }
      eval.write(state, assign.target(), value, site);
    } else if (instruction instanceof Instruction.Invoke invoke) {
      invoke(state, invoke, site);
    } else if (instruction instanceof Instruction.NullTest test) {
      int tested = eval.eval(state, test.tested(), site);
      int isNull = nullTest(state, tested);
      state.env.put(test.result(), test.isNull() ? isNull : not(isNull));
    } else if (instruction instanceof Instruction.Not not) {
      state.env.put(not.result(), not(eval.eval(state, not.operand(), site)));
    } else if (instruction instanceof Instruction.PureOp op) {
      state.env.put(op.result(), pureOp(state, op, site));
    } else if (instruction instanceof Instruction.MakeFunction function) {
      int value = eval.fresh(state, ValueTable.Origin.FRESH, site);
      state.functions.put(value, function.function());
      for (Operand captured : function.captured()) {
        capture(state, eval.eval(state, captured, site), function.pos());
      }
      state.env.put(function.result(), value);
    } else if (instruction instanceof Instruction.Return ret) {
      int value = ret.value() == null ? -1 : eval.eval(state, ret.value(), site);
      state.returned = value;
      state.returnedAt = ret.pos();
      state.exitNote = "the return at line " + ret.pos().line();
      checkReturnedPins(state, value, ret);
    }
  }

  /** Assumes {@code condition == outcome}; returns false when the path cannot happen. */
  boolean assume(PathState state, int condition, boolean outcome) {
    if (condition == ValueTable.TRUE || condition == ValueTable.FALSE) {
      return (condition == ValueTable.TRUE) == outcome;
    }
    Boolean known = state.booleans.get(condition);
    if (known != null) {
      return known == outcome;
    }
    state.booleans.put(condition, outcome);
    ValueTable.Derived derived = context.values.derivation(condition);
    if (derived != null && derived.op().equals(NOT)) {
      return assume(state, derived.operands().get(0), !outcome);
    }
    if (derived != null && derived.op().equals(IS_NULL)) {
      int tested = derived.operands().get(0);
      Boolean wasNull = state.isNull.get(tested);
      if (wasNull != null && wasNull != outcome) {
        return false;
      }
      state.isNull.put(tested, outcome);
      if (outcome) {
        for (PinKind kind : PinKind.values()) {
          PathState.PinKey key = new PathState.PinKey(tested, kind);
          if (state.pins.containsKey(key)) {
            state.pins.put(key, state.pins.get(key).onNull());
          }
        }
      }
    }
    PathState.Guard guard = state.guards.remove(condition);
    if (guard != null) {
      for (PinKind kind : guard.kinds()) {
        if (guard.result() == outcome) {
          pins.acquire(state, guard.target(), kind, guard.pos(), guard.callee());
        } else {
          eval.setPin(state, guard.target(), kind, eval.pin(state, guard.target(), kind).failed(guard.pos()));
        }
      }
    }
    return true;
  }

  private void invoke(PathState state, Instruction.Invoke invoke, int site) {
    int receiver = invoke.receiver() == null ? -1 : eval.eval(state, invoke.receiver(), site);
    List<Integer> args = new ArrayList<>();
    for (Operand arg : invoke.args()) {
      args.add(eval.eval(state, arg, site));
    }
    Contract contract = context.contracts.of(invoke.target());
    Summary summary = context.contracts.summary(invoke.target().key());
    CallSite call = new CallSite(state, invoke, contract, summary, receiver, args, site);
    srcu.beforeCall(call);
    pins.beforeCall(call);
    pins.applyCall(call);
    if (LibraryModels.storesArguments(invoke.target().ownerTypes(), invoke.target().simpleName())) {
      for (int arg : args) {
        storeIntoObject(state, arg, "a " + invoke.target().displayName() + " container", invoke);
      }
    }
    locks.applyCall(call);
    int result = -1;
    if (!args.isEmpty()
        && LibraryModels.returnsFirstArgument(invoke.target().ownerTypes(), invoke.target().simpleName())) {
      result = args.get(0);
      state.isNull.put(result, false); // a null check that returned did not throw
    } else if (invoke.result() != null || contract.readLock() != null) {
      boolean made = !contract.returnPins().isEmpty() || contract.readLock() != null
          || invoke.target().key().id().contains("#<init>");
      result = eval.fresh(state, made ? ValueTable.Origin.FRESH : ValueTable.Origin.CALL_RESULT, site);
      for (PinKind kind : contract.returnPins()) {
        if (summary.uncertainReturn()) {
          eval.setPin(state, result, kind, eval.pin(state, result, kind).asUnknown());
        } else {
          pins.acquire(state, result, kind, invoke.pos(), call.callee());
        }
      }
    }
    pins.guardResult(call, result);
    srcu.applyCall(call, result);
    if (invoke.result() != null) {
      state.env.put(invoke.result(), result);
    }
  }

  /**
   * Equal operations on equal values give equal values, so a condition tested twice is known
   * the second time ({@code (flags & LOCKED) != 0}). An arithmetic operation on a computed
   * value stands for its site instead ({@code i + 1} in a loop), so loops make finitely many
   * values; tests may look one level deeper. {@code a != b} is numbered as {@code !(a == b)}.
   */
  private int pureOp(PathState state, Instruction.PureOp op, int site) {
    int allowedDepth = TESTS.contains(op.op()) || op.op().startsWith("InstanceOf") ? 1 : 0;
    List<Integer> operands = new ArrayList<>();
    for (Operand operand : op.operands()) {
      int value = eval.eval(state, operand, site);
      if (depth(value) > allowedDepth) {
        return context.values.site(ValueTable.Origin.CALL_RESULT, site, 0);
      }
      operands.add(value);
    }
    return switch (op.op()) {
      case "NotEqual" -> not(equality(operands));
      case "EqualTo" -> equality(operands);
      case "Case" -> operands.size() == 2 ? equality(operands) : eval.derived("Case", operands);
      default -> eval.derived(op.op(), operands);
    };
  }

  /**
   * {@code a == b}: decided for two constants (interned by value), the boolean itself when
   * compared with {@code true} or {@code false}, otherwise numbered with its operands in a
   * fixed order, so {@code 1 == mode} and {@code mode == 1} are one test.
   */
  private int equality(List<Integer> operands) {
    int left = Math.min(operands.get(0), operands.get(1));
    int right = Math.max(operands.get(0), operands.get(1));
    if (left == ValueTable.TRUE || left == ValueTable.FALSE) {
      return left == ValueTable.TRUE ? right : not(right); // ok == true, mmgetNotZero(mm) == false
    }
    if (context.values.isConstant(left) && context.values.isConstant(right)) {
      return left == right ? ValueTable.TRUE : ValueTable.FALSE;
    }
    return eval.derived("EqualTo", List.of(left, right));
  }

  private int depth(int value) {
    ValueTable.Derived derived = context.values.derivation(value);
    if (derived == null) {
      return 0;
    }
    int deepest = 0;
    for (int operand : derived.operands()) {
      deepest = Math.max(deepest, depth(operand));
    }
    return deepest + 1;
  }

  private int nullTest(PathState state, int tested) {
    if (tested == ValueTable.NULL) {
      return ValueTable.TRUE;
    }
    Boolean known = state.isNull.get(tested);
    if (known != null) {
      return known ? ValueTable.TRUE : ValueTable.FALSE;
    }
    ValueTable.Origin origin = context.values.origin(tested);
    boolean madeHere = origin == ValueTable.Origin.FRESH
        && state.pins.keySet().stream().noneMatch(key -> key.value() == tested);
    if (origin == ValueTable.Origin.THIS || madeHere) {
      return ValueTable.FALSE;
    }
    return eval.derived(IS_NULL, List.of(tested));
  }

  private int not(int value) {
    if (value == ValueTable.TRUE) {
      return ValueTable.FALSE;
    }
    if (value == ValueTable.FALSE) {
      return ValueTable.TRUE;
    }
    ValueTable.Derived derived = context.values.derivation(value);
    if (derived != null && derived.op().equals(NOT)) {
      return derived.operands().get(0);
    }
    return eval.derived(NOT, List.of(value));
  }

  /**
   * A stored reference takes one pin with it: the {@code mm_count} pin when the body holds
   * one (the kernel's long-term reference), else a {@code mm_users} pin, which is flagged.
   * Other pins stay the body's to drop. A parameter's pin from the caller, stored away, makes
   * the caller's ownership unclear, so it is no longer tracked.
   */
  private void storeIntoObject(PathState state, int value, String where, Instruction instruction) {
    // A read-section index kept in an object is left by whoever reads it back (seq_file's
    // start/stop pair): the section is handed on with it.
    state.sections.removeIf(section -> section.index() == value);
    PinRecord count = eval.pin(state, value, PinKind.COUNT);
    PinRecord users = eval.pin(state, value, PinKind.USERS);
    if (count.count() > 0) {
      eval.setPin(state, value, PinKind.COUNT, count.handOffOne(instruction.pos()));
    } else if (users.count() > 0) {
      context.report(Rule.LONG_TERM_USERS_PIN, instruction.pos(),
          "an mm_users pin (taken by " + users.takenBy() + " at line " + users.takenAt().line()
              + ") is stored in " + where + ", keeping the whole address space mapped for as long"
              + " as it is kept there. Keep a long-term reference with mmgrab (mm_count) and take"
              + " mm_users with mmgetNotZero only around the work.");
      eval.setPin(state, value, PinKind.USERS, users.handOffOne(instruction.pos()));
    } else if (context.values.origin(value) == ValueTable.Origin.PARAM) {
      eval.forget(state, value);
    }
  }

  /**
   * A function that captures a value takes all the body's pins on it: what the function does
   * with them is checked in its own body (a worker that drops the pin, a deferred free).
   */
  private void capture(PathState state, int value, SourcePos pos) {
    for (PinKind kind : PinKind.values()) {
      PinRecord record = eval.pin(state, value, kind);
      while (record.count() > 0) {
        record = record.handOffOne(pos);
      }
      eval.setPin(state, value, kind, record);
    }
  }

  private void checkReturnedPins(PathState state, int value, Instruction.Return ret) {
    if (value < 0 || eval.isNull(state, value)) {
      return;
    }
    for (PinKind kind : context.body.declared().returnPins()) {
      PinRecord record = eval.pin(state, value, kind);
      if (record.count() == 0 && !record.unknown()) {
        context.report(Rule.CONTRACT_VIOLATION, ret.pos(),
            context.body.displayName() + " is declared @Pins(" + kind + ") on its result, but this"
                + " return hands back a reference without a " + kind.counter() + " pin; its"
                + " callers will drop a pin they never got. Take one (" + kind.take()
                + ") before returning it, or return null.");
      }
    }
  }
}
