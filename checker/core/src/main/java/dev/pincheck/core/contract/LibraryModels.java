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
 * Contracts of library methods that cannot carry our annotations, kept apart from the
 * analysis as NullAway keeps its library models: the JDK's blocking calls
 * ({@code blocking-models.txt}), the containers that keep what they are given
 * ({@code storing-models.txt}) and the checks that return their argument
 * ({@code identity-models.txt}), one {@code type#method} per line.
 */
public final class LibraryModels {
  private static final Map<String, Set<String>> BLOCKING_BY_TYPE = load("blocking-models.txt");
  private static final Map<String, Set<String>> STORING_BY_TYPE = load("storing-models.txt");
  private static final Map<String, Set<String>> IDENTITY_BY_TYPE = load("identity-models.txt");

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

  /** Whether the call keeps its arguments in the receiver, like a field store (a list's add). */
  public static boolean storesArguments(List<String> ownerTypes, String method) {
    return matches(STORING_BY_TYPE, ownerTypes, method);
  }

  /** Whether the call returns its first argument (a null check such as requireNonNull). */
  public static boolean returnsFirstArgument(List<String> ownerTypes, String method) {
    return matches(IDENTITY_BY_TYPE, ownerTypes, method);
  }

  private static boolean matches(Map<String, Set<String>> models, List<String> ownerTypes, String method) {
    return ownerTypes.stream().anyMatch(type -> models.getOrDefault(type, Set.of()).contains(method));
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static Map<String, Set<String>> load(String resource) {
    Map<String, Set<String>> models = new HashMap<>();
    try (InputStream in = LibraryModels.class.getResourceAsStream(resource);
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
