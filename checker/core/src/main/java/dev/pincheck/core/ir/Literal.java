package dev.pincheck.core.ir;

/**
 * The literals the analysis distinguishes: {@code null}, the booleans, any other compile-time
 * constant (a number or string: never a reference, a pin or a read-section index), and
 * {@link #UNKNOWN}, an untranslated expression about which nothing is known.
 */
public enum Literal implements Operand {
  NULL,
  TRUE,
  FALSE,
  CONSTANT,
  UNKNOWN
}
