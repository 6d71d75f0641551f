package dev.pincheck.javac.plugin;

import com.sun.source.util.JavacTask;
import dev.pincheck.annotations.Pins;
import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.PinCheckEngine;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.javac.cfg.BodyObserver;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with real javac and the PinCheck plugin, with the runtime
 * (annotations and API) on the class path; class files are thrown away. The plugin is
 * initialised on the task directly, so tests can hand it another checker or an observer.
 */
public final class PluginHarness {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private final List<String> classPath = new ArrayList<>(List.of(runtimeLocation()));
  private Function<CheckOptions, UnitChecker> checkers = options -> new PinCheckEngine(options)::check;
  private BodyObserver observer = BodyObserver.NONE;
  private List<String> pluginOptions = List.of();

  /** Checks with {@code checker} instead of the engine. */
  public PluginHarness checker(UnitChecker checker) {
    this.checkers = options -> checker;
    return this;
  }

  /** Records each unit's model, then lets the engine check it. */
  public PluginHarness capturing(List<CompilationUnitModel> models) {
    this.checkers = options -> unit -> {
      models.add(unit);
      return new PinCheckEngine(options).check(unit);
    };
    return this;
  }

  public PluginHarness observer(BodyObserver observer) {
    this.observer = observer;
    return this;
  }

  public PluginHarness options(String... options) {
    this.pluginOptions = List.of(options);
    return this;
  }

  public PluginHarness addClassPath(Path entry) {
    classPath.add(entry.toString());
    return this;
  }

  /** Compiles the sources; class files go nowhere. */
  public Compilation compile(List<JavaFileObject> sources) {
    return compile(sources, null);
  }

  /** Compiles the sources, writing class files to {@code outputDir} when not null. */
  public Compilation compile(List<JavaFileObject> sources, Path outputDir) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, null, null);
    JavaFileManager files = outputDir == null ? new DiscardingFileManager(standard) : standard;
    List<String> args = new ArrayList<>(List.of(
        "-proc:none", "-encoding", "UTF-8", "-Xlint:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000",
        "-classpath", String.join(File.pathSeparator, classPath)));
    if (outputDir != null) {
      args.addAll(List.of("-d", outputDir.toString()));
    }
    JavacTask task = (JavacTask) JAVAC.getTask(null, files, diagnostics, args, null, sources);
    new PinCheckPlugin(checkers, observer).init(task, pluginOptions.toArray(String[]::new));
    boolean success = task.call();
    return new Compilation(success, diagnostics.getDiagnostics());
  }

  public Compilation compile(JavaFileObject... sources) {
    return compile(List.of(sources));
  }

  /** A source file named after its public class, e.g. {@code source("Leak", "class Leak {}")}. */
  public static JavaFileObject source(String className, String... lines) {
    return new InMemorySource(className + ".java", String.join("\n", lines) + "\n");
  }

  /** Where the runtime's classes are (a jar or a classes directory). */
  public static String runtimeLocation() {
    try {
      return Path.of(Pins.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A source kept in memory. */
  public static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    public InMemorySource(String fileName, String text) {
      super(URI.create("mem:///" + fileName), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class DiscardingFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    DiscardingFileManager(JavaFileManager delegate) {
      super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///out/" + className + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }
      };
    }

    @Override
    public void close() throws IOException {
      super.close();
    }
  }
}
