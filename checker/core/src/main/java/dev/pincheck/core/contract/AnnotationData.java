package dev.pincheck.core.contract;

import java.util.List;
import java.util.Map;

/**
 * An annotation as a front end found it, independent of the host's model: its qualified type
 * name and its explicitly given elements. Element values are {@link String} (enum constants
 * by simple name), {@link Boolean}, {@link Number} or a {@link List} of those.
 */
public record AnnotationData(String type, Map<String, Object> values) {
  public AnnotationData {
    values = Map.copyOf(values);
  }

  public String string(String element, String fallback) {
    Object value = values.get(element);
    return value == null ? fallback : value.toString();
  }

  public boolean bool(String element, boolean fallback) {
    Object value = values.get(element);
    return value instanceof Boolean b ? b : fallback;
  }

  /** The element as a list of strings: a single value becomes a one-element list. */
  public List<String> strings(String element) {
    Object value = values.get(element);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    return List.of(value.toString());
  }
}
