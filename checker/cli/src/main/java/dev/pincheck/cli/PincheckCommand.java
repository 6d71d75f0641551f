package dev.pincheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pincheck [options] PATH...}: the options, and one check run. */
@Command(
    name = "pincheck",
    mixinStandardHelpOptions = true,
    versionProvider = PincheckVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks Java code that uses the pincheck runtime for mm pin, SRCU and MMU-notifier "
          + "lifetime bugs (PinLeak, SrcuSelfDeadlock, ...).",
      "Compiles every .java file under the PATHs in process with javac and the PinCheck "
          + "plugin (-Xplugin:PinCheck), the pincheck runtime on the class path, and prints "
          + "the diagnostics in javac's format. Class files go to a temporary directory "
          + "that is deleted."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file compiled, no findings",
      "1:findings reported (errors or warnings)",
      "2:usage or I/O error, a file that does not compile, or the checker failed on a method"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pincheck src/main/java",
      "  pincheck --classpath lib/a.jar:lib/b.jar --severity LongTermUsersPin=off src",
      "With no PATH, the launcher checker/pincheck checks the repository's samples.",
      "Rules and suppression: docs/rules.md; setup and options: docs/usage.md."
    })
final class PincheckCommand implements Callable<Integer> {
  /** The runtime's class files are Java 17: javac cannot read them for an older release. */
  private static final int MIN_RELEASE = 17;

  @Spec
  private CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Java source files, or directories searched recursively for them "
          + "(hidden directories are skipped).")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-cp", "--classpath", "--class-path"},
      paramLabel = "CLASSPATH",
      description = "More class path for the checked code, entries separated by "
          + "'${sys:path.separator}'; repeatable. The pincheck runtime is always on it.")
  private List<String> classpath = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "RULE=LEVEL",
      description = "Severity of a rule: error, warning or off (e.g. PinLeak=warning, "
          + "LongTermUsersPin=off); repeatable. Warnings count as findings.")
  private List<String> severities = new ArrayList<>();

  @Option(
      names = "--strict-exceptions",
      description = "Also follow unchecked exceptions from arbitrary calls: a pin or read "
          + "section held when one may leave a method is reported.")
  private boolean strictExceptions;

  @Option(
      names = "--release",
      paramLabel = "N",
      defaultValue = "17",
      description = "Java release the code is compiled for, 17 or later "
          + "(default: ${DEFAULT-VALUE}).")
  private int release;

  /** The launcher passes the bundled samples here: checked when no PATH is given. */
  @Option(names = "--default-path", hidden = true)
  private List<Path> defaultPaths = new ArrayList<>();

  /** The launcher's paths are absolute: name files relative to where the user is, if inside. */
  private static List<Path> underWorkingDirectory(List<Path> absolute) {
    Path workingDirectory = Path.of("").toAbsolutePath();
    List<Path> paths = new ArrayList<>();
    for (Path path : absolute) {
      Path normalized = path.toAbsolutePath().normalize();
      paths.add(normalized.startsWith(workingDirectory) && !normalized.equals(workingDirectory)
          ? workingDirectory.relativize(normalized)
          : path);
    }
    return paths;
  }

  @Override
  public Integer call() {
    List<String> pluginWords;
    try {
      pluginWords = PluginOptions.words(severities, strictExceptions);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (release < MIN_RELEASE) {
      throw new ParameterException(spec.commandLine(), "--release " + release
          + ": the pincheck runtime the code compiles against needs " + MIN_RELEASE + " or later");
    }
    List<Path> roots = paths.isEmpty() ? underWorkingDirectory(defaultPaths) : paths;
    if (roots.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing required parameter: 'PATH' (a .java file or a directory)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      CompilerAccess.requireJavacInternals();
      SourceFiles sources = SourceFiles.under(roots);
      InProcessCompiler.Result result =
          new InProcessCompiler(pluginWords, classpath, release).compile(sources);
      if (!result.otherOutput().isEmpty()) {
        out.print(result.otherOutput());
      }
      CheckReport report =
          new CheckReport(result.messages(), sources.size(), Locale.getDefault());
      report.print(out);
      return report.exitStatus();
    } catch (CheckFailure e) {
      err.println("pincheck: " + e.getMessage());
      err.flush();
      return ExitStatus.ERROR;
    }
  }
}
