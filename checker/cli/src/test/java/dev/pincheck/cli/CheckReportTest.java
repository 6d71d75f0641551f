package dev.pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pincheck.cli.ReportedDiagnostic.Category;
import dev.pincheck.core.rules.Rule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How diagnostics are sorted, counted and turned into the exit status, without javac. */
class CheckReportTest {
  private static final String SOURCE = String.join("\n",
      "class Leak {",
      "\tvoid f(Task t) {",
      "\t\tMm mm = getTaskMm(t);",
      "\t}",
      "}");

  private static Diagnostic<JavaFileObject> finding(Kind kind, String message) {
    return FakeDiagnostic.at(kind, "src/Leak.java", SOURCE, "getTaskMm", message);
  }

  private static CheckReport report(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return new CheckReport(
        diagnostics.stream().map(CompilerMessage::of).toList(), 3, Locale.ROOT);
  }

  @Test
  void messagesOpeningWithARuleNameAreFindings() {
    assertEquals(Rule.PIN_LEAK, ReportedDiagnostic.ruleNamedAtStart("[PinLeak] the pin ..."));
    assertEquals(Rule.PIN_LEAK, ReportedDiagnostic.ruleNamedAtStart("PinLeak: the pin ..."));
    assertEquals(Rule.SRCU_SELF_DEADLOCK, ReportedDiagnostic.ruleNamedAtStart("SrcuSelfDeadlock"));
    assertEquals(Rule.INTERNAL_ERROR,
        ReportedDiagnostic.ruleNamedAtStart("[PinCheckInternalError] in f(): NPE"));
    assertNull(ReportedDiagnostic.ruleNamedAtStart("PinLeakage is not a rule"));
    assertNull(ReportedDiagnostic.ruleNamedAtStart("cannot find symbol"));
    assertNull(ReportedDiagnostic.ruleNamedAtStart("class PinLeak is public"));
  }

  @Test
  void noDiagnosticsIsClean() {
    CheckReport report = report(List.of());

    assertEquals(ExitStatus.CLEAN, report.exitStatus());
    assertEquals("pincheck: no findings in 3 files checked.", report.summary());
  }

  @Test
  void javacWarningsAndNotesDoNotChangeTheStatus() {
    CheckReport report = report(List.of(
        FakeDiagnostic.withoutSource(Kind.NOTE, "Some input files use unchecked operations."),
        FakeDiagnostic.at(Kind.WARNING, "src/Leak.java", SOURCE, "Mm", "[removal] Mm is old")));

    assertEquals(ExitStatus.CLEAN, report.exitStatus());
  }

  @Test
  void findingsOfEitherSeverityExitOne() {
    CheckReport report = report(List.of(
        finding(Kind.ERROR, "[PinLeak] leaked"),
        finding(Kind.WARNING, "[LongTermUsersPin] kept")));

    assertEquals(ExitStatus.FINDINGS, report.exitStatus());
    assertEquals(2, report.count(Category.FINDING));
    assertEquals("pincheck: 2 findings (1 error, 1 warning) in 3 files checked.", report.summary());
  }

  @Test
  void aCompileErrorWinsOverFindings() {
    CheckReport report = report(List.of(
        finding(Kind.ERROR, "[PinLeak] leaked"),
        FakeDiagnostic.at(Kind.ERROR, "src/Broken.java", "class Broken {", "{", "'}' expected")));

    assertEquals(ExitStatus.ERROR, report.exitStatus());
    assertEquals(Set.of("src/Broken.java"), report.filesThatDoNotCompile());
  }

  @Test
  void anErrorAboutNoFileIsStillAnError() {
    CheckReport report = report(List.of(
        FakeDiagnostic.withoutSource(Kind.ERROR, "plug-in not found: PinCheck")));

    assertEquals(ExitStatus.ERROR, report.exitStatus());
    assertEquals("pincheck: javac reported errors (above); nothing was checked.", report.summary());
  }

  @Test
  void aMethodTheCheckerFailedOnMakesTheResultIncomplete() {
    CheckReport report = report(List.of(
        finding(Kind.WARNING, "[PinCheckInternalError] f(Task) was not checked: boom")));

    assertEquals(ExitStatus.ERROR, report.exitStatus());
  }

  @Test
  void printsLikeJavacWithCountsAndSummary() {
    StringWriter out = new StringWriter();

    report(List.of(finding(Kind.ERROR, "[PinLeak] leaked\n  fix: mmput(mm)"))).print(
        new PrintWriter(out));

    assertEquals(String.join("\n",
        "src/Leak.java:3: error: [PinLeak] leaked",
        "\t\tMm mm = getTaskMm(t);",
        "\t\t        ^",
        "  fix: mmput(mm)",
        "1 error",
        "pincheck: 1 finding (1 error) in 3 files checked.",
        ""), out.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aDiagnosticWithoutPositionHasNoSourceLine() {
    assertEquals("error: plug-in not found: PinCheck", JavacFormat.format(
        FakeDiagnostic.withoutSource(Kind.ERROR, "plug-in not found: PinCheck"), Locale.ROOT));
    assertEquals("Note: Some input files use unchecked operations.", JavacFormat.format(
        FakeDiagnostic.withoutSource(Kind.NOTE, "Some input files use unchecked operations."),
        Locale.ROOT));
  }
}
