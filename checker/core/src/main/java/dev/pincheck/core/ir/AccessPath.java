package dev.pincheck.core.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Memory named by the source: a root variable followed by field names ({@code this.mm},
 * {@code dev.notifier.mm}). Compared structurally, so repeated reads of the same field meet.
 */
public record AccessPath(Variable root, List<String> fields) implements Operand {

  public AccessPath {
    fields = List.copyOf(fields);
  }

  public static AccessPath of(Variable root) {
    return new AccessPath(root, List.of());
  }

  public AccessPath field(String name) {
    List<String> longer = new ArrayList<>(fields);
    longer.add(name);
    return new AccessPath(root, longer);
  }

  /** The path without its last field; only for paths with fields. */
  public AccessPath base() {
    return new AccessPath(root, fields.subList(0, fields.size() - 1));
  }

  /**
   * The name of an instance field in a path: {@code Owner#name} with the declaring class's
   * binary name, so equally named fields of different classes stay apart.
   */
  public static String fieldName(String ownerBinaryName, String name) {
    return ownerBinaryName + "#" + name;
  }

  /** A field's name as the source spells it, for messages. */
  public static String simpleFieldName(String field) {
    return field.substring(field.indexOf('#') + 1);
  }

  public boolean isField() {
    return !fields.isEmpty();
  }

  public String lastField() {
    return fields.get(fields.size() - 1);
  }

  @Override
  public String toString() {
    String head =
        switch (root.kind()) {
          case PARAM -> "param#" + root.name();
          default -> root.name();
        };
    return fields.isEmpty() ? head
        : head + "." + String.join(".", fields.stream().map(AccessPath::simpleFieldName).toList());
  }
}
