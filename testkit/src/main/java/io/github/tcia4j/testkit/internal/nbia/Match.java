package io.github.tcia4j.testkit.internal.nbia;

import java.util.Locale;
import java.util.Optional;

/** Filter matching: an absent filter matches everything; an absent value matches no filter. */
final class Match {
  private Match() {}

  static boolean exact(Optional<String> filter, String value) {
    return filter.isEmpty() || filter.get().equals(value);
  }

  static boolean ignoreCase(Optional<String> filter, String value) {
    return filter.isEmpty() || upper(filter.get()).equals(upper(value));
  }

  static boolean ignoreCase(Optional<String> filter, Optional<String> value) {
    return filter.isEmpty() || value.map(v -> upper(v).equals(upper(filter.get()))).orElse(false);
  }

  static boolean by(boolean ignoreCase, Optional<String> filter, Optional<String> value) {
    if (ignoreCase) {
      return ignoreCase(filter, value);
    }
    return filter.isEmpty() || value.map(v -> v.equals(filter.get())).orElse(false);
  }

  static boolean by(boolean ignoreCase, Optional<String> filter, String value) {
    return ignoreCase ? ignoreCase(filter, value) : exact(filter, value);
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
