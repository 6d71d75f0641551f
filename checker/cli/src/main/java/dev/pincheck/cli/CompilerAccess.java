package dev.pincheck.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The PinCheck plugin uses javac internals (the dataflow framework's control-flow graphs), so
 * the JVM must export them to it. The launcher and the jar's manifest do; a JVM started any
 * other way gets told which flags it lacks instead of an {@link IllegalAccessError} mid-compile.
 */
final class CompilerAccess {
  private static final String MODULE = "jdk.compiler";
  private static final List<String> EXPORTED = List.of(
      "api", "code", "file", "main", "model", "parser", "processing", "tree", "util");
  private static final List<String> OPENED = List.of("code", "comp");

  private CompilerAccess() {}

  static void requireJavacInternals() throws CheckFailure {
    Module javac = ModuleLayer.boot().findModule(MODULE).orElseThrow(
        () -> new CheckFailure("this Java runtime has no compiler: run pincheck on a JDK (17+)"));
    Module self = CompilerAccess.class.getModule();
    List<String> missing = new ArrayList<>();
    for (String name : EXPORTED) {
      String pkg = "com.sun.tools.javac." + name;
      if (!javac.isExported(pkg, self)) {
        missing.add("--add-exports=" + MODULE + "/" + pkg + "=ALL-UNNAMED");
      }
    }
    for (String name : OPENED) {
      String pkg = "com.sun.tools.javac." + name;
      if (!javac.isOpen(pkg, self)) {
        missing.add("--add-opens=" + MODULE + "/" + pkg + "=ALL-UNNAMED");
      }
    }
    if (!missing.isEmpty()) {
      throw new CheckFailure("the PinCheck plugin uses javac internals; start the JVM with "
          + String.join(" ", missing)
          + " (checker/pincheck and `java -jar pincheck.jar` pass them for you)");
    }
  }
}
