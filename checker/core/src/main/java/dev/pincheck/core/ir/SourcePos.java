package dev.pincheck.core.ir;

/**
 * A place in the checked source file: the character offset the host uses to place a
 * diagnostic, and the line and column that messages quote ("taken at line 12").
 */
public record SourcePos(int offset, int line, int column) {
  public static final SourcePos UNKNOWN = new SourcePos(-1, 0, 0);
}
