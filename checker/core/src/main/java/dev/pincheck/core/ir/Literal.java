package dev.pincheck.core.ir;

/**
 * The literals the analysis knows by name: {@code null}, the booleans, and {@link #UNKNOWN}, an
 * untranslated expression about which nothing is known. Other constants are {@link Constant}s.
 */
public enum Literal implements Operand {
  NULL,
  TRUE,
  FALSE,
  UNKNOWN
}
