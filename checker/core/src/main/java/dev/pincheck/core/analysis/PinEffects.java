package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.Rule;
import java.util.Set;

/**
 * The pin half of a call: checks that what the callee uses or attaches to is kept alive,
 * drops the pins it releases (reporting underflows, kind mismatches and teardowns of retired
 * objects), takes the pins it takes, and sets up the conditional pin of a {@code @PinsIf} call.
 */
final class PinEffects {
  private final BodyContext context;
  private final Evaluator eval;

  PinEffects(BodyContext context, Evaluator eval) {
    this.context = context;
    this.eval = eval;
  }

  void beforeCall(CallSite call) {
    for (int i = 0; i < call.args().size(); i++) {
      ParamContract param = call.contract().param(i);
      int value = call.args().get(i);
      for (PinKind kind : param.uses()) {
        checkUse(call, value, kind);
      }
      if (param.attachesTo() != null) {
        checkAttach(call, value, param.attachesTo());
      }
    }
  }

  void applyCall(CallSite call) {
    for (int i = 0; i < call.args().size(); i++) {
      apply(call, call.args().get(i), call.contract().param(i), call.summary().uncertainParams().contains(i));
    }
    if (call.receiver() < 0) {
      return;
    }
    for (String field : call.summary().uncertainFields()) {
      eval.forget(call.state(), eval.readField(call.state(), call.receiver(), field));
    }
    call.contract().receiverFields().forEach((field, effect) ->
        apply(call, eval.readField(call.state(), call.receiver(), field), effect, false));
  }

  private void apply(CallSite call, int value, ParamContract param, boolean uncertain) {
    if (uncertain) {
      eval.forget(call.state(), value);
      return;
    }
    for (PinKind kind : param.releases()) {
      release(call, value, kind);
    }
    for (PinKind kind : param.pins()) {
      acquire(call.state(), value, kind, call.pos(), call.callee());
    }
  }

  /** The conditional pin of a {@code @PinsIf} parameter, attached to the call's boolean result. */
  void guardResult(CallSite call, int result) {
    for (int i = 0; i < call.args().size(); i++) {
      guard(call, result, call.args().get(i), call.contract().param(i));
    }
    if (call.receiver() >= 0) {
      call.contract().receiverFields().forEach((field, effect) ->
          guard(call, result, eval.readField(call.state(), call.receiver(), field), effect));
    }
  }

  private void guard(CallSite call, int result, int target, ParamContract param) {
    if (param.pinsIf().isEmpty()) {
      return;
    }
    if (!call.invoke().resultUsed()) {
      context.report(Rule.UNCHECKED_CONDITIONAL_PIN, call.pos(),
          call.callee() + " takes a " + counters(param.pinsIf()) + " pin on "
              + context.describe(call.state(), target) + " only if it returns " + param.pinsIfResult()
              + ", and its result is ignored, so whether the pin is held is unknown."
              + " Test the result: if (!" + call.invoke().target().simpleName()
              + "(...)) return; ... and drop the pin when done.");
      eval.forget(call.state(), target);
      return;
    }
    for (PinKind kind : param.pinsIf()) {
      claim(call.state(), target, kind);
    }
    call.state().guards.put(result, new PathState.Guard(
        target, param.pinsIf(), param.pinsIfResult(), call.pos(), call.callee()));
  }


  void acquire(PathState state, int value, PinKind kind, SourcePos pos, String by) {
    if (eval.isNull(state, value)) {
      return;
    }
    claim(state, value, kind);
    PinRecord record = eval.pin(state, value, kind).acquire(pos, by);
    if (state.heap.containsValue(value)) {
      record = record.handOffOne(pos); // stored in an object on this path, then pinned (KVM's order)
    }
    eval.setPin(state, value, kind, record);
  }

  /**
   * A body that takes (or tries to take) a kind of pin on a value manages that kind itself:
   * it is no longer assumed to hold one from elsewhere, unless its contract says one comes in.
   * So {@code if (!mmgetNotZero(mm)) { mmput(mm); }} is an underflow even on a parameter.
   */
  private void claim(PathState state, int value, PinKind kind) {
    int param = context.values.paramIndex(value);
    if (param >= 0 && context.body.declared().param(param).releases().contains(kind)) {
      return;
    }
    eval.setPin(state, value, kind, eval.pin(state, value, kind).ownedHere());
  }

