package io.github.tcia4j.testkit;

import io.github.tcia4j.testkit.internal.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses sandbox answers in tests (the writer is checked on raw text elsewhere). */
final class Json {
  private Json() {}

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(String body) {
    Object v = JsonReader.parse(body);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      out.add((Map<String, Object>) o);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String body) {
    return (Map<String, Object>) JsonReader.parse(body);
  }

  static List<String> column(String body, String key) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : rows(body)) {
      Object v = r.get(key);
      out.add(v == null ? null : v.toString());
    }
    return out;
  }
}
