package dev.pincheck.core.ir;

/**
 * Identifies a method, constructor or lambda body across a compilation, so call sites can
 * find the inferred summary of a body compiled with them. Front ends build it from the
 * owner's binary name, the method name and an erased signature ({@code p.Dev#flush()}).
 */
public record MethodKey(String id) {
  @Override
  public String toString() {
    return id;
  }
}
