package io.github.tcia4j.common.internal;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a JSON array of objects into ordered rows with a JSON-P streaming parser. Keys keep their
 * order; integral numbers that fit become {@code Long}, other numbers {@code BigDecimal}; nested
 * arrays and objects become {@code List} and {@code Map}. All returned collections are
 * unmodifiable.
 */
public final class JsonRowReader {
  private JsonRowReader() {}

  /** Thrown when an array element is not an object; the caller turns it into a decode error. */
  public static final class NotAnObjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which element was wrong and what it was
     */
    public NotAnObjectException(String message) {
      super(message);
    }
  }

  /**
   * Reads the rows. The parser must be positioned before the start of the array.
   *
   * @param parser the parser
   * @return the rows, in order
   * @throws NotAnObjectException if the top-level value is not an array or an element is not an
   *     object
   * @throws jakarta.json.JsonException if the text is not valid JSON
   */
  public static List<Map<String, Object>> readRows(JsonParser parser) {
    List<Map<String, Object>> rows = new ArrayList<>();
    forEachRow(parser, rows::add);
    return Collections.unmodifiableList(rows);
  }

  /**
   * Reads the rows one at a time and hands each to {@code sink} as soon as it is complete, so the
   * caller can convert or drop it before the next one is read. Keys, and short string values that
   * repeat (collection names, licences, manufacturers), are shared between rows instead of being
   * allocated again for every row.
   *
   * @param parser the parser, positioned before the start of the array
   * @param sink receives each row
   * @return the number of rows
   * @throws NotAnObjectException if the top-level value is not an array or an element is not an
   *     object
   * @throws jakarta.json.JsonException if the text is not valid JSON
   */
  public static long forEachRow(JsonParser parser, Consumer<? super Map<String, Object>> sink) {
    Event event = parser.next();
    if (event != Event.START_ARRAY) {
      throw new NotAnObjectException("the body is " + kind(event) + ", not a JSON array");
    }
    Strings strings = new Strings();
    long index = 0;
    while ((event = parser.next()) != Event.END_ARRAY) {
      if (event != Event.START_OBJECT) {
        throw new NotAnObjectException("element " + index + " of the array is " + kind(event)
            + ", not a JSON object");
      }
      sink.accept(readObject(parser, strings));
      index++;
    }
    if (parser.hasNext()) {
      parser.next();
    }
    return index;
  }

  private static Map<String, Object> readObject(JsonParser parser, Strings strings) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (parser.next() != Event.END_OBJECT) {
      String key = strings.shared(parser.getString(), Integer.MAX_VALUE);
      map.put(key, readValue(parser, parser.next(), strings));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object readValue(JsonParser parser, Event event, Strings strings) {
    switch (event) {
      case START_OBJECT:
        return readObject(parser, strings);
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        Event e;
        while ((e = parser.next()) != Event.END_ARRAY) {
          list.add(readValue(parser, e, strings));
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_STRING:
        return strings.shared(parser.getString(), Strings.MAX_SHARED_VALUE_LENGTH);
      case VALUE_NUMBER:
        return number(parser);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("Unexpected JSON event " + event);
    }
  }

  private static Object number(JsonParser parser) {
    BigDecimal value = parser.getBigDecimal();
    if (parser.isIntegralNumber()) {
      try {
        return value.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return value;
      }
    }
    return value;
  }

  /** A bounded pool of strings shared between the rows of one document. */
  private static final class Strings {
    /** Longer values (UIDs, descriptions) are rarely repeated and are not pooled. */
    static final int MAX_SHARED_VALUE_LENGTH = 40;
    private static final int MAX_ENTRIES = 50_000;
    private final Map<String, String> pool = new HashMap<>();

    String shared(String value, int maxLength) {
      if (value.length() > maxLength) {
        return value;
      }
      String known = pool.get(value);
      if (known != null) {
        return known;
      }
      if (pool.size() < MAX_ENTRIES) {
        pool.put(value, value);
      }
      return value;
    }
  }

  private static String kind(Event event) {
    return switch (event) {
      case START_OBJECT -> "a JSON object";
      case START_ARRAY -> "a JSON array";
      case VALUE_STRING -> "a JSON string";
      case VALUE_NUMBER -> "a JSON number";
      case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
      case VALUE_NULL -> "JSON null";
      default -> "unexpected JSON (" + event + ")";
    };
  }
}
