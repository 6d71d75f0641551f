package dev.pincheck.javac.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The inline expectations of a test source, Error Prone style: a comment
 * {@code // BUG: Diagnostic contains: <text>} expects a pincheck diagnostic containing the
 * text on the next line that is not blank or a comment; several such comments stack. As in
 * Error Prone, every expectation must be met by a diagnostic on its line, and every pincheck
 * diagnostic must contain the text of an expectation on its line.
 */
public final class ExpectedDiagnostics {
  static final String MARKER = "// BUG: Diagnostic contains:";

  private final Map<Long, List<String>> byLine;

  private ExpectedDiagnostics(Map<Long, List<String>> byLine) {
    this.byLine = byLine;
  }

  public static ExpectedDiagnostics parse(String source) {
    Map<Long, List<String>> byLine = new TreeMap<>();
    List<String> pending = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    boolean inBlockComment = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (inBlockComment) {
        inBlockComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith(MARKER)) {
        pending.add(line.substring(MARKER.length()).trim());
      } else if (line.startsWith("/*")) {
        inBlockComment = !line.contains("*/");
      } else if (!line.isEmpty() && !line.startsWith("//") && !pending.isEmpty()) {
        byLine.put((long) i + 1, pending);
        pending = new ArrayList<>();
      }
    }
    return new ExpectedDiagnostics(byLine);
  }

  public boolean isEmpty() {
    return byLine.isEmpty();
  }

  /** What does not match, one line per problem; empty when all expectations are met exactly. */
  public List<String> problems(List<Diagnostic<? extends JavaFileObject>> pincheckDiagnostics) {
    Map<Long, List<String>> actual = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : pincheckDiagnostics) {
      actual.computeIfAbsent(diagnostic.getLineNumber(), l -> new ArrayList<>())
          .add(Compilation.message(diagnostic));
    }
    List<String> problems = new ArrayList<>();
    TreeSet<Long> lines = new TreeSet<>(byLine.keySet());
    lines.addAll(actual.keySet());
    for (long line : lines) {
      List<String> reported = actual.getOrDefault(line, List.of());
      List<String> expected = byLine.getOrDefault(line, List.of());
      for (String text : expected) {
        if (reported.stream().noneMatch(m -> m.contains(text))) {
          problems.add("line " + line + ": missing diagnostic containing '" + text + "'"
              + (reported.isEmpty() ? "" : "; reported there: " + reported));
        }
      }
      for (String message : reported) {
        if (expected.stream().noneMatch(message::contains)) {
          problems.add("line " + line + ": unexpected diagnostic: " + message);
        }
      }
    }
    return problems;
  }
}
