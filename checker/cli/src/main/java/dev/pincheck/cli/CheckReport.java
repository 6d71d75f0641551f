package dev.pincheck.cli;

import dev.pincheck.cli.ReportedDiagnostic.Category;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of one run: every diagnostic in javac's format, javac's closing counts, one
 * summary line, and the exit status.
 */
final class CheckReport {
  private final List<ReportedDiagnostic> diagnostics = new ArrayList<>();
  private final int filesChecked;

  CheckReport(List<CompilerMessage> messages, int filesChecked, Locale locale) {
    this.filesChecked = filesChecked;
    for (CompilerMessage message : messages) {
      this.diagnostics.add(ReportedDiagnostic.of(message, locale));
    }
  }

  List<ReportedDiagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  long count(Category category) {
    return diagnostics.stream().filter(d -> d.category() == category).count();
  }

  /** Files javac rejected: they were not checked, and the run cannot be called clean. */
  Set<String> filesThatDoNotCompile() {
    Set<String> files = new TreeSet<>();
    for (ReportedDiagnostic d : diagnostics) {
      if (d.category() == Category.COMPILE_ERROR && d.fileName() != null) {
        files.add(d.fileName());
      }
    }
    return files;
  }

  int exitStatus() {
    if (count(Category.COMPILE_ERROR) > 0 || count(Category.CHECKER_FAILURE) > 0) {
      return ExitStatus.ERROR;
    }
    return count(Category.FINDING) > 0 ? ExitStatus.FINDINGS : ExitStatus.CLEAN;
  }

  void print(PrintWriter out) {
    int errors = 0;
    int warnings = 0;
    for (ReportedDiagnostic d : diagnostics) {
      out.println(d.text());
      errors += d.isError() ? 1 : 0;
      warnings += d.isWarning() ? 1 : 0;
    }
    if (errors > 0) {
      out.println(JavacFormat.count(errors, "error"));
    }
    if (warnings > 0) {
      out.println(JavacFormat.count(warnings, "warning"));
    }
    out.println(summary());
    out.flush();
  }

  String summary() {
    StringBuilder line = new StringBuilder("pincheck: ");
    Set<String> broken = filesThatDoNotCompile();
    long compileErrors = count(Category.COMPILE_ERROR);
    long failures = count(Category.CHECKER_FAILURE);
    long findings = count(Category.FINDING);
    if (!broken.isEmpty()) {
      line.append(plural(broken.size(), "file")).append(" did not compile and ")
          .append(broken.size() == 1 ? "was" : "were").append(" not checked: ")
          .append(String.join(", ", broken)).append(". Fix the compile errors above first.");
    } else if (compileErrors > 0) {
      line.append("javac reported errors (above); nothing was checked.");
    } else if (failures > 0) {
      line.append("the checker failed on ").append(plural(failures, "method"))
          .append(" (PinCheckInternalError above); the result is incomplete. ");
      line.append(findings > 0 ? plural(findings, "finding") + " reported otherwise." : "");
    } else if (findings > 0) {
      long findingErrors = diagnostics.stream()
          .filter(d -> d.category() == Category.FINDING && d.isError()).count();
      long findingWarnings = findings - findingErrors;
      line.append(plural(findings, "finding")).append(" (")
          .append(findingErrors > 0 ? plural(findingErrors, "error") : "")
          .append(findingErrors > 0 && findingWarnings > 0 ? ", " : "")
          .append(findingWarnings > 0 ? plural(findingWarnings, "warning") : "")
          .append(") in ").append(plural(filesChecked, "file")).append(" checked.");
    } else {
      line.append("no findings in ").append(plural(filesChecked, "file")).append(" checked.");
    }
    return line.toString().strip();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
