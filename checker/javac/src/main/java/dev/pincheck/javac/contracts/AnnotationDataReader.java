package dev.pincheck.javac.contracts;

import dev.pincheck.core.contract.AnnotationData;
import dev.pincheck.core.contract.ContractReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Turns the annotation mirrors javac keeps on a symbol (read from source or from class files)
 * into host-independent {@link AnnotationData}: enum constants by simple name, booleans,
 * numbers and strings as they are, arrays as lists. Only explicitly given elements are kept.
 */
public final class AnnotationDataReader {
  private AnnotationDataReader() {}

  /** The contract annotations declared on {@code element}; others are not converted. */
  public static List<AnnotationData> read(Element element) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return List.of();
    }
    List<AnnotationData> result = new ArrayList<>(mirrors.size());
    for (AnnotationMirror mirror : mirrors) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (ContractReader.isContractAnnotation(type.getQualifiedName().toString())) {
        result.add(convert(mirror));
      }
    }
    return result;
  }

  /** One annotation mirror as data. */
  public static AnnotationData convert(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), value(entry.getValue().getValue()));
    }
    return new AnnotationData(type.getQualifiedName().toString(), values);
  }

  private static Object value(Object raw) {
    if (raw instanceof VariableElement constant) {
      return constant.getSimpleName().toString();
    }
    if (raw instanceof List<?> list) {
      List<Object> values = new ArrayList<>(list.size());
      for (Object item : list) {
        values.add(value(item instanceof AnnotationValue v ? v.getValue() : item));
      }
      return List.copyOf(values);
    }
    if (raw instanceof Boolean || raw instanceof Number || raw instanceof String) {
      return raw;
    }
    return String.valueOf(raw);
  }
}
