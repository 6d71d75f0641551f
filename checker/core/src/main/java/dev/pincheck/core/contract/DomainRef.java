package dev.pincheck.core.contract;

import java.util.List;

/**
 * Which SRCU domain a contract refers to: a named global domain ({@code "mmu_notifier"}),
 * the argument at a parameter index, or a field path of the receiver (an inferred summary
 * of {@code synchronizeSrcu(this.srcu)}).
 */
public record DomainRef(String name, int paramIndex, List<String> receiverFields) {

  public DomainRef {
    receiverFields = List.copyOf(receiverFields);
  }

  public static DomainRef named(String name) {
    return new DomainRef(name, -1, List.of());
  }

  public static DomainRef param(int index) {
    return new DomainRef(null, index, List.of());
  }

  public static DomainRef receiverField(List<String> fields) {
    return new DomainRef(null, -1, fields);
  }

  public boolean isNamed() {
    return name != null;
  }

  public boolean isParam() {
    return paramIndex >= 0;
  }
}
