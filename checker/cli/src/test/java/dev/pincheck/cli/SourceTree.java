package dev.pincheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small Java sources into a temporary directory for a real compile. */
final class SourceTree {
  private final Path root;

  SourceTree(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path write(String relativePath, String... lines) {
    Path file = root.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
