package dev.pincheck.javac.plugin;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.javac.cfg.IrPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Debugging aid, skipped unless asked for: prints the IR of the case named by
 * {@code -Dpincheck.dump=Rule/Case} ({@code -Dpincheck.batch=true} compiles its whole folder).
 */
class DumpCase {
  @Test
  @EnabledIfSystemProperty(named = "pincheck.dump", matches = ".+")
  void dump() throws Exception {
    String name = System.getProperty("pincheck.dump");
    Path file = CaseFilesTest.casesRoot().resolve(name + ".java");
    List<CompilationUnitModel> models = new ArrayList<>();
    List<javax.tools.JavaFileObject> sources = new ArrayList<>();
    if (Boolean.getBoolean("pincheck.batch")) {
      try (var list = Files.list(file.getParent())) {
        for (Path other : list.sorted().toList()) {
          sources.add(new PluginHarness.InMemorySource(other.getFileName().toString(), Files.readString(other)));
        }
      }
    } else {
      sources.add(new PluginHarness.InMemorySource(file.getFileName().toString(), Files.readString(file)));
    }
    List<CompilationUnitModel> all = new ArrayList<>();
    Compilation result = new PluginHarness().capturing(all).compile(sources);
    all.stream().filter(m -> m.fileName().endsWith("/" + file.getFileName())).forEach(models::add);
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
