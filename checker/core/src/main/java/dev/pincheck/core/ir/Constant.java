package dev.pincheck.core.ir;

/**
 * A compile-time constant other than {@code null} and the booleans: a number, character or
 * string, named by its Java type and value ({@code int:1}, {@code java.lang.String:abc}). Equal
 * constants are one value, so {@code case 1} and a later {@code mode != 1} test the same thing.
 * Never a pin or a read-section index.
 */
public record Constant(String value) implements Operand {
  @Override
  public String toString() {
    return value;
  }
}
