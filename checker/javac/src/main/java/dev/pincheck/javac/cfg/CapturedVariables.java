package dev.pincheck.javac.cfg;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The local variables and parameters of enclosing bodies that a lambda or a local or
 * anonymous class reads, in order of first use.
 */
final class CapturedVariables extends TreeScanner {
  private final Set<VarSymbol> declared = new HashSet<>();
  private final Set<VarSymbol> used = new LinkedHashSet<>();

  private CapturedVariables() {}

  static List<VarSymbol> of(Tree code) {
    CapturedVariables scanner = new CapturedVariables();
    scanner.scan((JCTree) code);
    List<VarSymbol> captured = new ArrayList<>();
    for (VarSymbol symbol : scanner.used) {
      if (!scanner.declared.contains(symbol)) {
        captured.add(symbol);
      }
    }
    return captured;
  }

  /** Whether the symbol is a local variable or parameter (not a field). */
  static boolean isLocal(Symbol symbol) {
    if (!(symbol instanceof VarSymbol)) {
      return false;
    }
    ElementKind kind = symbol.getKind();
    return kind == ElementKind.LOCAL_VARIABLE
        || kind == ElementKind.PARAMETER
        || kind == ElementKind.EXCEPTION_PARAMETER
        || kind == ElementKind.RESOURCE_VARIABLE
        || kind == ElementKind.BINDING_VARIABLE;
  }

  @Override
  public void visitVarDef(JCTree.JCVariableDecl tree) {
    if (tree.sym != null) {
      declared.add(tree.sym);
    }
    super.visitVarDef(tree);
  }

  @Override
  public void visitIdent(JCTree.JCIdent tree) {
    if (isLocal(tree.sym)) {
      used.add((VarSymbol) tree.sym);
    }
  }
}
