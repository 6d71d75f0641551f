package dev.pincheck.javac.contracts;

import dev.pincheck.core.contract.AnnotationData;
import dev.pincheck.core.contract.PinKind;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The pins a field declares with {@code @Pins}: which kind of pin the object owns through it.
 * Without the annotation the engine infers the kind from the stores it sees in the unit.
 */
public final class FieldPins {
  private static final String PINS = "dev.pincheck.annotations.Pins";

  private FieldPins() {}

  /** The kinds named by the field's {@code @Pins}, empty when it has none. */
  public static Set<PinKind> of(VariableElement field) {
    Set<PinKind> kinds = EnumSet.noneOf(PinKind.class);
    for (AnnotationData annotation : AnnotationDataReader.read(field)) {
      if (annotation.type().equals(PINS)) {
        for (String name : annotation.strings("value")) {
          kinds.add(PinKind.valueOf(name.substring(name.lastIndexOf('.') + 1)));
        }
      }
    }
    return kinds;
  }
}
