package dev.pincheck.javac.cfg;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.pincheck.core.ir.SourcePos;

/**
 * Source positions of one compilation unit: the start offset of a tree, with its 1-based line
 * and column from the unit's line map.
 */
public final class Positions {
  private final LineMap lines;

  public Positions(CompilationUnitTree unit) {
    this.lines = unit.getLineMap();
  }

  /** The start offset of {@code tree}, or -1. */
  public static int start(Tree tree) {
    return tree == null ? -1 : TreeInfo.getStartPos((JCTree) tree);
  }

  /** The position of the start of {@code tree}. */
  public SourcePos of(Tree tree) {
    return at(start(tree));
  }

  public SourcePos at(int offset) {
    if (offset < 0 || lines == null) {
      return offset < 0 ? SourcePos.UNKNOWN : new SourcePos(offset, 0, 0);
    }
    return new SourcePos(
        offset, (int) lines.getLineNumber(offset), (int) lines.getColumnNumber(offset));
  }
}
