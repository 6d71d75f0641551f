package dev.pincheck.cli;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** One diagnostic of the compilation and the text javac would print for it. */
record CompilerMessage(Diagnostic<? extends JavaFileObject> diagnostic, String text) {
  /** A diagnostic made outside javac (tests), laid out by {@link JavacFormat}. */
  static CompilerMessage of(Diagnostic<? extends JavaFileObject> diagnostic) {
    return new CompilerMessage(diagnostic, JavacFormat.format(diagnostic, Locale.ROOT));
  }
}
