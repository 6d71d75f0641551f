package dev.pincheck.javac.plugin;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The source ranges of declarations (classes, methods, local variables, fields) annotated
 * {@code @SuppressWarnings} with a rule name or {@code "pincheck"}. Recorded while a class's
 * trees are intact; asked when the unit's findings are reported.
 */
final class SuppressionIndex {
  static final String ALL = "pincheck";

  private record Range(int start, int end, Set<String> names) {}

  private final List<Range> ranges = new ArrayList<>();

  /** Records the suppressing declarations in {@code tree}. */
  void add(JCTree tree, EndPosTable endPositions) {
    new TreeScanner() {
      @Override
      public void visitClassDef(JCTree.JCClassDecl decl) {
        record(decl, decl.sym);
        super.visitClassDef(decl);
      }

      @Override
      public void visitMethodDef(JCTree.JCMethodDecl decl) {
        record(decl, decl.sym);
        super.visitMethodDef(decl);
      }

      @Override
      public void visitVarDef(JCTree.JCVariableDecl decl) {
        record(decl, decl.sym);
        super.visitVarDef(decl);
      }

      private void record(JCTree decl, Symbol symbol) {
        SuppressWarnings suppress = symbol == null ? null : symbol.getAnnotation(SuppressWarnings.class);
        if (suppress != null && suppress.value().length > 0) {
          ranges.add(new Range(TreeInfo.getStartPos(decl), end(decl, endPositions), Set.of(suppress.value())));
        }
      }
    }.scan(tree);
  }

  /** Whether a finding of {@code rule} at {@code offset} is suppressed. */
  boolean suppresses(int offset, String rule) {
    for (Range range : ranges) {
      if (offset >= range.start && offset <= range.end
          && (range.names.contains(rule) || range.names.contains(ALL))) {
        return true;
      }
    }
    return false;
  }

  /** The end of a declaration: from the end-position table when javac keeps one, else the furthest position inside it. */
  private static int end(JCTree decl, EndPosTable endPositions) {
    if (endPositions != null) {
      int end = TreeInfo.getEndPos(decl, endPositions);
      if (end >= 0) {
        return end;
      }
    }
    int[] max = {decl.pos};
    new TreeScanner() {
      @Override
      public void scan(JCTree tree) {
        if (tree != null) {
          max[0] = Math.max(max[0], Math.max(tree.pos, TreeInfo.endPos(tree)));
          super.scan(tree);
        }
      }
    }.scan(decl);
    return max[0];
  }
}
