package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.rules.CheckOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses one body once: explores its paths, infers its summary from the exits, and — when
 * the reporter is enabled — checks what must hold at the exits.
 */
final class BodyAnalyzer {
  /** The outcome of one analysis: the inferred summary and the pins its field stores hand on. */
  record Result(Summary summary, Map<String, Set<PinKind>> fieldStores) {}

  private BodyAnalyzer() {}

  static Result analyze(
      MethodBody body,
      EffectiveContracts contracts,
      Map<String, Set<PinKind>> fieldPins,
      CheckOptions options,
      Reporter reporter) {
    Contract own = contracts.of(new CallTarget(body.key(), body.displayName(), body.declared(), List.of()));
    BodyContext context = new BodyContext(body, own, contracts, fieldPins, options, reporter);
    PathExplorer explorer = new PathExplorer(context);
    List<PathExplorer.Exit> exits;
    try {
      exits = explorer.explore();
      Evaluator eval = new Evaluator(context);
      Summary summary = new SummaryInference(context, eval).infer(exits);
      new ExitChecks(context, eval).check(exits);
      reporter.commitBody();
      return new Result(summary, context.facts.fieldStores);
    } catch (PathExplorer.TooManyPaths e) {
      reporter.discardBody();
      return new Result(Summary.NONE, Map.of());
    } catch (RuntimeException | StackOverflowError e) {
      reporter.discardBody();
      throw e;
    }
  }
}
