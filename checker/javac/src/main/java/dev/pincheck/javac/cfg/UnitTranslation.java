package dev.pincheck.javac.cfg;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeScanner;
import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.contract.ContractReader;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.Finding;
import dev.pincheck.core.rules.InternalErrors;
import dev.pincheck.core.rules.Rule;
import dev.pincheck.core.rules.Severity;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.contracts.AnnotationDataReader;
import dev.pincheck.javac.contracts.MethodNames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The translation of one compilation unit, fed one top-level class at a time (each right
 * after javac analysed it, while its trees are intact). A body that fails to translate
 * becomes one internal-error finding and the others go on.
 */
public final class UnitTranslation {
  private final CompilationUnitTree unit;
  private final BodyObserver observer;
  private final BodyTranslator translator;
  private final RelevanceFilter filter;
  private final boolean everyBody;
  private final List<MethodBody> bodies = new ArrayList<>();
  private final Map<String, Set<PinKind>> fieldPins = new LinkedHashMap<>();
  private final List<Finding> failures = new ArrayList<>();

  /** {@code everyBody}: lower every body, not only those the relevance filter selects. */
  public UnitTranslation(
      JavacServices services, CompilationUnitTree unit, BodyObserver observer, boolean everyBody) {
    this.unit = unit;
    this.observer = observer;
    this.everyBody = everyBody;
    this.translator = new BodyTranslator(services, unit);
    this.filter = new RelevanceFilter(services, topLevelClasses(unit));
  }

  /** The classes declared at the top level of {@code unit}. */
  public static Set<ClassSymbol> topLevelClasses(CompilationUnitTree unit) {
    Set<ClassSymbol> classes = new HashSet<>();
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof JCTree.JCClassDecl decl && decl.sym != null) {
        classes.add(decl.sym);
      }
    }
    return classes;
  }

  /** Translates the bodies of one top-level class of the unit. */
  public void translate(ClassTree topLevel) {
    ClassSymbol symbol = ((JCTree.JCClassDecl) topLevel).sym;
    List<BodySource> selected;
    try {
      collectFieldPins((JCTree) topLevel);
      TreePath path = new TreePath(new TreePath(unit), topLevel);
      List<BodySource> found = BodyFinder.find(path);
      selected = everyBody ? found : filter.select(symbol, found);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      fail(String.valueOf(symbol), Positions.start(topLevel), e);
      return;
    }
    for (BodySource body : selected) {
      String name = String.valueOf(symbol);
      try {
        name = translator.displayName(body);
        observer.lowering(name);
        bodies.add(translator.translate(body));
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        fail(name, Positions.start(body.path().getLeaf()), e);
      }
    }
  }

  public CompilationUnitModel model() {
    return new CompilationUnitModel(unit.getSourceFile().getName(), bodies, fieldPins);
  }

  /** One {@link Rule#INTERNAL_ERROR} warning per body that could not be translated. */
  public List<Finding> failures() {
    return List.copyOf(failures);
  }

  private void fail(String method, int offset, Throwable error) {
    SourcePos pos = new Positions(unit).at(offset);
    failures.add(new Finding(
        Rule.INTERNAL_ERROR,
        Severity.WARNING,
        pos,
        InternalErrors.message(method, unit.getSourceFile().getName(), error),
        method));
  }


  private void collectFieldPins(JCTree topLevel) {
    new TreeScanner() {
      @Override
      public void visitVarDef(JCTree.JCVariableDecl tree) {
        if (tree.sym != null && tree.sym.getKind() == ElementKind.FIELD) {
          Set<PinKind> kinds = ContractReader.fieldPins(AnnotationDataReader.read(tree.sym));
          if (!kinds.isEmpty()) {
            String field = AccessPath.fieldName(
                MethodNames.binaryName(MethodNames.ownerClass(tree.sym)), tree.name.toString());
            fieldPins.computeIfAbsent(field, n -> EnumSet.noneOf(PinKind.class)).addAll(kinds);
          }
        }
        super.visitVarDef(tree);
      }
    }.scan(topLevel);
  }
}
