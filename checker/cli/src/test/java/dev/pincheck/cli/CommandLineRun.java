package dev.pincheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@link Main#run} with its exit status and what it wrote to each stream. */
record CommandLineRun(int status, String out, String err) {
  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandLineRun(status, out.toString(), err.toString());
  }

  /** Both streams, for assertion messages. */
  String transcript() {
    return "exit status " + status + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
