package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.rules.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold where a path leaves the body: every pin the body took is dropped or handed
 * on, every read section it entered is left, every lock it took is released, and its own
 * contract — and the contracts of the methods it overrides — is kept.
 */
final class ExitChecks {
  private final BodyContext context;
  private final Evaluator eval;

  ExitChecks(BodyContext context, Evaluator eval) {
    this.context = context;
    this.eval = eval;
  }

  void check(List<PathExplorer.Exit> exits) {
    Set<PathState.LockKey> heldEverywhere = null;
    for (PathExplorer.Exit exit : exits) {
      if (!exit.exceptional()) {
        if (heldEverywhere == null) {
          heldEverywhere = new HashSet<>(exit.state().locks.keySet());
        } else {
          heldEverywhere.retainAll(exit.state().locks.keySet());
        }
      }
    }
    Set<PathState.LockKey> helperLocks = heldEverywhere == null ? Set.of() : heldEverywhere;
    for (PathExplorer.Exit exit : exits) {
      PathState state = exit.state();
      String path = "on the path through " + (state.exitNote != null ? state.exitNote : "the end of the method");
      checkPins(state, exit.exceptional(), path);
      checkSections(state, exit.exceptional(), path);
      checkLocks(state, path, helperLocks);
      if (!exit.exceptional()) {
        checkParameterContracts(state, path);
      }
    }
    checkOverrides();
  }

  private void checkPins(PathState state, boolean exceptional, String path) {
    for (Map.Entry<PathState.PinKey, PinRecord> entry : state.pins.entrySet()) {
      PinRecord record = entry.getValue();
      int value = entry.getKey().value();
      PinKind kind = entry.getKey().kind();
      if (record.count() == 0 || record.unknown() || record.takenAt() == null) {
        continue;
      }
      if (!exceptional && state.returned == value && returnHandsOn(kind)) {
        continue;
      }
      int param = context.values.paramIndex(value);
      ParamContract contract = param >= 0 ? context.own.param(param) : receiverField(value);
      if (contract.pins().contains(kind) || contract.pinsIf().contains(kind)) {
        continue;
      }
      context.report(Rule.PIN_LEAK, record.takenAt(),
          "the " + kind.counter() + " pin taken by " + record.takenBy() + named(state, value)
              + " is still held " + path + ". Drop it with "
              + kind.drop() + " on that path (a finally block covers every exit), or hand it on:"
              + " return it from a @Pins(" + kind + ") method or store it in a field"
              + (param >= 0 ? "; if the caller owns the pin, declare @Pins(" + kind + ") on the parameter" : "")
              + ".");
    }
  }

  /** The body's own (inferred) contract on a field of its receiver, if the value is one. */
  private ParamContract receiverField(int value) {
    if (context.values.fieldBase(value) != context.values.receiver()) {
      return ParamContract.NONE;
    }
    return context.own.receiverFields().getOrDefault(context.values.fieldName(value), ParamContract.NONE);
  }

  /** " on mm" when the value has a name on this path; nothing for an unnamed call result. */
  private String named(PathState state, int value) {
    String name = context.describe(state, value);
    return name.equals("the value") ? "" : " on " + name;
  }

  /** Returning a pinned value hands it on unless the declared contract promises another kind. */
  private boolean returnHandsOn(PinKind kind) {
    Set<PinKind> declared = context.body.declared().returnPins();
    return declared.isEmpty() || declared.contains(kind);
  }

  private void checkSections(PathState state, boolean exceptional, String path) {
    for (PathState.Section section : state.sections) {
      if (!exceptional && state.returned == section.index()) {
        continue;
      }
      context.report(Rule.SRCU_READ_SECTION_LEAK, section.pos(),
          "the read section of " + section.domainLabel() + " entered here is not left " + path
              + "; every grace period of the domain (synchronize, unregister, deferred frees) will"
              + " wait for it forever. Leave it with srcuReadUnlock(srcu, idx) in a finally block.");
    }
  }

  /**
   * A lock the body took on its own object must be released on every path. On a parameter or
   * field it may be a lock helper's purpose to leave it held, so only paths that disagree with
   * the body's normal exits are reported.
   */
  private void checkLocks(PathState state, String path, Set<PathState.LockKey> heldOnEveryNormalExit) {
    for (Map.Entry<PathState.LockKey, PathState.LockRecord> entry : state.locks.entrySet()) {
      ValueTable.Origin origin = context.values.origin(entry.getKey().value());
      boolean shared = origin == ValueTable.Origin.PARAM || origin == ValueTable.Origin.FIELD;
      if (shared && heldOnEveryNormalExit.contains(entry.getKey())) {
        continue;
      }
      context.report(Rule.MMAP_LOCK_MISUSE, entry.getValue().pos(),
          "the " + entry.getKey().lock() + " lock of " + context.describe(state, entry.getKey().value())
              + " taken here is still held " + path + "; the next taker deadlocks. Release it on"
              + " every path (try/finally).");
    }
  }

