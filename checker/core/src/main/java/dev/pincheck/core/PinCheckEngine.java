package dev.pincheck.core;

import dev.pincheck.core.analysis.UnitAnalyzer;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.InternalErrors;
import dev.pincheck.core.rules.Rule;
import java.util.List;

/**
 * The one entry point every front end calls: checks the bodies of one compilation unit
 * against all rules and returns the findings, after severities. It never throws: a failure
 * becomes a {@link Rule#INTERNAL_ERROR} finding so the host's compilation goes on.
 */
public final class PinCheckEngine {
  private final CheckOptions options;

  public PinCheckEngine(CheckOptions options) {
    this.options = options;
  }

  public List<Finding> check(CompilationUnitModel unit) {
    try {
      return new UnitAnalyzer(options).check(unit);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(new Finding(Rule.INTERNAL_ERROR, Rule.INTERNAL_ERROR.defaultSeverity(),
          SourcePos.UNKNOWN, InternalErrors.message(unit.fileName(), unit.fileName(), e), unit.fileName()));
    }
  }
}
