package dev.pincheck.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the symbolic values of one body. A value is identified by where it comes from — a
 * parameter, a field of another value, a call site, an operation on other values — so the
 * same read on two paths gives the same value and states meet at join points.
 */
final class ValueTable {
  /** Where a value comes from; decides whether it may carry a pin from elsewhere. */
  enum Origin {
    NULL,
    CONSTANT,
    PARAM,
    THIS,
    FIELD,
    CAPTURED,
    STATIC,
    /** The result of a call without a pin contract: may carry a pin from the callee. */
    CALL_RESULT,
    /** A value the body created itself: a pinned call result, a new object, a function. */
    FRESH,
    /** A value computed from others ({@code x == null}, {@code !b}, {@code a > 0}). */
    DERIVED
  }

  /** An interned value's identity. */
  record Key(Origin origin, Object detail) {}

  /** The key of a field value: the object it was read from and the field. */
  record FieldOf(int base, String field) {}

  /** The key of a derived value: the operation and its operands. */
  record Derived(String op, List<Integer> operands) {}

  /** The key of a number, character or string constant: its type and value. */
  record ConstantOf(String value) {}

  static final int NULL = 0;
  static final int TRUE = 1;
  static final int FALSE = 2;

  private final Map<Key, Integer> ids = new HashMap<>();
  private final List<Key> keys = new ArrayList<>();

  ValueTable() {
    intern(new Key(Origin.NULL, "null"));
    intern(new Key(Origin.CONSTANT, true));
    intern(new Key(Origin.CONSTANT, false));
  }

  int intern(Key key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = keys.size();
      ids.put(key, id);
      keys.add(key);
    }
    return id;
  }

  int param(int index) {
    return intern(new Key(Origin.PARAM, index));
  }

  int receiver() {
    return intern(new Key(Origin.THIS, "this"));
  }

  int field(int base, String field) {
    return intern(new Key(Origin.FIELD, new FieldOf(base, field)));
  }

  int captured(String name) {
    return intern(new Key(Origin.CAPTURED, name));
  }

  int statics(String className) {
    return intern(new Key(Origin.STATIC, className));
  }

  /** One value per constant, wherever it occurs: {@code case 1} and {@code mode != 1} meet. */
  int constant(String typeAndValue) {
    return intern(new Key(Origin.CONSTANT, new ConstantOf(typeAndValue)));
  }

  /** Whether the value is a literal constant (not a boolean): equal constants are one value. */
  boolean isConstant(int value) {
    return keys.get(value).detail() instanceof ConstantOf;
  }

  /** A value made at a site; {@code generation} tells apart two loop iterations' values. */
  int site(Origin origin, int site, int generation) {
    return intern(new Key(origin, List.of(site, generation)));
  }

  int derived(String op, List<Integer> operands) {
    return intern(new Key(Origin.DERIVED, new Derived(op, List.copyOf(operands))));
  }

  Key key(int value) {
    return keys.get(value);
  }

  Origin origin(int value) {
    return keys.get(value).origin();
  }

  /** For a field value, the object it was read from; otherwise -1. */
  int fieldBase(int value) {
    return keys.get(value).detail() instanceof FieldOf f ? f.base() : -1;
  }

  /** For a field value, the field name; otherwise null. */
  String fieldName(int value) {
    return keys.get(value).detail() instanceof FieldOf f ? f.field() : null;
  }

  /** For a derived value, its operation; otherwise null. */
  Derived derivation(int value) {
    return keys.get(value).detail() instanceof Derived d ? d : null;
  }

  /** For a parameter value, its index; otherwise -1. */
  int paramIndex(int value) {
    Key key = keys.get(value);
    return key.origin() == Origin.PARAM ? (Integer) key.detail() : -1;
  }

  /** The value of the same site one generation older, for values re-made in a loop. */
  int older(int value) {
    Key key = keys.get(value);
    if (key.detail() instanceof List<?> siteAndGeneration && siteAndGeneration.size() == 2) {
      return site(key.origin(), (Integer) siteAndGeneration.get(0), 1);
    }
    return value;
  }

  boolean isBoolean(int value) {
    return value == TRUE || value == FALSE;
  }
}
