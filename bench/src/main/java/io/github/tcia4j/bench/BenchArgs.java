package io.github.tcia4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} command-line options of the benchmarks, with defaults. */
final class BenchArgs {
  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * Reads the arguments.
   *
   * @param args pairs {@code --name value}
   * @throws IllegalArgumentException when an argument is not such a pair
   */
  BenchArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected options as pairs '--name value', got '" + args[i] + "'");
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  /**
   * Returns a text option.
   *
   * @param name the option name without {@code --}
   * @param fallback the default
   * @return the value
   */
  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /**
   * Returns a whole-number option; {@code _} and {@code ,} may group digits.
   *
   * @param name the option name without {@code --}
   * @param fallback the default
   * @return the value
   * @throws IllegalArgumentException when the value is not a number
   */
  long number(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'", e);
    }
  }

  /**
   * Returns an integer option.
   *
   * @param name the option name without {@code --}
   * @param fallback the default
   * @return the value
   */
  int integer(String name, int fallback) {
    return Math.toIntExact(number(name, fallback));
  }
}
