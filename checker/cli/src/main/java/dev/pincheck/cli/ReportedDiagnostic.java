package dev.pincheck.cli;

import dev.pincheck.core.rules.Rule;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A javac diagnostic sorted by what it means for the exit status. The plugin's messages start
 * with the rule's name (optionally in brackets, as Error Prone writes them); anything else an
 * error is a compile error.
 */
record ReportedDiagnostic(
    Diagnostic<? extends JavaFileObject> diagnostic, String text, Category category, Rule rule) {

  enum Category {
    /** A pincheck finding of some rule, error or warning. */
    FINDING,
    /** The checker failed on a method ({@code PinCheckInternalError}): the check is incomplete. */
    CHECKER_FAILURE,
    /** javac's own error: the code does not compile, or javac refused an option. */
    COMPILE_ERROR,
    /** javac's warnings and notes: printed, no effect on the exit status. */
    OTHER
  }

  static ReportedDiagnostic of(CompilerMessage message, Locale locale) {
    Diagnostic<? extends JavaFileObject> diagnostic = message.diagnostic();
    Rule rule = ruleNamedAtStart(diagnostic.getMessage(locale));
    Diagnostic.Kind kind = diagnostic.getKind();
    boolean reported = kind == Diagnostic.Kind.ERROR || kind == Diagnostic.Kind.WARNING
        || kind == Diagnostic.Kind.MANDATORY_WARNING;
    Category category;
    if (rule == Rule.INTERNAL_ERROR) {
      category = Category.CHECKER_FAILURE;
    } else if (rule != null && reported) {
      category = Category.FINDING;
    } else if (kind == Diagnostic.Kind.ERROR) {
      category = Category.COMPILE_ERROR;
    } else {
      category = Category.OTHER;
    }
    return new ReportedDiagnostic(diagnostic, message.text(), category, rule);
  }

  /** The rule whose name opens the message ("PinLeak: ..." or "[PinLeak] ..."), or null. */
  static Rule ruleNamedAtStart(String message) {
    if (message == null) {
      return null;
    }
    String text = message.startsWith("[") ? message.substring(1) : message;
    for (Rule rule : Rule.values()) {
      String name = rule.diagnosticName();
      if (text.startsWith(name)
          && (text.length() == name.length()
              || !Character.isJavaIdentifierPart(text.charAt(name.length())))) {
        return rule;
      }
    }
    return null;
  }

  boolean isError() {
    return diagnostic.getKind() == Diagnostic.Kind.ERROR;
  }

  boolean isWarning() {
    Diagnostic.Kind kind = diagnostic.getKind();
    return kind == Diagnostic.Kind.WARNING || kind == Diagnostic.Kind.MANDATORY_WARNING;
  }

  /** The file as javac names it, or null for a diagnostic about no file (a bad option). */
  String fileName() {
    return diagnostic.getSource() == null ? null : diagnostic.getSource().getName();
  }
}
