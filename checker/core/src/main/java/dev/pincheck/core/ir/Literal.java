package dev.pincheck.core.ir;

/**
 * The literals the analysis distinguishes; every other constant or untranslated expression
 * is {@link #UNKNOWN}, a value about which nothing is known.
 */
public enum Literal implements Operand {
  NULL,
  TRUE,
  FALSE,
  UNKNOWN
}
