package dev.pincheck.core.analysis;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.LibraryModels;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.MethodKey;
import dev.pincheck.core.ir.Variable;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.InternalErrors;
import dev.pincheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one compilation unit: picks the bodies that touch a contract (most never do and cost
 * nothing more), infers their summaries to a fixed point (recursion included), then analyses
 * each once more with reporting on. A failure in one body becomes one finding; the rest go on.
 */
public final class UnitAnalyzer {
  private static final int MAX_ROUNDS = 6;

  private final CheckOptions options;

  public UnitAnalyzer(CheckOptions options) {
    this.options = options;
  }

  public List<Finding> check(CompilationUnitModel unit) {
    List<MethodBody> bodies = options.analyzeAll() ? unit.bodies() : relevantBodies(unit.bodies());
    EffectiveContracts contracts = new EffectiveContracts();
    Map<String, Set<PinKind>> fieldPins = new HashMap<>(unit.declaredFieldPins());
    Reporter silent = new Reporter(options);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      Map<String, Set<PinKind>> stored = new HashMap<>();
      for (MethodBody body : bodies) {
        BodyAnalyzer.Result result = analyzeSafely(body, contracts, fieldPins, silent);
        if (result != null) {
          changed |= contracts.update(body.key(), result.summary());
          result.fieldStores().forEach((field, kinds) ->
              stored.computeIfAbsent(field, f -> EnumSet.noneOf(PinKind.class)).addAll(kinds));
        }
      }
      for (Map.Entry<String, Set<PinKind>> entry : stored.entrySet()) {
        if (!unit.declaredFieldPins().containsKey(entry.getKey())) {
          changed |= !entry.getValue().equals(fieldPins.put(entry.getKey(), Set.copyOf(entry.getValue())));
        }
      }
      if (!changed) {
        break;
      }
    }
    Reporter reporter = new Reporter(options);
    reporter.enable();
    for (MethodBody body : bodies) {
      try {
        BodyAnalyzer.analyze(body, contracts, fieldPins, options, reporter);
      } catch (RuntimeException | StackOverflowError e) {
        reporter.report(Rule.INTERNAL_ERROR, body.pos(), body.displayName(),
            InternalErrors.message(body.displayName(), unit.fileName(), e));
        reporter.commitBody();
      }
    }
    List<Finding> findings = new ArrayList<>(reporter.findings());
    findings.sort(Comparator.comparingInt((Finding f) -> f.pos().offset()).thenComparing(f -> f.rule()));
    return findings;
  }

  /** One inference round's analysis; a body that fails is reported in the reporting pass. */
  private BodyAnalyzer.Result analyzeSafely(
      MethodBody body, EffectiveContracts contracts, Map<String, Set<PinKind>> fieldPins, Reporter reporter) {
    try {
      return BodyAnalyzer.analyze(body, contracts, fieldPins, options, reporter);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Bodies that declare a contract, call something with a contract or a blocking model, store
   * a parameter into an object, or call such a body, transitively.
   */
  private static List<MethodBody> relevantBodies(List<MethodBody> bodies) {
    Map<MethodKey, MethodBody> byKey = new HashMap<>();
    bodies.forEach(body -> byKey.put(body.key(), body));
    Set<MethodKey> relevant = new LinkedHashSet<>();
    for (MethodBody body : bodies) {
      if (directlyRelevant(body)) {
        relevant.add(body.key());
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (MethodBody body : bodies) {
        if (!relevant.contains(body.key()) && callsAny(body, relevant)) {
          relevant.add(body.key());
          changed = true;
        }
      }
    }
    return bodies.stream().filter(body -> relevant.contains(body.key())).toList();
  }

  private static boolean directlyRelevant(MethodBody body) {
    if (!body.declared().equals(Contract.EMPTY) || !body.overridden().isEmpty()
        && body.overridden().stream().anyMatch(c -> !c.equals(Contract.EMPTY))) {
      return true;
    }
    for (Block block : body.blocks()) {
      for (Instruction instruction : block.instructions()) {
        if (instruction instanceof Instruction.Invoke invoke
            && (!invoke.target().declared().equals(Contract.EMPTY)
                || LibraryModels.blockingReason(invoke.target().ownerTypes(), invoke.target().simpleName()) != null)) {
          return true;
        }
        if (instruction instanceof Instruction.Assign assign && assign.target().isField()
            && assign.value() instanceof AccessPath value
            && value.root().kind() == Variable.Kind.PARAM) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean callsAny(MethodBody body, Set<MethodKey> keys) {
    for (Block block : body.blocks()) {
      for (Instruction instruction : block.instructions()) {
        if (instruction instanceof Instruction.Invoke invoke && keys.contains(invoke.target().key())) {
          return true;
        }
        if (instruction instanceof Instruction.MakeFunction function
            && function.function().implementations().stream().anyMatch(t -> keys.contains(t.key()))) {
          return true;
        }
      }
    }
    return false;
  }
}