  private void checkParameterContracts(PathState state, String path) {
    MethodBody body = context.body;
    Contract declared = body.declared();
    for (int i = 0; i < body.params().size(); i++) {
      ParamContract param = declared.param(i);
      if (!param.declaresPins()) {
        continue;
      }
      int value = context.values.param(i);
      String name = body.params().get(i).name();
      for (PinKind kind : param.releases()) {
        PinRecord record = eval.pin(state, value, kind);
        if (!record.unknown() && !record.dropped()) {
          violation("declares @Releases(" + kind + ") on parameter " + name + ", but does not drop"
              + " that pin " + path + ": callers count it as dropped, so it leaks. Drop it ("
              + kind.drop() + ") or hand it on on every path.");
        }
      }
      for (PinKind kind : param.pins()) {
        PinRecord record = eval.pin(state, value, kind);
        if (!record.unknown() && record.count() == 0) {
          violation("declares @Pins(" + kind + ") on parameter " + name + ", but takes no "
              + kind.counter() + " pin " + path + ": callers will drop a pin they never got."
              + " Take it (" + kind.take() + ") on every path.");
        }
      }
      for (PinKind kind : param.pinsIf()) {
        checkConditionalPin(state, value, kind, param, name, path);
      }
    }
  }

  private void checkConditionalPin(
      PathState state, int value, PinKind kind, ParamContract param, String name, String path) {
    ReturnedCondition returned = ReturnedCondition.of(state, value, kind, context.values);
    PinRecord record = eval.pin(state, value, kind);
    String declared = "declares @PinsIf(" + kind + ", result = " + param.pinsIfResult()
        + ") on parameter " + name;
    if (returned.pinnedWhen() != null && returned.pinnedWhen() != param.pinsIfResult()) {
      violation(state, declared + ", but returns " + param.pinsIfResult() + " exactly when the "
          + kind.counter() + " pin was NOT taken " + path + ". Return " + param.pinsIfResult()
          + " exactly when the pin is held.");
    }
    if (returned.constant() == null || record.unknown()) {
      return;
    }
    boolean promised = returned.constant() == param.pinsIfResult();
    if (promised != record.count() > 0) {
      violation(state, declared + ", but returns " + returned.constant() + " "
          + (promised ? "without holding" : "while still holding") + " a " + kind.counter()
          + " pin " + path + ". Return " + param.pinsIfResult() + " exactly when the pin is held.");
    }
  }

  /** An override may not promise its callers less than the method it overrides. */
  private void checkOverrides() {
    MethodBody body = context.body;
    Contract own = body.declared();
    for (Contract parent : body.overridden()) {
      for (PinKind kind : parent.returnPins()) {
        if (!own.returnPins().contains(kind)) {
          violation("overrides a method whose result carries a " + kind.counter() + " pin"
              + " (@Pins(" + kind + ")) but does not declare it; callers through the base type"
              + " will drop a pin it never promised. Declare @Pins(" + kind + ") and keep it.");
        }
      }
      for (int i = 0; i < body.params().size(); i++) {
        ParamContract mine = own.param(i);
        ParamContract theirs = parent.param(i);
        String name = body.params().get(i).name();
        compare(mine.releases(), theirs.releases(), "@Releases", name);
        compare(mine.pins(), theirs.pins(), "@Pins", name);
      }
    }
  }

  private void compare(Set<PinKind> mine, Set<PinKind> theirs, String annotation, String name) {
    if (!mine.equals(theirs)) {
      violation("overrides a method with " + (theirs.isEmpty() ? "no " + annotation : annotation + theirs)
          + " on parameter " + name + " but declares " + (mine.isEmpty() ? "none" : annotation + mine)
          + "; callers through the base type would leak or drop the pin twice."
          + " Keep the overridden method's pin contract.");
    }
  }

  private void violation(String message) {
    context.report(Rule.CONTRACT_VIOLATION, context.body.pos(), context.body.displayName() + " " + message);
  }

  /** A violation a return statement commits is reported there; others at the declaration. */
  private void violation(PathState state, String message) {
    context.report(Rule.CONTRACT_VIOLATION,
        state.returnedAt != null ? state.returnedAt : context.body.pos(),
        context.body.displayName() + " " + message);
  }
}
