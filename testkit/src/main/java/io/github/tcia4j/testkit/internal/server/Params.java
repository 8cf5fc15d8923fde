package io.github.tcia4j.testkit.internal.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ordered, multi-valued parameters (query string or form body). Names are case-sensitive, as on
 * the real server; {@code +} and {@code %20} both decode to a space.
 */
public final class Params {
  private static final Params EMPTY = new Params(List.of());
  private final List<Map.Entry<String, String>> entries;

  private Params(List<Map.Entry<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * No parameters.
   *
   * @return the empty set
   */
  public static Params empty() {
    return EMPTY;
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text (a query string or a form body).
   *
   * @param raw the raw text, may be empty
   * @return the parameters in order
   * @throws IllegalArgumentException if a {@code %} escape is malformed
   */
  public static Params parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return EMPTY;
    }
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (String piece : raw.split("&")) {
      if (piece.isEmpty()) {
        continue;
      }
      int eq = piece.indexOf('=');
      String name = eq < 0 ? piece : piece.substring(0, eq);
      String value = eq < 0 ? "" : piece.substring(eq + 1);
      list.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return new Params(list);
  }

  /**
   * The first value of a parameter.
   *
   * @param name the exact name
   * @return the value, or empty when absent
   */
  public Optional<String> first(String name) {
    for (Map.Entry<String, String> e : entries) {
      if (e.getKey().equals(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The first value of a parameter when it is present and not empty (how NBIA treats optional
   * filters).
   *
   * @param name the exact name
   * @return the value, or empty
   */
  public Optional<String> nonEmpty(String name) {
    return first(name).filter(v -> !v.isEmpty());
  }

  /**
   * Every value of a parameter, in order.
   *
   * @param name the exact name
   * @return the values
   */
  public List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : entries) {
      if (e.getKey().equals(name)) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  /**
   * The distinct names, in order of first appearance.
   *
   * @return the names
   */
  public Set<String> names() {
    Set<String> s = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : entries) {
      s.add(e.getKey());
    }
    return s;
  }

  /**
   * Whether there are no parameters.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The parameters as an ordered map of value lists, with the values of secret names replaced.
   *
   * @param secretNames names whose values become {@code <redacted>}
   * @return the map
   */
  public Map<String, List<String>> toMap(Set<String> secretNames) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      String v = secretNames.contains(e.getKey()) ? "<redacted>" : e.getValue();
      m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(v);
    }
    return m;
  }
}
