package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import java.util.Set;

/**
 * The contract inferred from a body compiled in the same unit, plus what the inference could
 * not decide: parameters (and receiver fields) whose pins the body drops or keeps on some
 * paths only, and a result
 * pinned on some paths only. Callers stop tracking those pins rather than guess.
 */
record Summary(
    Contract contract, Set<Integer> uncertainParams, Set<String> uncertainFields, boolean uncertainReturn) {
  static final Summary NONE = new Summary(Contract.EMPTY, Set.of(), Set.of(), false);

  Summary {
    uncertainParams = Set.copyOf(uncertainParams);
    uncertainFields = Set.copyOf(uncertainFields);
  }
}
