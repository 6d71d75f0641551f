package dev.pincheck.core.rules;

/** How a host reports a finding; {@link #OFF} drops it. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
