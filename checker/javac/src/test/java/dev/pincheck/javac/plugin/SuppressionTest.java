package dev.pincheck.javac.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.Rule;
import dev.pincheck.core.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @SuppressWarnings} with the rule name or {@code "pincheck"} on any enclosing
 * declaration drops a finding. A stand-in checker reports a PinLeak at every {@code mmget},
 * so this tests the reporting, not the engine; it also checks the harness's markers.
 */
class SuppressionTest {
  private static final UnitChecker EVERY_MMGET = unit -> {
    List<Finding> findings = new ArrayList<>();
    for (MethodBody body : unit.bodies()) {
      body.blocks().forEach(block -> block.instructions().forEach(instruction -> {
        if (instruction instanceof Instruction.Invoke call && call.target().simpleName().equals("mmget")) {
          findings.add(new Finding(Rule.PIN_LEAK, Severity.ERROR, call.pos(), "pin taken", body.displayName()));
        }
      }));
    }
    return findings;
  };

  private static final String[] SOURCE = {
    "import static dev.pincheck.runtime.Mm.*;",
    "import dev.pincheck.runtime.Mm;",
    "class Suppressed {",
    "  static void reported(Mm mm) {",
    "    // BUG: Diagnostic contains: [PinLeak] pin taken",
    "    mmget(mm);",
    "  }",
    "  @SuppressWarnings(\"PinLeak\")",
    "  static void onMethod(Mm mm) { mmget(mm); }",
    "  @SuppressWarnings(\"PinUnderflow\")",
    "  static void otherRule(Mm mm) {",
    "    // BUG: Diagnostic contains: PinLeak",
    "    mmget(mm);",
    "  }",
    "  static void onLocal(Mm mm) {",
    "    @SuppressWarnings(\"pincheck\") Runnable r = () -> mmget(mm);",
    "    // BUG: Diagnostic contains: PinLeak",
    "    mmget(mm);",
    "  }",
    "  @SuppressWarnings({\"unchecked\", \"pincheck\"})",
    "  static class Nested {",
    "    class Inner { void f(Mm mm) { mmget(mm); } }",
    "  }",
    "}",
    "@SuppressWarnings(\"PinLeak\")",
    "class Second { void f(Mm mm) { mmget(mm); } }",
  };

  @Test
  void suppressionOnMethodLocalClassAndOuterClass() {
    String text = String.join("\n", SOURCE) + "\n";
    JavaFileObject source = new PluginHarness.InMemorySource("Suppressed.java", text);
    Compilation result = new PluginHarness().checker(EVERY_MMGET).compile(source);
    assertEquals(List.of(), ExpectedDiagnostics.parse(text).problems(result.pincheck()), result.toString());
  }

  @Test
  void markersCatchMissingAndUnexpectedDiagnostics() {
    String text = String.join("\n",
        "import static dev.pincheck.runtime.Mm.*;",
        "import dev.pincheck.runtime.Mm;",
        "class Markers {",
        "  static void f(Mm mm) {",
        "    // BUG: Diagnostic contains: PinLeak",
        "    mmput(mm);",
        "    mmget(mm);",
        "  }",
        "}") + "\n";
    Compilation result = new PluginHarness().checker(EVERY_MMGET)
        .compile(new PluginHarness.InMemorySource("Markers.java", text));
    List<String> problems = ExpectedDiagnostics.parse(text).problems(result.pincheck());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("line 6: missing diagnostic containing 'PinLeak'"));
    assertTrue(problems.get(1).startsWith("line 7: unexpected diagnostic: [PinLeak] pin taken"));
  }
}
