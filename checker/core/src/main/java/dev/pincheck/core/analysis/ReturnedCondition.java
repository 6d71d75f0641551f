package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.PinKind;

/**
 * What the boolean a path returns says about a pin on a parameter: a known constant, or the
 * pending outcome of a conditional pin ({@code return mmgetNotZero(mm)}, possibly negated).
 */
record ReturnedCondition(Boolean constant, Boolean pinnedWhen) {

  /** Reads the returned value of a path for a pin of {@code kind} on {@code target}. */
  static ReturnedCondition of(PathState state, int target, PinKind kind, ValueTable values) {
    int value = state.returned;
    boolean polarity = true;
    ValueTable.Derived derived = value < 0 ? null : values.derivation(value);
    if (derived != null && derived.op().equals("!") && !state.guards.containsKey(value)) {
      value = derived.operands().get(0);
      polarity = false;
    }
    PathState.Guard guard = state.guards.get(value);
    if (guard != null && guard.target() == target && guard.kinds().contains(kind)) {
      return new ReturnedCondition(null, polarity == guard.result());
    }
    Boolean constant = state.returned == ValueTable.TRUE ? Boolean.TRUE
        : state.returned == ValueTable.FALSE ? Boolean.FALSE : state.booleans.get(state.returned);
    return new ReturnedCondition(constant, null);
  }
}
