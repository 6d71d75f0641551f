package dev.pincheck.javac.plugin;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.tree.JCTree;
import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.InternalErrors;
import dev.pincheck.core.rules.Rule;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.cfg.BodyObserver;
import dev.pincheck.javac.cfg.UnitTranslation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Runs pincheck per compilation unit. javac reports {@code ANALYZE} once per top-level class
 * and, by default, lowers a class before analysing the next one of the same file, so each
 * class is translated as soon as it is analysed; once every top-level class of the unit is,
 * the unit is checked on its own and its findings reported. Nothing thrown here reaches javac.
 */
final class CompilationUnitListener implements TaskListener {
  private static final String CONTRACT_ANNOTATION = "dev.pincheck.annotations.Pins";

  private final JavacServices services;
  private final Elements elements;
  private final CheckOptions options;
  private final UnitChecker checker;
  private final BodyObserver observer;
  private final DiagnosticReporter reporter;
  private final Map<CompilationUnitTree, PendingUnit> pending = new IdentityHashMap<>();
  private Boolean contractsVisible;

  CompilationUnitListener(
      JavacServices services,
      Elements elements,
      CheckOptions options,
      UnitChecker checker,
      BodyObserver observer,
      DiagnosticReporter reporter) {
    this.services = services;
    this.elements = elements;
    this.options = options;
    this.checker = checker;
    this.observer = observer;
    this.reporter = reporter;
  }

  /** A unit some of whose top-level classes are still to be analysed. */
  private static final class PendingUnit {
    final UnitTranslation translation;
    final SuppressionIndex suppressions = new SuppressionIndex();
    final Set<ClassSymbol> remaining;

    PendingUnit(UnitTranslation translation, Set<ClassSymbol> remaining) {
      this.translation = translation;
      this.remaining = remaining;
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE
        || event.getCompilationUnit() == null
        || !(event.getTypeElement() instanceof ClassSymbol analysed)) {
      return;
    }
    CompilationUnitTree unit = event.getCompilationUnit();
    try {
      if (options.analyzeAll() || contractsVisible()) {
        analysed(unit, analysed);
      }
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      pending.remove(unit);
      reportInternalError(unit, String.valueOf(analysed), e);
    }
  }

  /** Without the annotations on the class path no method can have a contract: skip all. */
  private boolean contractsVisible() {
    if (contractsVisible == null) {
      contractsVisible = elements.getTypeElement(CONTRACT_ANNOTATION) != null;
    }
    return contractsVisible;
  }

  private void analysed(CompilationUnitTree unit, ClassSymbol analysed) {
    ClassTree tree = topLevelTree(unit, analysed);
    if (tree == null) {
      return;
    }
    PendingUnit state = pending.get(unit);
    if (state == null) {
      state = new PendingUnit(
          new UnitTranslation(services, unit, observer, options.analyzeAll()),
          new HashSet<>(UnitTranslation.topLevelClasses(unit)));
      pending.put(unit, state);
    }
    state.suppressions.add((JCTree) tree, ((JCTree.JCCompilationUnit) unit).endPositions);
    state.translation.translate(tree);
    state.remaining.remove(analysed);
    if (state.remaining.isEmpty()) {
      pending.remove(unit);
      check(unit, state);
    }
  }

  private static ClassTree topLevelTree(CompilationUnitTree unit, ClassSymbol symbol) {
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof JCTree.JCClassDecl decl && decl.sym == symbol) {
        return decl;
      }
    }
    return null;
  }

  private void check(CompilationUnitTree unit, PendingUnit state) {
    List<Finding> findings = new ArrayList<>();
    for (Finding failure : state.translation.failures()) {
      findings.add(withInternalErrorSeverity(failure));
    }
    CompilationUnitModel model = state.translation.model();
    if (!model.bodies().isEmpty()) {
      try {
        findings.addAll(checker.check(model));
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        findings.add(internalError(unit, unitName(unit), SourcePos.UNKNOWN, e));
      }
    }
    for (Finding finding : findings) {
      if (!state.suppressions.suppresses(finding.pos().offset(), finding.rule().diagnosticName())) {
        reporter.report(unit.getSourceFile(), finding);
      }
    }
  }

  private Finding withInternalErrorSeverity(Finding failure) {
    return new Finding(failure.rule(), options.severityOf(Rule.INTERNAL_ERROR), failure.pos(),
        failure.message(), failure.method());
  }

  private Finding internalError(CompilationUnitTree unit, String what, SourcePos pos, Throwable e) {
    String message = InternalErrors.message(what, unit.getSourceFile().getName(), e);
    return new Finding(Rule.INTERNAL_ERROR, options.severityOf(Rule.INTERNAL_ERROR), pos, message, what);
  }

  private void reportInternalError(CompilationUnitTree unit, String what, Throwable e) {
    try {
      reporter.report(unit.getSourceFile(), internalError(unit, what, SourcePos.UNKNOWN, e));
    } catch (RuntimeException ignored) {
      // never break the host
    }
  }

  private static String unitName(CompilationUnitTree unit) {
    List<String> names = new ArrayList<>();
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree type) {
        names.add(type.getSimpleName().toString());
      }
    }
    return String.join(", ", names);
  }
}
