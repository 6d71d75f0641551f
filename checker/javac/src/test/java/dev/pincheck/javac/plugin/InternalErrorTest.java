package dev.pincheck.javac.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A failure inside pincheck becomes one warning naming the method; javac goes on. */
class InternalErrorTest {
  private static final JavaFileObject SOURCE = PluginHarness.source("Broken",
      "import static dev.pincheck.runtime.Mm.*;",
      "import dev.pincheck.runtime.Mm;",
      "class Broken {",
      "  static void bad(Mm mm) { mmget(mm); mmput(mm); }",
      "  static void good(Mm mm) { mmget(mm); mmput(mm); }",
      "}");

  @Test
  void failingTranslationOfOneBodyIsOneWarning() {
    Compilation result = new PluginHarness()
        .observer(name -> {
          if (name.equals("Broken.bad")) {
            throw new IllegalStateException("boom");
          }
        })
        .compile(SOURCE);
    assertTrue(result.success(), result.toString());
    List<Diagnostic<? extends JavaFileObject>> reported = result.pincheck();
    assertEquals(1, reported.size(), result.toString());
    Diagnostic<? extends JavaFileObject> warning = reported.get(0);
    assertEquals(Diagnostic.Kind.MANDATORY_WARNING, warning.getKind());
    String message = Compilation.message(warning);
    assertTrue(message.startsWith("[PinCheckInternalError] pincheck failed on Broken.bad in /Broken.java: "
        + "java.lang.IllegalStateException: boom (at InternalErrorTest."), message);
    assertTrue(message.endsWith("; the method was not checked"), message);
    assertEquals(4, warning.getLineNumber());
  }

  @Test
  void failingCheckerIsOneWarningAndTheCompilationSucceeds() {
    Compilation result = new PluginHarness()
        .checker(unit -> {
          throw new IllegalStateException("engine down");
        })
        .compile(SOURCE);
    assertTrue(result.success(), result.toString());
    assertEquals(1, result.pincheck().size(), result.toString());
    assertTrue(Compilation.message(result.pincheck().get(0)).startsWith(
        "[PinCheckInternalError] pincheck failed on Broken in /Broken.java: "
            + "java.lang.IllegalStateException: engine down"));
  }
}
