package io.github.tcia4j.common.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns cell values into CSV text and JSON text, the same way for every exporter and for the
 * table search.
 *
 * <ul>
 *   <li>{@code null} is an empty cell in CSV and {@code null} in JSON;
 *   <li>{@code Optional} and its primitive variants are unwrapped;
 *   <li>integral numbers are written as is, {@code BigDecimal} as {@code toPlainString()},
 *       {@code double}/{@code float} as Java prints them but never with an exponent; NaN and
 *       infinities are {@code NaN}/{@code Infinity} in CSV and {@code null} in JSON;
 *   <li>dates and times are ISO-8601 ({@code 2003-12-12}, {@code 2003-12-12T00:00:00},
 *       {@code 2020-01-01T10:00:00+01:00}, {@code 2020-01-01T09:00:00Z});
 *   <li>enums are written by {@code name()};
 *   <li>collections and arrays are JSON arrays, in CSV their elements joined with {@code ", "};
 *   <li>maps and records are JSON objects (records in component order, named as their columns),
 *       in CSV their compact JSON text;
 *   <li>anything else is written by {@code toString()}.
 * </ul>
 */
public final class ExportCells {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ExportCells() {}

  /**
   * Returns the text of a value for one CSV cell (not yet quoted).
   *
   * @param value the value, may be {@code null}
   * @return the cell text, empty for {@code null}
   */
  public static String csvText(Object value) {
    Object v = unwrap(value);
    if (v == null) {
      return "";
    }
    if (v instanceof CharSequence || v instanceof Character) {
      return v.toString();
    }
    if (v instanceof Number number) {
      return numberText(number).orElseGet(() -> nonFiniteText(number));
    }
    if (v instanceof Collection<?> || v.getClass().isArray()) {
      StringBuilder sb = new StringBuilder();
      Iterator<?> it = elements(v);
      while (it.hasNext()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(csvText(it.next()));
      }
      return sb.toString();
    }
    if (v instanceof Map<?, ?> || v instanceof Record) {
      StringBuilder sb = new StringBuilder();
      appendJson(v, sb);
      return sb.toString();
    }
    return scalarText(v);
  }

  /**
   * Appends the compact JSON form of a value.
   *
   * @param value the value, may be {@code null}
   * @param out where to append
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void writeJson(Object value, Appendable out) {
    try {
      json(value, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Appends a JSON string literal, quoted and escaped. Non-ASCII characters are kept as they are;
   * only quotes, backslashes and control characters are escaped.
   *
   * @param text the text
   * @param out where to append
   * @throws IOException if {@code out} fails
   */
  public static void appendJsonString(CharSequence text, Appendable out) throws IOException {
    out.append('"');
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '\\' && c >= 0x20) {
        continue;
      }
      out.append(text, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, start, length);
    out.append('"');
  }

  private static void appendJson(Object value, StringBuilder sb) {
    try {
      json(value, sb);
    } catch (IOException e) {
      throw new IllegalStateException("StringBuilder cannot fail", e);
    }
  }

  private static void json(Object value, Appendable out) throws IOException {
    Object v = unwrap(value);
    if (v == null) {
      out.append("null");
    } else if (v instanceof Boolean) {
      out.append(v.toString());
    } else if (v instanceof Number number) {
      Optional<String> text = numberText(number);
      out.append(text.isPresent() ? text.get() : "null");
    } else if (v instanceof CharSequence text) {
      appendJsonString(text, out);
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        appendJsonString(String.valueOf(e.getKey()), out);
        out.append(':');
        json(e.getValue(), out);
      }
      out.append('}');
    } else if (v instanceof Record) {
      out.append('{');
      boolean first = true;
      for (RecordColumnReader.RecordColumn column : RecordColumnReader.columns(v.getClass())) {
        if (!first) {
          out.append(',');
        }
        first = false;
        appendJsonString(column.name(), out);
        out.append(':');
        json(column.read(v), out);
      }
      out.append('}');
    } else if (v instanceof Collection<?> || v.getClass().isArray()) {
      out.append('[');
      Iterator<?> it = elements(v);
      boolean first = true;
      while (it.hasNext()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        json(it.next(), out);
      }
      out.append(']');
    } else {
      appendJsonString(scalarText(v), out);
    }
  }

  /** Unwraps optionals (repeatedly); returns null for an empty optional. */
  private static Object unwrap(Object value) {
    Object v = value;
    while (true) {
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      } else if (v instanceof OptionalInt o) {
        return o.isPresent() ? (Object) o.getAsInt() : null;
      } else if (v instanceof OptionalLong o) {
        return o.isPresent() ? (Object) o.getAsLong() : null;
      } else if (v instanceof OptionalDouble o) {
        return o.isPresent() ? (Object) o.getAsDouble() : null;
      } else {
        return v;
      }
    }
  }

  /** Text of a scalar that is neither a number, a container nor null. */
  private static String scalarText(Object v) {
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof LocalDateTime t) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
    }
    if (v instanceof LocalDate t) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(t);
    }
    if (v instanceof LocalTime t) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
    }
    if (v instanceof OffsetDateTime t) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (v instanceof ZonedDateTime t) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (v instanceof Instant t) {
      return DateTimeFormatter.ISO_INSTANT.format(t);
    }
    if (v instanceof Date d) {
      return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(d.getTime()));
    }
    return v.toString();
  }

  /**
   * Returns the plain text of a finite number, or empty for NaN and infinities.
   *
   * @param number the number
   * @return its text without exponent, or empty when it is not finite
   */
  public static Optional<String> numberText(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte || number instanceof BigInteger || number instanceof AtomicInteger
        || number instanceof AtomicLong) {
      return Optional.of(number.toString());
    }
    if (number instanceof BigDecimal d) {
      return Optional.of(d.toPlainString());
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Optional.empty();
      }
      return Optional.of(withoutExponent(number.toString()));
    }
    String text = number.toString();
    try {
      return Optional.of(new BigDecimal(text).toPlainString());
    } catch (NumberFormatException e) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Optional.empty();
      }
      return Optional.of(withoutExponent(Double.toString(d)));
    }
  }

  private static String withoutExponent(String javaText) {
    if (javaText.indexOf('E') < 0) {
      return javaText;
    }
    return new BigDecimal(javaText).stripTrailingZeros().toPlainString();
  }

  private static String nonFiniteText(Number number) {
    return Double.toString(number.doubleValue());
  }

  private static Iterator<?> elements(Object container) {
    if (container instanceof Collection<?> c) {
      return c.iterator();
    }
    int length = Array.getLength(container);
    return new Iterator<>() {
      private int index;

      @Override
      public boolean hasNext() {
        return index < length;
      }

      @Override
      public Object next() {
        if (index >= length) {
          throw new java.util.NoSuchElementException();
        }
        return Array.get(container, index++);
      }
    };
  }
}
