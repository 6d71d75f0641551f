package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.ir.Variable;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Rule;
import java.util.Map;
import java.util.Set;

/**
 * Everything the transfer functions of one body share: the body and its own contract, the
 * interned values, the contracts of callees, the unit's knowledge of which pins fields hold,
 * the options, where findings go, and the facts gathered for the body's summary.
 */
final class BodyContext {
  final MethodBody body;
  final Contract own;
  final ValueTable values = new ValueTable();
  final EffectiveContracts contracts;
  final Map<String, Set<PinKind>> fieldPins;
  final CheckOptions options;
  final Reporter reporter;
  final BodyFacts facts = new BodyFacts();

  BodyContext(
      MethodBody body,
      Contract own,
      EffectiveContracts contracts,
      Map<String, Set<PinKind>> fieldPins,
      CheckOptions options,
      Reporter reporter) {
    this.body = body;
    this.own = own;
    this.contracts = contracts;
    this.fieldPins = fieldPins;
    this.options = options;
    this.reporter = reporter;
  }

  void report(Rule rule, SourcePos pos, String message) {
    reporter.report(rule, pos, body.displayName(),
        message + " [" + rule.diagnosticName() + ", see " + rule.docAnchor() + "]");
  }

  /** The read-section domain the whole body runs in (a notifier callback), or null. */
  String ownDomain() {
    return own.inReadSection() == null ? null : Domains.named(own.inReadSection());
  }

  /** Whether a value may carry a pin of that kind from elsewhere, judged by where it comes from. */
  boolean incomingByDefault(int value, PinKind kind) {
    return switch (values.origin(value)) {
      case PARAM -> {
        var param = body.declared().param(values.paramIndex(value));
        yield param.declaresPins() ? param.releases().contains(kind) : true;
      }
      case FIELD -> {
        Set<PinKind> known = fieldPins.get(values.fieldName(value));
        yield known == null || known.contains(kind);
      }
      case CAPTURED, STATIC, CALL_RESULT, DERIVED -> true;
      case NULL, CONSTANT, THIS, FRESH -> false;
    };
  }

  /**
   * Whether a pin from elsewhere is known rather than assumed: a parameter declared
   * {@code @Releases} of that kind, or a field known (declared or seen stored) to hold it.
   */
  boolean incomingIsDeclared(int value, PinKind kind) {
    return switch (values.origin(value)) {
      case PARAM -> body.declared().param(values.paramIndex(value)).releases().contains(kind);
      case FIELD -> fieldPins.getOrDefault(values.fieldName(value), Set.of()).contains(kind);
      default -> false;
    };
  }

  /** A readable name for a value on a path: a local variable holding it, else {@link #describe(int)}. */
  String describe(PathState state, int value) {
    ValueTable.Origin origin = values.origin(value);
    if (origin == ValueTable.Origin.FRESH || origin == ValueTable.Origin.CALL_RESULT) {
      for (java.util.Map.Entry<AccessPath, Integer> entry : state.env.entrySet()) {
        if (entry.getValue() == value && entry.getKey().root().kind() == Variable.Kind.LOCAL) {
          return describe(entry.getKey());
        }
      }
    }
    return describe(value);
  }

  /** A readable name for a value in messages: the path it was read from, where known. */
  String describe(int value) {
    ValueTable.Key key = values.key(value);
    return switch (key.origin()) {
      case PARAM -> "parameter " + body.params().get(values.paramIndex(value)).name();
      case THIS -> "this";
      case FIELD -> describe(values.fieldBase(value)) + "." + AccessPath.simpleFieldName(values.fieldName(value));
      case CAPTURED -> displayName(key.detail().toString());
      case STATIC -> key.detail().toString();
      default -> "the value";
    };
  }

  /** Shows a variable name without the front end's disambiguating suffix ({@code mm@120}). */
  static String displayName(String name) {
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  /** Describes the operand a value came from in source terms, for messages. */
  static String describe(AccessPath path) {
    Variable root = path.root();
    String head = root.kind() == Variable.Kind.TEMP ? "the value" : displayName(root.name());
    return path.isField()
        ? head + "." + String.join(".", path.fields().stream().map(AccessPath::simpleFieldName).toList())
        : head;
  }
}
