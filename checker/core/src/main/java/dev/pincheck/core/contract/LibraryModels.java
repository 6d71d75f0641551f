package dev.pincheck.core.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contracts of library methods that cannot carry our annotations (the JDK's blocking calls),
 * kept apart from the analysis as NullAway keeps its library models. Read from
 * {@code blocking-models.txt}: one {@code type#method} per line.
 */
public final class LibraryModels {
  private static final Map<String, Set<String>> BLOCKING_BY_TYPE = load();

  private LibraryModels() {}

  /** Why a call to {@code method} declared in or inherited by {@code ownerTypes} may block, or null. */
  public static String blockingReason(List<String> ownerTypes, String method) {
    for (String type : ownerTypes) {
      if (BLOCKING_BY_TYPE.getOrDefault(type, Set.of()).contains(method)) {
        return "is a blocking JDK call (" + simple(type) + "." + method + ")";
      }
    }
    return null;
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> models = new HashMap<>();
    try (InputStream in = LibraryModels.class.getResourceAsStream("blocking-models.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int hash = line.indexOf('#');
        models.computeIfAbsent(line.substring(0, hash), k -> new java.util.HashSet<>())
            .add(line.substring(hash + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    models.replaceAll((type, methods) -> Set.copyOf(methods));
    return Map.copyOf(models);
  }
}
