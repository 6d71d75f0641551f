package dev.pincheck.core.rules;

/**
 * The message of a {@link Rule#INTERNAL_ERROR} finding, the same for every host and every
 * layer: what was not checked, the exception, and the innermost pincheck frame, so a bug
 * report says where the checker failed.
 */
public final class InternalErrors {
  private InternalErrors() {}

  public static String message(String method, String file, Throwable error) {
    return "pincheck failed on " + method + " in " + file + ": " + error + checkerFrame(error)
        + "; the method was not checked";
  }

  private static String checkerFrame(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("dev.pincheck.")) {
        return " (at " + type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName()
            + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }
}
