package dev.pincheck.javac.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Plugin options: parsed by the core, an unknown one fails the compilation once, clearly. */
class OptionsTest {
  private static final JavaFileObject LEAK = PluginHarness.source("Leak",
      "import static dev.pincheck.runtime.Mm.*;",
      "import dev.pincheck.runtime.Mm;",
      "import dev.pincheck.runtime.Task;",
      "class Leak {",
      "  static void f(Task t) {",
      "    Mm mm = getTaskMm(t);",
      "  }",
      "}");

  @Test
  void unknownOptionFailsWithOneClearError() {
    Compilation result = new PluginHarness().options("PinLeak:warning", "Bogus").compile(LEAK);
    assertFalse(result.success());
    List<Diagnostic<? extends JavaFileObject>> errors = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), result.toString());
    assertTrue(Compilation.message(errors.get(0)).startsWith("pincheck: unknown option 'Bogus'"),
        result.toString());
  }

  @Test
  void severityOptionTurnsAnErrorIntoAWarning() {
    Compilation result = new PluginHarness().options("PinLeak:warning").compile(LEAK);
    assertTrue(result.success(), result.toString());
    assertEquals(Diagnostic.Kind.MANDATORY_WARNING, result.pincheck().get(0).getKind());
    assertTrue(Compilation.message(result.pincheck().get(0)).startsWith("[PinLeak] "));
  }

  /** The plugin as users load it: found as a service on the processor path by its name. */
  @Test
  void xpluginFindsThePluginAsAServiceAndRejectsUnknownOptions() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String path = System.getProperty("java.class.path");
    for (boolean valid : new boolean[] {true, false}) {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> args = List.of("-proc:none", "-d", System.getProperty("java.io.tmpdir") + File.separator + "pincheck-xplugin",
          "-classpath", PluginHarness.runtimeLocation(), "-processorpath", path,
          valid ? "-Xplugin:PinCheck" : "-Xplugin:PinCheck -nonsense");
      boolean success = javac.getTask(null, null, diagnostics, args, null, List.of(LEAK)).call();
      assertFalse(success);
      List<String> messages = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Compilation::message).toList();
      assertEquals(1, messages.size(), messages.toString());
      assertTrue(messages.get(0).startsWith(valid ? "[PinLeak] " : "pincheck: unknown option '-nonsense'"),
          messages.toString());
    }
  }
}
