package dev.pincheck.javac.cfg;

/**
 * Told before each body is lowered. Production code passes {@link #NONE}; tests use it to
 * make one body fail and check that the failure stays contained.
 */
@FunctionalInterface
public interface BodyObserver {
  BodyObserver NONE = displayName -> {};

  void lowering(String displayName);
}
