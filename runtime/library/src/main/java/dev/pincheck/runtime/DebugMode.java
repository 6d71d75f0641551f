package dev.pincheck.runtime;

/**
 * Whether the runtime also checks at run time what the checker finds at compile time
 * (self-deadlocks on a grace period, read-section index misuse). Read once, from the system
 * property {@value #PROPERTY}, so the checks cost nothing when it is off (the default).
 */
final class DebugMode {
  static final String PROPERTY = "pincheck.debug";

  static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

  private DebugMode() {}
}
