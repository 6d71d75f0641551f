package dev.pincheck.core.ir;

import java.util.List;

/**
 * A function value: a lambda, a method reference, or an object of a class implementing a
 * functional interface. {@link #implementations()} are what runs when it is called (the
 * lambda body; the referenced method; the class's functional-method implementations).
 */
public record FunctionRef(String description, List<CallTarget> implementations) {
  public FunctionRef {
    implementations = List.copyOf(implementations);
  }
}
