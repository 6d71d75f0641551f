package dev.pincheck.core.analysis;

/**
 * Keys that identify SRCU domains within one path: a named global domain, or the symbolic
 * value of an {@code Srcu} object (equal keys mean the same domain, by alias or field read).
 */
final class Domains {
  private Domains() {}

  static String named(String name) {
    return "named:" + name;
  }

  static String ofValue(int value) {
    return "value:" + value;
  }

  static boolean isNamed(String key) {
    return key.startsWith("named:");
  }

  static String label(String key, String description) {
    return isNamed(key) ? "the " + key.substring("named:".length()) + " SRCU domain" : description;
  }
}
