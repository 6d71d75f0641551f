package dev.pincheck.javac.plugin;

import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.Severity;
import javax.tools.JavaFileObject;

/**
 * Reports through javac's log, so build tools and IDEs place the diagnostic: errors as
 * errors (several may share one position), warnings as mandatory warnings (shown even with
 * {@code -nowarn}). The text is {@code [RuleName] message}.
 */
final class DiagnosticReporter {
  private static final String KEY = "proc.messager"; // "{0}"

  private final Log log;

  DiagnosticReporter(Log log) {
    this.log = log;
  }

  void report(JavaFileObject file, Finding finding) {
    if (finding.severity() == Severity.OFF) {
      return;
    }
    String text = "[" + finding.rule().diagnosticName() + "] " + finding.message();
    int offset = finding.pos().offset();
    JCDiagnostic.DiagnosticPosition pos =
        offset < 0 ? null : new JCDiagnostic.SimpleDiagnosticPosition(offset);
    JavaFileObject previous = log.useSource(file);
    try {
      if (finding.severity() == Severity.ERROR) {
        log.error(JCDiagnostic.DiagnosticFlag.API, pos, new JCDiagnostic.Error("compiler", KEY, text));
      } else {
        log.mandatoryWarning(pos, new JCDiagnostic.Warning("compiler", KEY, text));
      }
    } finally {
      log.useSource(previous);
    }
  }

  /** An error without a position, for a bad {@code -Xplugin:PinCheck} option. */
  void optionError(String message) {
    log.error(new JCDiagnostic.Error("compiler", KEY, message));
  }
}
