package dev.pincheck.cli;

import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Turns the command-line options into the words of {@code -Xplugin:PinCheck <words>}
 * ({@code PinLeak:warning}, {@code -strictExceptions}) and rejects bad ones before javac runs,
 * so a typo is a usage error with a message naming the command-line option, not a javac error.
 */
final class PluginOptions {
  static final String PLUGIN_NAME = "PinCheck";

  private PluginOptions() {}

  /**
   * @param severities {@code Rule=level} or {@code Rule:level}, level one of error, warning, off
   * @throws IllegalArgumentException with a message for the user when a value is not accepted
   */
  static List<String> words(List<String> severities, boolean strictExceptions) {
    List<String> words = new ArrayList<>();
    for (String severity : severities) {
      words.add(severityWord(severity));
    }
    if (strictExceptions) {
      words.add(CheckOptions.STRICT_EXCEPTIONS);
    }
    CheckOptions.parse(words); // the plugin's own parser: the two must never disagree
    return words;
  }

  /** The javac option that loads the plugin with these words. */
  static String xplugin(List<String> words) {
    StringJoiner option = new StringJoiner(" ", "-Xplugin:", "");
    option.add(PLUGIN_NAME);
    words.forEach(option::add);
    return option.toString();
  }

  private static String severityWord(String value) {
    int separator = indexOfSeparator(value);
    if (separator <= 0 || separator == value.length() - 1) {
      throw new IllegalArgumentException(
          "--severity expects RULE=LEVEL (e.g. PinLeak=warning), got '" + value + "'");
    }
    String ruleName = value.substring(0, separator).trim();
    String level = value.substring(separator + 1).trim().toLowerCase(Locale.ROOT);
    Rule rule = Rule.byName(ruleName);
    if (rule == null) {
      throw new IllegalArgumentException(
          "--severity " + value + ": unknown rule '" + ruleName + "'. Rules: " + ruleNames());
    }
    if (level.equals("warn")) {
      level = "warning";
    }
    if (!level.equals("error") && !level.equals("warning") && !level.equals("off")) {
      throw new IllegalArgumentException(
          "--severity " + value + ": unknown level '" + level + "'. Levels: error, warning, off");
    }
    return rule.diagnosticName() + ":" + level;
  }

  private static int indexOfSeparator(String value) {
    int equals = value.indexOf('=');
    return equals >= 0 ? equals : value.indexOf(':');
  }

  static String ruleNames() {
    StringJoiner names = new StringJoiner(", ");
    for (Rule rule : Rule.values()) {
      names.add(rule.diagnosticName());
    }
    return names.toString();
  }
}
