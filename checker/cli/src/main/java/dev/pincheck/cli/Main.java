package dev.pincheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the executable jar: {@code java -jar pincheck.jar [options] PATH...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(status);
  }

  /**
   * Runs the command; diagnostics and the summary go to {@code out}, usage and failure
   * messages to {@code err}.
   *
   * @return the exit status, see {@link ExitStatus}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PincheckCommand())
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler((e, ignored) -> {
          PrintWriter usage = e.getCommandLine().getErr();
          usage.println("pincheck: " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, usage);
          usage.println("Usage: pincheck [options] PATH...  (pincheck --help for the options)");
          usage.flush();
          return ExitStatus.ERROR;
        })
        .setExecutionExceptionHandler((e, ignored, parseResult) -> {
          PrintWriter failure = commandLine(parseResult).getErr();
          failure.println("pincheck: internal error, please report it:");
          e.printStackTrace(failure);
          failure.flush();
          return ExitStatus.ERROR;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static CommandLine commandLine(CommandLine.ParseResult parseResult) {
    return parseResult.commandSpec().commandLine();
  }
}
