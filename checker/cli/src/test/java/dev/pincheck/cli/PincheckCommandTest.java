package dev.pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command end to end: real in-process compiles of small source trees with the PinCheck
 * plugin, checked by exit status and output.
 */
class PincheckCommandTest {
  @TempDir
  Path dir;

  private SourceTree tree;

  @BeforeEach
  void setUp() {
    tree = new SourceTree(dir);
  }

  /** The everyday get_task_mm pattern: null check, work, mmput on every path. */
  private void writeCorrectProcReader() {
    writeProcClass("ProcReader",
        "    try {",
        "      return followPte(mm, address);",
        "    } finally {",
        "      mmput(mm);",
        "    }");
  }

  /** A get_task_mm pin leaked on the early return (the shape of many kernel fixes). */
  private Path writeLeakingProcReader() {
    return writeProcClass("LeakyProcReader",
        "    long pte = followPte(mm, address);",
        "    if (pte == 0) {",
        "      return -1;",
        "    }",
        "    mmput(mm);",
        "    return pte;");
  }

  /**
   * Writes {@code proc/<className>.java}: a method that takes the task's mm with
   * {@code getTaskMm} on line 10, returns 0 when there is none, and goes on with
   * {@code afterNullCheck}.
   */
  private Path writeProcClass(String className, String... afterNullCheck) {
    List<String> lines = new ArrayList<>(List.of(
        "package proc;",
        "",
        "import static dev.pincheck.runtime.Mm.*;",
        "",
        "import dev.pincheck.runtime.Mm;",
        "import dev.pincheck.runtime.Task;",
        "",
        "class " + className + " {",
        "  long firstPte(Task task, long address) {",
        "    Mm mm = getTaskMm(task);",
        "    if (mm == null) {",
        "      return 0;",
        "    }"));
    lines.addAll(List.of(afterNullCheck));
    lines.add("  }");
    lines.add("}");
    return tree.write("proc/" + className + ".java", lines.toArray(String[]::new));
  }

  private Path writeBrokenFile() {
    return tree.write("broken/Broken.java",
        "package broken;",
        "",
        "class Broken {",
        "  void f() { undefinedMethod(); }",
        "}");
  }

  @Test
  void cleanTreeExitsZero() {
    writeCorrectProcReader();

    CommandLineRun run = CommandLineRun.of(dir.toString());

    assertEquals(ExitStatus.CLEAN, run.status(), run.transcript());
    assertTrue(run.out().contains("pincheck: no findings in 1 file checked."), run.transcript());
  }

  @Test
  void findingExitsOneAndIsPrintedInJavacFormat() {
    writeCorrectProcReader();
    Path leaky = writeLeakingProcReader();

    CommandLineRun run = CommandLineRun.of(dir.toString());

    assertEquals(ExitStatus.FINDINGS, run.status(), run.transcript());
    // Reported at the call that took the pin, line 10, with the source line and a caret.
    String header = leaky + ":10: error: ";
    int at = run.out().indexOf(header);
    assertTrue(at >= 0, run.transcript());
    String[] lines = run.out().substring(at).split("\n", 4);
    assertTrue(lines[0].substring(header.length()).matches("\\[?PinLeak\\b.*"), run.transcript());
    assertEquals("    Mm mm = getTaskMm(task);", lines[1], run.transcript());
    assertTrue(lines[2].matches(" +\\^"), run.transcript());
    assertTrue(run.out().contains("in 2 files checked."), run.transcript());
  }

  @Test
  void severityOffSilencesTheRule() {
    writeLeakingProcReader();

    CommandLineRun run = CommandLineRun.of("--severity", "PinLeak=off", dir.toString());

    assertEquals(ExitStatus.CLEAN, run.status(), run.transcript());
    assertTrue(!run.out().contains("PinLeak"), run.transcript());
  }

  @Test
  void aFindingLoweredToWarningStillExitsOne() {
    Path leaky = writeLeakingProcReader();

    CommandLineRun run = CommandLineRun.of("--severity", "PinLeak=warning", dir.toString());

    assertEquals(ExitStatus.FINDINGS, run.status(), run.transcript());
    assertTrue(run.out().contains(leaky + ":10: warning: "), run.transcript());
    assertTrue(run.out().contains("1 finding (1 warning)"), run.transcript());
  }

  /** followPte may throw: only with --strict-exceptions is the pin then leaked. */
  @Test
  void strictExceptionsFollowsUncheckedExceptions() {
    writeProcClass("Peek",
        "    long pte = followPte(mm, address);",
        "    mmput(mm);",
        "    return pte;");

    CommandLineRun lenient = CommandLineRun.of(dir.toString());
    CommandLineRun strict = CommandLineRun.of("--strict-exceptions", dir.toString());

    assertEquals(ExitStatus.CLEAN, lenient.status(), lenient.transcript());
    assertEquals(ExitStatus.FINDINGS, strict.status(), strict.transcript());
    assertTrue(strict.out().contains("Peek.java:10: error: [PinLeak]"), strict.transcript());
  }

  @Test
  void nonCompilingFileExitsTwoAndIsReported() {
    writeCorrectProcReader();
    Path broken = writeBrokenFile();

    CommandLineRun run = CommandLineRun.of(dir.toString());

    assertEquals(ExitStatus.ERROR, run.status(), run.transcript());
    assertTrue(run.out().contains(broken + ":4: error: cannot find symbol"), run.transcript());
    assertTrue(run.out().contains("1 file did not compile and was not checked: " + broken),
        run.transcript());
  }

