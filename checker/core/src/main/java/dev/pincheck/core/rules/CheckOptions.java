package dev.pincheck.core.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checker's options, parsed once for every host: {@code Rule:error|warning|off} per rule,
 * {@code -strictExceptions} (also follow unchecked exceptions from arbitrary calls) and
 * {@code -analyzeAll} (analyse every body, not only those that touch a contract: for testing
 * the checker itself on large code bases). Anything else is rejected with a message that
 * lists what is accepted.
 */
public record CheckOptions(Map<Rule, Severity> severities, boolean strictExceptions, boolean analyzeAll) {
  public static final CheckOptions DEFAULTS = new CheckOptions(Map.of(), false, false);
  public static final String STRICT_EXCEPTIONS = "-strictExceptions";
  public static final String ANALYZE_ALL = "-analyzeAll";

  public CheckOptions {
    severities = Map.copyOf(severities);
  }

  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /** Parses options given as separate words, e.g. {@code ["PinLeak:warning", "-strictExceptions"]}. */
  public static CheckOptions parse(List<String> words) {
    Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    boolean strict = false;
    boolean all = false;
    for (String word : words) {
      if (word.isBlank()) {
        continue;
      }
      if (word.equals(STRICT_EXCEPTIONS) || word.equals(ANALYZE_ALL)) {
        strict |= word.equals(STRICT_EXCEPTIONS);
        all |= word.equals(ANALYZE_ALL);
        continue;
      }
      int colon = word.indexOf(':');
      Rule rule = colon < 0 ? null : Rule.byName(word.substring(0, colon));
      if (rule == null) {
        throw new IllegalArgumentException(
            "pincheck: unknown option '" + word + "'. Accepted: " + STRICT_EXCEPTIONS + ", "
                + ANALYZE_ALL + " and <Rule>:error|warning|off, where <Rule> is one of " + ruleNames());
      }
      severities.put(rule, severity(word, word.substring(colon + 1)));
    }
    return new CheckOptions(severities, strict, all);
  }

  private static Severity severity(String word, String level) {
    return switch (level.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning", "warn" -> Severity.WARNING;
      case "off" -> Severity.OFF;
      default -> throw new IllegalArgumentException(
          "pincheck: unknown severity in '" + word + "': use error, warning or off");
    };
  }

  private static String ruleNames() {
    StringBuilder names = new StringBuilder();
    for (Rule rule : Rule.values()) {
      if (rule != Rule.INTERNAL_ERROR) {
        names.append(names.length() == 0 ? "" : ", ").append(rule.diagnosticName());
      }
    }
    return names.toString();
  }
}
