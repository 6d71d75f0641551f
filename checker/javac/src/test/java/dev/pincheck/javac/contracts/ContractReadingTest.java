package dev.pincheck.javac.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.javac.plugin.Compilation;
import dev.pincheck.javac.plugin.PluginHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts come from annotations on symbols, whether the callee is source or a class file. */
class ContractReadingTest {
  @TempDir Path library;

  @Test
  void contractsOfClassFilesAndOverriddenMethodsAreRead() {
    Compilation built = new PluginHarness().checker(unit -> List.of()).compile(List.of(
        PluginHarness.source("lib/Dev",
            "package lib;",
            "import dev.pincheck.annotations.*;",
            "import dev.pincheck.runtime.Mm;",
            "public class Dev {",
            "  public static void drop(@Releases(Pin.USERS) Mm mm) {}",
            "  @Pins({Pin.COUNT}) public static Mm grab(Mm mm) { return mm; }",
            "}"),
        PluginHarness.source("lib/Callback",
            "package lib;",
            "public interface Callback {",
            "  @dev.pincheck.annotations.NonBlocking void fire(dev.pincheck.runtime.Mm mm);",
            "}")), library);
    assertTrue(built.success(), built.toString());

    List<CompilationUnitModel> models = new ArrayList<>();
    Compilation use = new PluginHarness().addClassPath(library).checker(unit -> {
      models.add(unit);
      return List.of();
    }).compile(PluginHarness.source("User",
        "import dev.pincheck.runtime.Mm;",
        "class User {",
        "  static abstract class Base implements lib.Callback {}",
        "  static class Impl extends Base {",
        "    @Override public void fire(Mm mm) { lib.Dev.drop(lib.Dev.grab(mm)); }",
        "  }",
        "}"));
    assertTrue(use.success(), use.toString());
    MethodBody fire = models.get(0).bodies().get(0);
    assertEquals("User$Impl#fire(dev.pincheck.runtime.Mm)", fire.key().id());
    assertTrue(fire.declared().nonBlocking(), "inherited through an abstract class from the interface");
    assertEquals(1, fire.overridden().size());
    List<CallTarget> targets = fire.blocks().stream().flatMap(b -> b.instructions().stream())
        .filter(Instruction.Invoke.class::isInstance).map(i -> ((Instruction.Invoke) i).target()).toList();
    CallTarget grab = targets.get(0);
    CallTarget drop = targets.get(1);
    assertEquals("lib.Dev#grab(dev.pincheck.runtime.Mm)", grab.key().id());
    assertEquals(Set.of(PinKind.COUNT), grab.declared().returnPins());
    assertEquals(Set.of(PinKind.USERS), drop.declared().param(0).releases());
    assertEquals("Dev.drop", drop.displayName());
    assertEquals(List.of("lib.Dev", "java.lang.Object"), drop.ownerTypes());
  }
}
