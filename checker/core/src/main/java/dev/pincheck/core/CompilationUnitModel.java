package dev.pincheck.core;

import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.MethodBody;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One compilation unit as a front end hands it to the core: its bodies (methods,
 * constructors, initializers, lambdas, bodies of nested and anonymous classes) and the pins
 * its fields declare with {@code @Pins}, by field name.
 */
public record CompilationUnitModel(
    String fileName, List<MethodBody> bodies, Map<String, Set<PinKind>> declaredFieldPins) {
  public CompilationUnitModel {
    bodies = List.copyOf(bodies);
    declaredFieldPins = Map.copyOf(declaredFieldPins);
  }
}
