package dev.pincheck.javac.plugin;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.javac.cfg.IrPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Debugging aid: prints the IR of the case named by -Dpincheck.dump=Rule/Case. */
class DumpCase {
  @Test
  void dump() throws Exception {
    String name = System.getProperty("pincheck.dump");
    if (name == null) {
      return;
    }
    Path file = CaseFilesTest.casesRoot().resolve(name + ".java");
    List<CompilationUnitModel> models = new ArrayList<>();
    Compilation result = new PluginHarness().capturing(models).compile(
        new PluginHarness.InMemorySource(file.getFileName().toString(), Files.readString(file)));
    for (CompilationUnitModel model : models) {
      for (MethodBody body : model.bodies()) {
        System.out.println(IrPrinter.print(body));
        System.out.println(body.declared());
        body.blocks().forEach(b -> b.instructions().forEach(i -> {
          if (i instanceof dev.pincheck.core.ir.Instruction.Invoke invoke) {
            System.out.println(invoke.target().key() + " -> " + invoke.target().declared().params());
          }
        }));
      }
    }
    System.out.println(result);
  }
}
