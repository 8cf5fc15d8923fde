package io.github.tcia4j.testkit.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * A tiny compact JSON writer for the sandbox's own answers.
 *
 * <p>Values are {@code null}, {@link CharSequence}, {@link Number}, {@link Boolean}, {@link Map}
 * (keys in iteration order) and {@link Collection}. Numbers are written the way Jettison's
 * {@code JSONObject.numberToString} writes them: a decimal value loses trailing zeros and a
 * trailing decimal point ({@code 500.000000} becomes {@code 500}), which is how NBIA's
 * {@code decimal(22,6)} series numbers reach JSON as plain integers.
 */
public final class JsonWriter {
  private final boolean omitNulls;

  private JsonWriter(boolean omitNulls) {
    this.omitNulls = omitNulls;
  }

  /**
   * A writer that keeps map entries whose value is {@code null} (Jackson's default).
   *
   * @return the writer
   */
  public static JsonWriter keepingNulls() {
    return new JsonWriter(false);
  }

  /**
   * A writer that leaves out map entries whose value is {@code null} (Jettison, Jackson
   * {@code NON_NULL}).
   *
   * @return the writer
   */
  public static JsonWriter omittingNulls() {
    return new JsonWriter(true);
  }

  /**
   * Writes one value as compact JSON text.
   *
   * @param value the value
   * @return the JSON text
   */
  public String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    append(out, value);
    return out.toString();
  }

  /**
   * Appends one value as compact JSON text.
   *
   * @param out where to append
   * @param value the value
   */
  public void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence) {
      quote(out, value.toString());
    } else if (value instanceof Boolean) {
      out.append(value.toString());
    } else if (value instanceof Number) {
      out.append(number((Number) value));
    } else if (value instanceof Map) {
      appendObject(out, (Map<?, ?>) value);
    } else if (value instanceof Collection) {
      appendArray(out, (Collection<?>) value);
    } else if (value instanceof JsonValue) {
      out.append(((JsonValue) value).toJson());
    } else {
      quote(out, value.toString());
    }
  }

  private void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() == null && omitNulls) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, String.valueOf(e.getKey()));
      out.append(':');
      append(out, e.getValue());
    }
    out.append('}');
  }

  private void appendArray(StringBuilder out, Collection<?> values) {
    out.append('[');
    boolean first = true;
    for (Object v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      append(out, v);
    }
    out.append(']');
  }

  /**
   * Formats a number like Jettison: integers as they are, decimals without trailing zeros.
   *
   * @param n the number
   * @return the JSON number text
   * @throws IllegalArgumentException if the number is infinite or NaN (JSON cannot hold it)
   */
  public static String number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger) {
      return n.toString();
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON cannot hold the number " + d);
      }
    }
    String s = n instanceof BigDecimal ? ((BigDecimal) n).toPlainString() : n.toString();
    if (s.indexOf('.') > 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
      while (s.endsWith("0")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  /**
   * Appends a JSON string literal.
   *
   * @param out where to append
   * @param s the string
   */
  public static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
