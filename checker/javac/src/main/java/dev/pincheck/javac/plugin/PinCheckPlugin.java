package dev.pincheck.javac.plugin;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import dev.pincheck.core.PinCheckEngine;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.cfg.BodyObserver;
import java.util.Arrays;
import java.util.function.Function;

/**
 * {@code -Xplugin:PinCheck [options]}: checks each compilation unit after javac analysed it
 * and reports pincheck's findings as javac diagnostics. Options are those of
 * {@link CheckOptions#parse}; an unknown one fails the compilation with one error.
 */
@AutoService(Plugin.class)
public final class PinCheckPlugin implements Plugin {
  public static final String NAME = "PinCheck";

  private final Function<CheckOptions, UnitChecker> checkers;
  private final BodyObserver observer;

  public PinCheckPlugin() {
    this(options -> new PinCheckEngine(options)::check, BodyObserver.NONE);
  }

  /** For tests: another checker than the engine, or an observer that makes a body fail. */
  PinCheckPlugin(Function<CheckOptions, UnitChecker> checkers, BodyObserver observer) {
    this.checkers = checkers;
    this.observer = observer;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    JavacServices services = JavacServices.of(task);
    DiagnosticReporter reporter = new DiagnosticReporter(services.log());
    CheckOptions options;
    try {
      options = CheckOptions.parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      reporter.optionError(e.getMessage());
      return;
    }
    task.addTaskListener(
        new CompilationUnitListener(services, task.getElements(), options, checkers.apply(options), observer, reporter));
  }
}
