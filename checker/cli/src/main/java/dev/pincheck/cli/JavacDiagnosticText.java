package dev.pincheck.cli;

import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.api.ClientCodeWrapper;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;

/**
 * The text javac itself would print for a diagnostic, made by the formatter of the running
 * compilation: that one simplifies type names ({@code String}, not {@code java.lang.String})
 * and adds "where" clauses, which {@link Diagnostic#getMessage} does not. It must be asked while
 * javac runs (javac drops its context when done), so from the diagnostic listener. Anything that
 * is not javac's own diagnostic object is written by {@link JavacFormat} in the same layout.
 */
final class JavacDiagnosticText {
  private final JavaCompiler.CompilationTask task;
  private final Locale locale;

  JavacDiagnosticText(JavaCompiler.CompilationTask task, Locale locale) {
    this.task = task;
    this.locale = locale;
  }

  String of(Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic instanceof ClientCodeWrapper.DiagnosticSourceUnwrapper unwrapper
        && task instanceof BasicJavacTask javacTask) {
      Context context = javacTask.getContext();
      if (context != null) {
        return Log.instance(context).getDiagnosticFormatter().format(unwrapper.d, locale);
      }
    }
    return JavacFormat.format(diagnostic, locale);
  }
}