  /** Byte for byte what javac itself prints for the same error, then pincheck's summary. */
  @Test
  void compileErrorsArePrintedExactlyAsJavacPrintsThem() throws IOException {
    Path broken = tree.write("Tabs.java",
        "class Tabs {",
        "\tvoid f() {",
        "\t\tint x = \"not an int\";",
        "\t\tundefinedMethod(x);",
        "\t}",
        "}");

    CommandLineRun run = CommandLineRun.of(broken.toString());

    String javacOutput = plainJavac(broken);
    assertTrue(javacOutput.contains("error: incompatible types"), javacOutput);
    assertTrue(run.out().startsWith(javacOutput), "javac:\n" + javacOutput + run.transcript());
    assertEquals(ExitStatus.ERROR, run.status(), run.transcript());
  }

  /** Each: the options before the path, then what stderr must say. */
  static Stream<Arguments> refusedOptions() {
    return Stream.of(
        arguments(List.of("--frobnicate"), List.of("pincheck: Unknown option: '--frobnicate'", "pincheck --help")),
        arguments(List.of("--severity", "PinLaek=off"), List.of("unknown rule 'PinLaek'", "PinLeak, PinUnderflow")),
        arguments(List.of("--severity", "PinLeak=fatal"), List.of("unknown level 'fatal'")),
        // javac itself refuses the release
        arguments(List.of("--release", "99"), List.of("99")),
        arguments(List.of("--release", "11"), List.of("--release 11: the pincheck runtime")));
  }

  /** Refused before anything is checked: no diagnostics and no summary on stdout. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedOptions")
  void refusedOptionExitsTwoWithAClearMessage(List<String> options, List<String> expectedOnStderr) {
    writeCorrectProcReader();
    List<String> args = new ArrayList<>(options);
    args.add(dir.toString());

    CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));

    assertExitsTwoSaying(run, expectedOnStderr.toArray(String[]::new));
    assertEquals("", run.out(), run.transcript());
  }

  @Test
  void missingPathArgumentExitsTwo() {
    CommandLineRun run = CommandLineRun.of();

    assertExitsTwoSaying(run, "Missing required parameter: 'PATH'");
  }

  @Test
  void pathThatDoesNotExistExitsTwo() {
    Path missing = dir.resolve("nowhere");

    CommandLineRun run = CommandLineRun.of(missing.toString());

    assertExitsTwoSaying(run, "no such file or directory: " + missing);
  }

  @Test
  void directoryWithoutJavaFilesExitsTwo() throws IOException {
    Files.writeString(dir.resolve("README.txt"), "no sources here");

    CommandLineRun run = CommandLineRun.of(dir.toString());

    assertExitsTwoSaying(run, "no .java files under " + dir);
  }

  @Test
  void theSameFileReachedTwiceIsCompiledOnce() {
    writeCorrectProcReader();

    CommandLineRun run = CommandLineRun.of(dir.toString(), dir.resolve("proc").toString());

    assertEquals(ExitStatus.CLEAN, run.status(), run.transcript());
    assertTrue(run.out().contains("in 1 file checked."), run.transcript());
  }

  @Test
  void hiddenDirectoriesAreSkipped() {
    writeCorrectProcReader();
    writeBrokenFile();
    tree.write(".git/Broken.java", "class Nope {");
    tree.write("broken/Broken.java", "package broken;", "class Broken {}");

    CommandLineRun run = CommandLineRun.of(dir.toString());

    assertEquals(ExitStatus.CLEAN, run.status(), run.transcript());
    assertTrue(run.out().contains("in 2 files checked."), run.transcript());
  }

  @Test
  void defaultPathIsCheckedOnlyWhenNoPathIsGiven() {
    writeCorrectProcReader();
    Path broken = writeBrokenFile();

    CommandLineRun defaults = CommandLineRun.of("--default-path", broken.toString());
    CommandLineRun explicit =
        CommandLineRun.of("--default-path", broken.toString(), dir.resolve("proc").toString());

    assertEquals(ExitStatus.ERROR, defaults.status(), defaults.transcript());
    assertEquals(ExitStatus.CLEAN, explicit.status(), explicit.transcript());
  }

  @Test
  void helpListsOptionsAndExitStatuses() {
    CommandLineRun run = CommandLineRun.of("--help");

    assertEquals(ExitStatus.CLEAN, run.status(), run.transcript());
    for (String expected : List.of("--classpath", "--severity", "--strict-exceptions",
        "--release", "Exit status:", "2   usage or I/O error")) {
      assertTrue(run.out().contains(expected), expected + "\n" + run.transcript());
    }
    assertTrue(!run.out().contains("--default-path"), run.transcript());
  }

  /** A usage or I/O error: exit status 2, and stderr says each of {@code expected}. */
  private static void assertExitsTwoSaying(CommandLineRun run, String... expected) {
    assertEquals(ExitStatus.ERROR, run.status(), run.transcript());
    for (String text : expected) {
      assertTrue(run.err().contains(text), text + "\n" + run.transcript());
    }
  }

  private static String plainJavac(Path file) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Path classes = Files.createTempDirectory("javac-classes");
      javac.getTask(output, files, null, List.of("-d", classes.toString()), null,
          files.getJavaFileObjects(file)).call();
    }
    return output.toString().replace(System.lineSeparator(), "\n");
  }
}