  private void release(CallSite call, int value, PinKind kind) {
    PathState state = call.state();
    if (eval.isNull(state, value)) {
      return;
    }
    PinRecord record = eval.pin(state, value, kind);
    if (record.unknown()) {
      return;
    }
    int owner = context.values.fieldBase(value);
    noteTeardown(owner);
    if (record.canDrop()) {
      eval.setPin(state, value, kind, record.drop(call.pos()));
      return;
    }
    PinRecord other = eval.pin(state, value, kind.other());
    boolean otherHeld = other.count() > 0 || other.incoming() && context.incomingIsDeclared(value, kind.other());
    if (otherHeld && !other.unknown() && record.failedAt() == null && !record.dropped()) {
      context.report(Rule.PIN_KIND_MISMATCH, call.pos(),
          call.callee() + " drops a " + kind.counter() + " pin on " + context.describe(call.state(), value)
              + ", but this path holds a " + kind.other().counter() + " pin on it"
              + taken(other) + ". " + kind.other().counter() + " pins are dropped with "
              + kind.other().drop() + ", " + kind.counter() + " pins with " + kind.drop()
              + ": use " + kind.other().drop() + " here.");
      eval.setPin(state, value, kind.other(), other.drop(call.pos()));
      return;
    }
    context.report(Rule.PIN_UNDERFLOW, call.pos(),
        call.callee() + " drops a " + kind.counter() + " pin on " + context.describe(call.state(), value)
            + " that this path does not hold"
            + (record.failedAt() != null
                ? ": taking it failed at line " + record.failedAt().line() + " on this path"
                : record.dropped()
                ? ": it was already dropped at line " + record.droppedAt().line()
                : ": none was taken here and nothing says the caller passes one in")
            + ". Dropping below zero frees the " + (kind == PinKind.USERS ? "address space" : "mm_struct")
            + " under another user. Drop each pin exactly once (only after "
            + kind.take() + " succeeded), or declare @Releases(" + kind + ") on the parameter.");
    eval.setPin(state, value, kind, record.asUnknown());
  }

  /** Dropping a pin an object owns tears the object's state down (for summaries). */
  private void noteTeardown(int owner) {
    if (owner < 0) {
      return;
    }
    if (context.values.origin(owner) == ValueTable.Origin.THIS) {
      context.facts.tearsDownReceiver = true;
    } else if (context.values.origin(owner) == ValueTable.Origin.PARAM) {
      context.facts.tearsDownParams.add(context.values.paramIndex(owner));
    }
  }

  private void checkUse(CallSite call, int value, PinKind kind) {
    PathState state = call.state();
    PinRecord users = eval.pin(state, value, PinKind.USERS);
    PinRecord count = eval.pin(state, value, PinKind.COUNT);
    boolean alive = kind == PinKind.USERS ? users.alive() : users.alive() || count.alive();
    PinRecord dropped = users.dropped() ? users : count.dropped() ? count : null;
    if (alive || dropped == null) {
      return;
    }
    context.report(Rule.USE_AFTER_RELEASE, call.pos(),
        call.callee() + " uses the " + (kind == PinKind.USERS ? "address space" : "mm_struct")
            + " of " + context.describe(call.state(), value) + " after this method dropped its last pin"
            + " keeping it alive (at line " + dropped.droppedAt().line() + "); it may already be "
            + (kind == PinKind.USERS ? "torn down" : "freed")
            + ". Move the drop after the last use, or take a " + kind.counter() + " pin ("
            + kind.take() + ") around it.");
  }

  private void checkAttach(CallSite call, int value, PinKind kind) {
    PinRecord record = eval.pin(call.state(), value, kind);
    if (record.count() > 0 || record.incoming() || record.unknown()) {
      return;
    }
    context.report(Rule.REGISTER_WITHOUT_USERS_PIN, call.pos(),
        call.callee() + " attaches to " + context.describe(call.state(), value) + " while this method holds no "
            + kind.counter() + " pin on it"
            + (record.dropped() ? " (it dropped its pin at line " + record.droppedAt().line() + ")" : "")
            + "; if the address space is exiting the kernel BUG_ONs (mm_users == 0)."
            + " Take one first: if (!mmgetNotZero(mm)) return; register; mmput(mm).");
  }

  private static String taken(PinRecord record) {
    return record.takenAt() == null ? " (the object's pin)"
        : " (taken by " + record.takenBy() + " at line " + record.takenAt().line() + ")";
  }

  static String counters(Set<PinKind> kinds) {
    return kinds.stream().map(PinKind::counter).reduce((a, b) -> a + "/" + b).orElse("");
  }
}
