package dev.pincheck.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code .java} files under the paths given on the command line, in a stable order, each
 * once. Directories are searched recursively, skipping hidden ones ({@code .git}); a path is
 * kept as the user wrote it, so diagnostics name files the way javac would.
 */
record SourceFiles(List<Path> files) {
  SourceFiles {
    files = List.copyOf(files);
  }

  static SourceFiles under(List<Path> roots) throws CheckFailure {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new CheckFailure("no such file or directory: " + root);
      }
      if (Files.isDirectory(root)) {
        for (Path file : javaFilesIn(root)) {
          addOnce(file, files, seen);
        }
      } else if (isJavaFile(root)) {
        addOnce(root, files, seen);
      } else {
        throw new CheckFailure("not a .java file or a directory: " + root);
      }
    }
    if (files.isEmpty()) {
      throw new CheckFailure("no .java files under " + describe(roots));
    }
    return new SourceFiles(files);
  }

  int size() {
    return files.size();
  }

  private static List<Path> javaFilesIn(Path root) throws CheckFailure {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isJavaFile(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          throw e;
        }
      });
    } catch (IOException e) {
      throw new CheckFailure("cannot read " + root + ": " + e, e);
    }
    found.sort(null);
    return found;
  }

  private static boolean isJavaFile(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().endsWith(".java");
  }

  private static void addOnce(Path file, List<Path> files, Set<Path> seen) {
    // The same file reached through two arguments would be a "duplicate class" for javac.
    if (seen.add(file.toAbsolutePath().normalize())) {
      files.add(file);
    }
  }

  private static String describe(List<Path> roots) {
    return roots.size() == 1 ? roots.get(0).toString() : roots.toString();
  }
}
