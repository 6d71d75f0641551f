package dev.pincheck.cli;

/**
 * A reason the command cannot check anything (missing path, unreadable directory, no compiler,
 * options javac refuses). The message is written for the user; the exit status is
 * {@link ExitStatus#ERROR}.
 */
final class CheckFailure extends Exception {
  private static final long serialVersionUID = 1L;

  CheckFailure(String message) {
    super(message);
  }

  CheckFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
