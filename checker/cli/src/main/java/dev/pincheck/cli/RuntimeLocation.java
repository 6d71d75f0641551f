package dev.pincheck.cli;

import dev.pincheck.annotations.Pins;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where the pincheck runtime (the annotations and the API the checked code calls) is, so the
 * checked sources compile against it: the executable jar itself, or the runtime module's
 * classes or jar when running from a build.
 */
final class RuntimeLocation {
  private RuntimeLocation() {}

  static String runtimeClasspathEntry() throws CheckFailure {
    CodeSource source = Pins.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new CheckFailure("cannot locate the pincheck runtime classes (dev.pincheck.annotations)");
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new CheckFailure("cannot locate the pincheck runtime classes: " + source.getLocation(), e);
    }
  }
}
