package dev.pincheck.cli;

import java.io.IOException;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Writes a diagnostic the way javac prints it, so editors and build tools that parse javac's
 * output place pincheck's findings too:
 *
 * <pre>
 * path/File.java:12: error: first line of the message
 *         the source line
 *         ^
 *   further lines of the message
 * </pre>
 *
 * <p>As javac's {@code BasicDiagnosticFormatter}: the source line comes after the first line of
 * the message, and the caret line copies the tabs of the source line so it lines up.
 */
final class JavacFormat {
  private JavacFormat() {}

  static String format(Diagnostic<? extends JavaFileObject> diagnostic, Locale locale) {
    String message = diagnostic.getMessage(locale);
    StringBuilder out = new StringBuilder();
    JavaFileObject file = diagnostic.getSource();
    if (file != null) {
      out.append(file.getName());
      if (diagnostic.getLineNumber() != Diagnostic.NOPOS) {
        out.append(':').append(diagnostic.getLineNumber());
      }
      out.append(": ");
    }
    out.append(prefix(diagnostic.getKind()));
    String sourceLine = sourceLineWithCaret(diagnostic);
    int firstNewline = message.indexOf('\n');
    if (sourceLine == null) {
      out.append(message);
    } else if (firstNewline < 0) {
      out.append(message).append('\n').append(sourceLine);
    } else {
      out.append(message, 0, firstNewline)
          .append('\n').append(sourceLine)
          .append(message.substring(firstNewline));
    }
    return out.toString();
  }

  /** javac's closing count, e.g. "2 errors". */
  static String count(int n, String kind) {
    return n + " " + kind + (n == 1 ? "" : "s");
  }

  private static String prefix(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> "error: ";
      case WARNING, MANDATORY_WARNING -> "warning: ";
      case NOTE -> "Note: ";
      case OTHER -> "";
    };
  }

  private static String sourceLineWithCaret(Diagnostic<? extends JavaFileObject> diagnostic) {
    JavaFileObject file = diagnostic.getSource();
    long position = diagnostic.getPosition();
    if (file == null || position == Diagnostic.NOPOS) {
      return null;
    }
    CharSequence text;
    try {
      text = file.getCharContent(true);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    int pos = (int) Math.min(position, text.length());
    int start = pos;
    while (start > 0 && !isLineEnd(text.charAt(start - 1))) {
      start--;
    }
    int end = pos;
    while (end < text.length() && !isLineEnd(text.charAt(end))) {
      end++;
    }
    String line = text.subSequence(start, end).toString();
    StringBuilder caret = new StringBuilder(line).append('\n');
    for (int i = 0; i < pos - start; i++) {
      caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return caret.append('^').toString();
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
