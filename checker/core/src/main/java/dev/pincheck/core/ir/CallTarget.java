package dev.pincheck.core.ir;

import dev.pincheck.core.contract.Contract;
import java.util.List;

/**
 * The method a call resolves to: its key (to look up an inferred summary), a readable name
 * for messages, the contract its annotations declare, and the types that declare or inherit
 * it (so library models such as {@code Lock.lock} match calls on subtypes).
 */
public record CallTarget(
    MethodKey key, String displayName, Contract declared, List<String> ownerTypes) {
  public CallTarget {
    ownerTypes = List.copyOf(ownerTypes);
  }

  public String simpleName() {
    int hash = key.id().indexOf('#');
    String rest = hash < 0 ? key.id() : key.id().substring(hash + 1);
    int paren = rest.indexOf('(');
    return paren < 0 ? rest : rest.substring(0, paren);
  }
}
