package dev.pincheck.javac.plugin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file under {@code cases/<Rule>/<Case>.java} through javac with the plugin
 * and compares pincheck's diagnostics with the file's inline markers; one test per file,
 * named {@code <Rule>/<Case>}. The files of one folder are compiled together (each unit is
 * still checked on its own); a folder that does not compile as a whole is compiled file by
 * file, so a broken case fails alone.
 */
class CaseFilesTest {

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    Path root = casesRoot();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        FolderCompilation compilation = new FolderCompilation(folder);
        for (Path file : compilation.files) {
          String name = folder.getFileName() + "/" + file.getFileName().toString().replace(".java", "");
          tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> compilation.verify(file)));
        }
      }
    }
    return tests.stream();
  }

  static Path casesRoot() {
    try {
      return Path.of(CaseFilesTest.class.getResource("/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The compilation of one folder of cases, done once, on first use. */
  private static final class FolderCompilation {
    final List<Path> files;
    private final Map<Path, String> texts = new HashMap<>();
    private Map<Path, Compilation> results;

    FolderCompilation(Path folder) throws IOException {
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      }
    }

    void verify(Path file) {
      Compilation compilation = results().get(file);
      List<Diagnostic<? extends JavaFileObject>> own = compilation.diagnostics().stream()
          .filter(d -> d.getSource() != null && d.getSource().getName().endsWith("/" + file.getFileName()))
          .toList();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> error : new Compilation(false, own).compileErrors()) {
        problems.add("compile error at line " + error.getLineNumber() + ": " + Compilation.message(error));
      }
      problems.addAll(ExpectedDiagnostics.parse(texts.get(file)).problems(new Compilation(false, own).pincheck()));
      if (!problems.isEmpty()) {
        fail(file.getFileName() + ":\n  " + String.join("\n  ", problems));
      }
    }

    private synchronized Map<Path, Compilation> results() {
      if (results == null) {
        results = new HashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
          sources.add(source(file));
        }
        Compilation together = new PluginHarness().compile(sources);
        boolean compiles = together.compileErrors().isEmpty();
        for (int i = 0; i < files.size(); i++) {
          results.put(files.get(i), compiles ? together : new PluginHarness().compile(sources.get(i)));
        }
      }
      return results;
    }

    private JavaFileObject source(Path file) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.put(file, text);
        return new PluginHarness.InMemorySource(file.getFileName().toString(), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
