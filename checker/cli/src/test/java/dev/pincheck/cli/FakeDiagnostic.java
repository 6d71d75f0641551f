package dev.pincheck.cli;

import java.net.URI;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** A diagnostic as javac would hand it to a listener, for tests that need no compile. */
record FakeDiagnostic(Kind kind, JavaFileObject source, long position, long line, String message)
    implements Diagnostic<JavaFileObject> {

  static FakeDiagnostic at(Kind kind, String fileName, String text, String marker, String message) {
    int position = text.indexOf(marker);
    long line = text.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
    return new FakeDiagnostic(kind, source(fileName, text), position, line, message);
  }

  static FakeDiagnostic withoutSource(Kind kind, String message) {
    return new FakeDiagnostic(kind, null, NOPOS, NOPOS, message);
  }

  static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  @Override
  public Kind getKind() {
    return kind;
  }

  @Override
  public JavaFileObject getSource() {
    return source;
  }

  @Override
  public long getPosition() {
    return position;
  }

  @Override
  public long getStartPosition() {
    return position;
  }

  @Override
  public long getEndPosition() {
    return position;
  }

  @Override
  public long getLineNumber() {
    return line;
  }

  @Override
  public long getColumnNumber() {
    return NOPOS;
  }

  @Override
  public String getCode() {
    return "compiler.err.proc.messager";
  }

  @Override
  public String getMessage(Locale locale) {
    return message;
  }
}
