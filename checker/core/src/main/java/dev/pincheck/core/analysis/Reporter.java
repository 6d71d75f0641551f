package dev.pincheck.core.analysis;

import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.Rule;
import dev.pincheck.core.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the findings of the reporting pass: one per rule and position however many paths
 * reach it, at the severity the options give, and none while summaries are being inferred.
 */
final class Reporter {
  private record Place(Rule rule, SourcePos pos) {}

  private final CheckOptions options;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Place> reported = new HashSet<>();
  private boolean enabled;

  Reporter(CheckOptions options) {
    this.options = options;
  }

  void enable() {
    enabled = true;
  }

  void report(Rule rule, SourcePos pos, String method, String message) {
    Severity severity = options.severityOf(rule);
    if (!enabled || severity == Severity.OFF || !reported.add(new Place(rule, pos))) {
      return;
    }
    findings.add(new Finding(rule, severity, pos, message, method));
  }

  List<Finding> findings() {
    return findings;
  }
}
