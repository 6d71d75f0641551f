package dev.pincheck.core;

import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import java.util.List;

/**
 * The one entry point every front end calls: checks the bodies of one compilation unit
 * against all rules and returns the findings, after severities and never throwing.
 */
public final class PinCheckEngine {
  private final CheckOptions options;

  public PinCheckEngine(CheckOptions options) {
    this.options = options;
  }

  public List<Finding> check(CompilationUnitModel unit) {
    return List.of();
  }
}
