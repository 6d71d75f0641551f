package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Constant;
import dev.pincheck.core.ir.Literal;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.Variable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads operands as symbolic values in a path state, makes fresh values at sites, and keeps
 * the pin records' defaults: the state-side half of the transfer functions.
 */
final class Evaluator {
  private final BodyContext context;

  Evaluator(BodyContext context) {
    this.context = context;
  }

  int eval(PathState state, Operand operand, int site) {
    if (operand instanceof Literal literal) {
      return switch (literal) {
        case NULL -> ValueTable.NULL;
        case TRUE -> ValueTable.TRUE;
        case FALSE -> ValueTable.FALSE;
        case UNKNOWN -> context.values.site(ValueTable.Origin.CALL_RESULT, site, 0);
      };
    }
    if (operand instanceof Constant constant) {
      return context.values.constant(constant.value());
    }
    AccessPath path = (AccessPath) operand;
    int value = root(state, path.root(), site);
    for (String field : path.fields()) {
      value = readField(state, value, field);
    }
    return value;
  }

  private int root(PathState state, Variable root, int site) {
    Integer assigned = state.env.get(AccessPath.of(root));
    if (assigned != null) {
      return assigned;
    }
    ValueTable values = context.values;
    return switch (root.kind()) {
      case PARAM -> values.param(root.paramIndex());
      case THIS -> values.receiver();
      case CAPTURED -> values.captured(root.name());
      case STATIC -> values.statics(root.name());
      case LOCAL, TEMP -> values.site(ValueTable.Origin.CALL_RESULT, site, 0);
    };
  }

  int readField(PathState state, int base, String field) {
    Integer written = state.heap.get(new ValueTable.FieldOf(base, field));
    return written != null ? written : context.values.field(base, field);
  }

  /** Assigns a value to a variable or, for a field path, stores it into the object. */
  void write(PathState state, AccessPath target, int value, int site) {
    if (!target.isField()) {
      state.env.put(target, value);
      return;
    }
    int base = eval(state, target.base(), site);
    String field = target.lastField();
    state.heap.keySet().removeIf(key -> key.field().equals(field) && key.base() != base);
    state.heap.put(new ValueTable.FieldOf(base, field), value);
  }

  /**
   * A new value made at a site. A loop that comes back to the site while the old value is
   * still mentioned keeps the old one under an older generation, so its pins stay accountable.
   */
  int fresh(PathState state, ValueTable.Origin origin, int site) {
    int value = context.values.site(origin, site, 0);
    int older = context.values.older(value);
    boolean fieldsTracked = false;
    for (int fieldValue : fieldValuesOf(state, value)) {
      state.rename(fieldValue, context.values.field(older, context.values.fieldName(fieldValue)));
      fieldsTracked = true;
    }
    if (fieldsTracked || state.mentions(value)) {
      state.heap.keySet().stream().filter(key -> key.base() == value).toList().forEach(key ->
          state.heap.put(new ValueTable.FieldOf(older, key.field()), state.heap.remove(key)));
      state.rename(value, older);
    }
    return value;
  }

  /** The values of fields of {@code object} the state has facts about (its pins, its reads). */
  private Set<Integer> fieldValuesOf(PathState state, int object) {
    Set<Integer> fields = new HashSet<>();
    for (PathState.PinKey key : state.pins.keySet()) {
      if (context.values.fieldBase(key.value()) == object) {
        fields.add(key.value());
      }
    }
    for (int value : state.referencedValues()) {
      if (value >= 0 && context.values.fieldBase(value) == object) {
        fields.add(value);
      }
    }
    return fields;
  }

  int derived(String op, List<Integer> operands) {
    return context.values.derived(op, operands);
  }

  PinRecord pin(PathState state, int value, PinKind kind) {
    PinRecord record = state.pins.get(new PathState.PinKey(value, kind));
    return record != null ? record : PinRecord.initial(context.incomingByDefault(value, kind));
  }

  void setPin(PathState state, int value, PinKind kind, PinRecord record) {
    state.pins.put(new PathState.PinKey(value, kind), record);
  }

  boolean isNull(PathState state, int value) {
    return value == ValueTable.NULL || Boolean.TRUE.equals(state.isNull.get(value));
  }

  /** Stops tracking every pin on a value: the analysis cannot tell what happened to them. */
  void forget(PathState state, int value) {
    for (PinKind kind : PinKind.values()) {
      setPin(state, value, kind, pin(state, value, kind).asUnknown());
    }
  }
}
