package dev.pincheck.javac.plugin;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.rules.Finding;
import java.util.List;

/** Checks one translated compilation unit; in production, the core's engine. */
@FunctionalInterface
public interface UnitChecker {
  List<Finding> check(CompilationUnitModel unit);
}
