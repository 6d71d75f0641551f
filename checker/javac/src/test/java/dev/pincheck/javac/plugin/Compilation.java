package dev.pincheck.javac.plugin;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** The outcome of one harness compilation: whether javac succeeded, and what it reported. */
public record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
  private static final Pattern PINCHECK = Pattern.compile("^\\[[A-Za-z]+\\] ");

  /** Whether the diagnostic is one of pincheck's ({@code [RuleName] ...}). */
  public static boolean isPincheck(Diagnostic<? extends JavaFileObject> diagnostic) {
    return PINCHECK.matcher(message(diagnostic)).find();
  }

  public static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  public List<Diagnostic<? extends JavaFileObject>> pincheck() {
    return diagnostics.stream().filter(Compilation::isPincheck).toList();
  }

  /** Errors that are not pincheck's: the source does not compile. */
  public List<Diagnostic<? extends JavaFileObject>> compileErrors() {
    return diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !isPincheck(d))
        .toList();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(success ? "success" : "failure");
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      text.append("\n  ").append(d.getKind()).append(' ')
          .append(d.getSource() == null ? "" : d.getSource().getName()).append(':')
          .append(d.getLineNumber()).append(": ").append(message(d));
    }
    return text.toString();
  }
}
