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
 * A body's findings are held until its analysis completes: a body the analysis gives up on
 * reports nothing, since the paths it did explore may not be the whole story.
 */
final class Reporter {
  private record Place(Rule rule, SourcePos pos) {}

  private final CheckOptions options;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Place> reported = new HashSet<>();
  private final List<Finding> pending = new ArrayList<>();
  private boolean enabled;

  Reporter(CheckOptions options) {
    this.options = options;
  }

  void enable() {
    enabled = true;
  }

  void report(Rule rule, SourcePos pos, String method, String message) {
    Severity severity = options.severityOf(rule);
    Place place = new Place(rule, pos);
    if (!enabled || severity == Severity.OFF || reported.contains(place)
        || pending.stream().anyMatch(f -> f.rule() == rule && f.pos().equals(pos))) {
      return;
    }
    pending.add(new Finding(rule, severity, pos, message, method));
  }

  /** The body's analysis completed: its findings stand. */
  void commitBody() {
    for (Finding finding : pending) {
      reported.add(new Place(finding.rule(), finding.pos()));
      findings.add(finding);
    }
    pending.clear();
  }

  /** The body's analysis was given up: forget what it found so far. */
  void discardBody() {
    pending.clear();
  }

  List<Finding> findings() {
    return findings;
  }
}
