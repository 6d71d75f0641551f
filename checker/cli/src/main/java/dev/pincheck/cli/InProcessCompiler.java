package dev.pincheck.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the sources with the system javac in this JVM, the PinCheck plugin on, into a
 * temporary directory that is deleted afterwards, and collects every diagnostic.
 *
 * <p>The plugin is loaded from this program's own class loader (the executable jar, or the
 * test class path), handed to javac as its processor path: no jar has to be located on disk.
 */
final class InProcessCompiler {
  private final List<String> pluginWords;
  private final List<String> classpath;
  private final int release;

  /**
   * @param classpath entries for the checked sources' class path; the runtime (the annotations
   *     and the API) is always added
   */
  InProcessCompiler(List<String> pluginWords, List<String> classpath, int release) {
    this.pluginWords = List.copyOf(pluginWords);
    this.classpath = List.copyOf(classpath);
    this.release = release;
  }

  /** What javac reported, in order, and anything it printed besides diagnostics. */
  record Result(List<CompilerMessage> messages, String otherOutput) {}

  Result compile(SourceFiles sources) throws CheckFailure {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new CheckFailure("this Java runtime has no compiler: run pincheck on a JDK (17+)");
    }
    Path classesDir = createClassesDir();
    try {
      return compile(javac, sources, classesDir);
    } finally {
      deleteRecursively(classesDir);
    }
  }

  private Result compile(JavaCompiler javac, SourceFiles sources, Path classesDir)
      throws CheckFailure {
    Locale locale = Locale.getDefault();
    MessageRecorder recorder = new MessageRecorder(locale);
    StringWriter otherOutput = new StringWriter();
    try (StandardJavaFileManager standard =
        javac.getStandardFileManager(recorder, locale, StandardCharsets.UTF_8)) {
      JavaFileManager files = new PluginOnProcessorPath(standard, pluginLoader());
      JavaCompiler.CompilationTask task;
      try {
        task = javac.getTask(otherOutput, files, recorder, javacOptions(classesDir), null,
            standard.getJavaFileObjectsFromPaths(sources.files()));
      } catch (IllegalArgumentException e) {
        // An option javac refuses, e.g. "--release 99": a usage error.
        throw new CheckFailure(e.getMessage(), e);
      }
      recorder.formatWith(new JavacDiagnosticText(task, locale));
      try {
        task.call();
      } catch (RuntimeException | Error e) {
        // javac wraps what a plugin throws; the plugin promises not to, but never hide it.
        throw new CheckFailure("javac failed: " + rootCause(e), e);
      }
    } catch (IOException e) {
      throw new CheckFailure("I/O error while compiling: " + e, e);
    }
    return new Result(recorder.messages(), otherOutput.toString());
  }

  /** Keeps each diagnostic with its text, made while javac still runs. */
  private static final class MessageRecorder implements DiagnosticListener<JavaFileObject> {
    private final List<CompilerMessage> messages = new ArrayList<>();
    private final Locale locale;
    private JavacDiagnosticText text;

    MessageRecorder(Locale locale) {
      this.locale = locale;
    }

    void formatWith(JavacDiagnosticText text) {
      this.text = text;
    }

    @Override
    public void report(Diagnostic<? extends JavaFileObject> diagnostic) {
      String printed = text != null
          ? text.of(diagnostic)
          : JavacFormat.format(diagnostic, locale);
      messages.add(new CompilerMessage(diagnostic, printed));
    }

    List<CompilerMessage> messages() {
      return List.copyOf(messages);
    }
  }

  private List<String> javacOptions(Path classesDir) throws CheckFailure {
    List<String> options = new ArrayList<>();
    options.add(PluginOptions.xplugin(pluginWords));
    options.add("-proc:none"); // no annotation processors of the checked code: the plugin still runs
    options.add("--release");
    options.add(Integer.toString(release));
    options.add("-encoding");
    options.add("UTF-8");
    options.add("-classpath");
    options.add(checkedClasspath());
    options.add("-d");
    options.add(classesDir.toString());
    // Every finding must reach the listener: javac drops diagnostics past these limits.
    options.add("-Xmaxerrs");
    options.add("1000000");
    options.add("-Xmaxwarns");
    options.add("1000000");
    return options;
  }

  private String checkedClasspath() throws CheckFailure {
    List<String> entries = new ArrayList<>(classpath);
    entries.add(RuntimeLocation.runtimeClasspathEntry());
    return String.join(File.pathSeparator, entries);
  }

  /**
   * javac closes the processor class loader when it is done if it is {@link java.io.Closeable};
   * a child loader that only delegates keeps this program's own loader open whatever it is.
   */
  private static ClassLoader pluginLoader() {
    return new ClassLoader(InProcessCompiler.class.getClassLoader()) {};
  }

  private static final class PluginOnProcessorPath
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final ClassLoader pluginLoader;

    PluginOnProcessorPath(StandardJavaFileManager standard, ClassLoader pluginLoader) {
      super(standard);
      this.pluginLoader = pluginLoader;
    }

    @Override
    public boolean hasLocation(Location location) {
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH || super.hasLocation(location);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH
          ? pluginLoader
          : super.getClassLoader(location);
    }
  }

  private static Path createClassesDir() throws CheckFailure {
    try {
      return Files.createTempDirectory("pincheck-classes");
    } catch (IOException e) {
      throw new CheckFailure("cannot create a temporary directory for class files: " + e, e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Left in the temporary directory; nothing the user has to act on.
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }
}
