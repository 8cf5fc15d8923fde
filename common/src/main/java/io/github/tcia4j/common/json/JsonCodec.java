package io.github.tcia4j.common.json;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.internal.JsonBodyPeek;
import io.github.tcia4j.common.internal.JsonRowReader;
import io.github.tcia4j.common.internal.JsonbListType;
import io.github.tcia4j.common.internal.Redaction;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes JSON for the tcia4j clients: a small facade over JSON-B, so that no caller
 * depends on the JSON-B implementation.
 *
 * <p>Reading follows what the TCIA servers send:
 * <ul>
 *   <li>an <b>empty or blank body is an empty list</b> (NBIA answers "no rows" with HTTP 200 and
 *       no body);
 *   <li>an element {@code {}} becomes a record whose components are all {@code null} (NBIA sends
 *       {@code {}} for a missing body part);
 *   <li>unknown keys are ignored; keys missing from the JSON leave the component {@code null}
 *       ({@code 0}/{@code false} for primitives);
 *   <li>record components carry their wire name with {@code @JsonbProperty("Series UID")};
 *   <li>numbers sent as strings ({@code "133"}) are read into {@code Integer}/{@code Long}
 *       components;
 *   <li>anything else (an HTML error page, a JSON object where an array was expected, broken
 *       JSON) throws {@link TciaDecodeException} saying what was expected, what was found and
 *       showing the first 200 characters of the body (secrets masked).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; share one. {@link #standard()} is the shared default;
 * {@link #builder()} registers custom adapters, serializers and deserializers.
 *
 * <pre>{@code
 * List<Series> series = JsonCodec.standard().readList(body, Series.class);
 * List<Map<String, Object>> rows = JsonCodec.standard().readRows(body);
 * }</pre>
 */
public final class JsonCodec {
  /** How many characters of a body an error message shows. */
  static final int SNIPPET_LENGTH = 200;

  /**
   * Parsson, the JSON-P implementation Yasson brings, refuses by default any document whose string
   * and number characters add up to more than 15,000,000 ({@code org.eclipse.parsson.maxParsingLimit}),
   * which a real NBIA {@code getSeries} answer of about 16,000 rows exceeds. Every parser of this
   * class (rows and JSON-B alike) is created with that limit lifted: bodies are read as they come,
   * however large. (Other JSON-P implementations ignore the property.)
   */
  static final String PARSSON_MAX_PARSING_LIMIT = "org.eclipse.parsson.maxParsingLimit";

  private static final UnlimitedJsonProvider PROVIDER = new UnlimitedJsonProvider(JsonProvider.provider());

  private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

  private final Jsonb jsonb;
  private final List<JsonbAdapter<?, ?>> adapters;
  private final List<JsonbSerializer<?>> serializers;
  private final List<JsonbDeserializer<?>> deserializers;

  private JsonCodec(Builder builder) {
    this.adapters = List.copyOf(builder.adapters);
    this.serializers = List.copyOf(builder.serializers);
    this.deserializers = List.copyOf(builder.deserializers);
    JsonbConfig config = new JsonbConfig();
    if (!adapters.isEmpty()) {
      config = config.withAdapters(adapters.toArray(new JsonbAdapter<?, ?>[0]));
    }
    if (!serializers.isEmpty()) {
      config = config.withSerializers(serializers.toArray(new JsonbSerializer<?>[0]));
    }
    if (!deserializers.isEmpty()) {
      config = config.withDeserializers(deserializers.toArray(new JsonbDeserializer<?>[0]));
    }
    try {
      this.jsonb = JsonbBuilder.newBuilder().withConfig(config).withProvider(PROVIDER).build();
    } catch (JsonbException e) {
      throw new IllegalStateException("No JSON-B implementation found on the class path: add"
          + " org.eclipse.yasson:yasson (runtime scope) to the application", e);
    }
  }

  /**
   * Returns the shared codec without custom adapters.
   *
   * @return the standard codec
   */
  public static JsonCodec standard() {
    return Standard.INSTANCE;
  }

  /**
   * Starts a codec with custom adapters, serializers or deserializers.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this codec's adapters, serializers and deserializers.
   *
   * @return a new builder that can add more
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.adapters.addAll(adapters);
    b.serializers.addAll(serializers);
    b.deserializers.addAll(deserializers);
    return b;
  }

  /**
   * Reads a JSON array into a list.
   *
   * @param <T> the element type
   * @param body the JSON text; empty or blank means an empty list
   * @param elementType the class of the elements, usually a record
   * @return the elements in order, unmodifiable; empty for an empty body
   * @throws TciaDecodeException if the body is not a JSON array of such elements, or an element
   *     is JSON {@code null}
   */
  public <T> List<T> readList(String body, Class<T> elementType) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(elementType, "elementType");
    String text = JsonBodyPeek.withoutBom(body);
    int first = JsonBodyPeek.firstSignificant(text);
    if (first < 0) {
      return List.of();
    }
    String expected = "a JSON array of " + elementType.getSimpleName();
    requireStart(first, '[', expected, text);
    List<T> list;
    try {
      list = jsonb.fromJson(text, new JsonbListType(elementType));
    } catch (JsonbException | JsonException e) {
      throw decodeFailure(expected, text, e);
    }
    return checkedList(list, expected, text);
  }

  /**
   * Reads a JSON array from a stream into a list. The stream is read to the end of the array
   * but not closed: the caller owns it.
   *
   * @param <T> the element type
   * @param body the JSON body (UTF-8); empty or blank means an empty list
   * @param elementType the class of the elements, usually a record
   * @return the elements in order, unmodifiable; empty for an empty body
   * @throws TciaDecodeException if the body is not a JSON array of such elements
   * @throws TciaIoException if reading the stream fails
   */
  public <T> List<T> readList(InputStream body, Class<T> elementType) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(elementType, "elementType");
    JsonBodyPeek peek = peek(body);
    if (peek.first() < 0) {
      return List.of();
    }
    String expected = "a JSON array of " + elementType.getSimpleName();
    requireStart(peek.first(), '[', expected, peek.start());
    List<T> list;
    try {
      list = jsonb.fromJson(peek.body(), new JsonbListType(elementType));
    } catch (JsonbException | JsonException e) {
      throw failure(expected, peek.start(), e);
    }
    return checkedList(list, expected, peek.start());
  }

  /**
   * Reads one JSON value, usually an object, into an instance of a class.
   *
   * @param <T> the target type
   * @param body the JSON text
   * @param type the class to read into, usually a record
   * @return the value, never {@code null}
   * @throws TciaDecodeException if the body is empty, JSON {@code null}, not JSON, or does not
   *     fit the type (for example an array where an object was expected)
   */
  public <T> T readObject(String body, Class<T> type) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(type, "type");
    String text = JsonBodyPeek.withoutBom(body);
    String expected = expectedValue(type);
    checkValueStart(JsonBodyPeek.firstSignificant(text), type, expected, text);
    T value;
    try {
      value = jsonb.fromJson(text, type);
    } catch (JsonbException | JsonException e) {
      throw decodeFailure(expected, text, e);
    }
    return nonNull(value, expected, text);
  }

  /**
   * Reads one JSON value, usually an object, from a stream. The stream is not closed.
   *
   * @param <T> the target type
   * @param body the JSON body (UTF-8)
   * @param type the class to read into, usually a record
   * @return the value, never {@code null}
   * @throws TciaDecodeException if the body is empty, JSON {@code null}, not JSON, or does not
   *     fit the type
   * @throws TciaIoException if reading the stream fails
   */
  public <T> T readObject(InputStream body, Class<T> type) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(type, "type");
    JsonBodyPeek peek = peek(body);
    String expected = expectedValue(type);
    checkValueStart(peek.first(), type, expected, peek.start());
    T value;
    try {
      value = jsonb.fromJson(peek.body(), type);
    } catch (JsonbException | JsonException e) {
      throw failure(expected, peek.start(), e);
    }
    return nonNull(value, expected, peek.start());
  }

  /**
   * Reads a JSON array of objects into generic rows, for endpoints without a record type.
   *
   * <p>Each row keeps the key order of the JSON object. Integral numbers that fit a {@code long}
   * become {@code Long}, all other numbers {@code BigDecimal}; strings, booleans and
   * {@code null} are kept; nested arrays and objects become {@code List} and {@code Map}. All
   * lists and maps returned are unmodifiable (values may be {@code null}).
   *
   * @param body the JSON text; empty or blank means no rows
   * @return the rows in order
   * @throws TciaDecodeException if the body is not a JSON array of objects
   */
  public List<Map<String, Object>> readRows(String body) {
    Objects.requireNonNull(body, "body");
    String text = JsonBodyPeek.withoutBom(body);
    int first = JsonBodyPeek.firstSignificant(text);
    if (first < 0) {
      return List.of();
    }
    requireStart(first, '[', "a JSON array of objects", text);
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      return JsonRowReader.readRows(parser);
    } catch (JsonRowReader.NotAnObjectException e) {
      throw new TciaDecodeException("Expected a JSON array of objects, but " + e.getMessage()
          + "; the body starts with: \"" + Redaction.snippet(text, SNIPPET_LENGTH) + "\"", null);
    } catch (JsonException e) {
      throw decodeFailure("a JSON array of objects", text, e);
    }
  }

  /**
   * Reads a JSON array of objects from a stream into generic rows, as {@link #readRows(String)}
   * does. The stream is not closed.
   *
   * @param body the JSON body (UTF-8); empty or blank means no rows
   * @return the rows in order
   * @throws TciaDecodeException if the body is not a JSON array of objects
   * @throws TciaIoException if reading the stream fails
   */
  public List<Map<String, Object>> readRows(InputStream body) {
    Objects.requireNonNull(body, "body");
    JsonBodyPeek peek = peek(body);
    if (peek.first() < 0) {
      return List.of();
    }
    requireStart(peek.first(), '[', "a JSON array of objects", peek.start());
    try (JsonParser parser = PARSERS.createParser(peek.body())) {
      return JsonRowReader.readRows(parser);
    } catch (JsonRowReader.NotAnObjectException e) {
      throw new TciaDecodeException("Expected a JSON array of objects, but " + e.getMessage()
          + "; the body starts with: \"" + Redaction.snippet(peek.start(), SNIPPET_LENGTH) + "\"",
          null);
    } catch (JsonException e) {
      throw failure("a JSON array of objects", peek.start(), e);
    }
  }

  /**
   * Reads a JSON array of objects from a stream and hands each row to {@code sink} as soon as it
   * is read, in order, so that a large answer can be converted row by row without holding every
   * generic row at once. Rows are as {@link #readRows(InputStream)} describes; keys and short
   * repeated string values are shared between rows. The stream is not closed.
   *
   * @param body the JSON body (UTF-8); empty or blank means no rows
   * @param sink receives each row
   * @return the number of rows
   * @throws TciaDecodeException if the body is not a JSON array of objects
   * @throws TciaIoException if reading the stream fails
   */
  public long forEachRow(InputStream body, java.util.function.Consumer<? super Map<String, Object>> sink) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sink, "sink");
    JsonBodyPeek peek = peek(body);
    if (peek.first() < 0) {
      return 0;
    }
    requireStart(peek.first(), '[', "a JSON array of objects", peek.start());
    try (JsonParser parser = PARSERS.createParser(peek.body())) {
      return JsonRowReader.forEachRow(parser, sink);
    } catch (JsonRowReader.NotAnObjectException e) {
      throw new TciaDecodeException("Expected a JSON array of objects, but " + e.getMessage()
          + "; the body starts with: \"" + Redaction.snippet(peek.start(), SNIPPET_LENGTH) + "\"",
          null);
    } catch (JsonException e) {
      throw failure("a JSON array of objects", peek.start(), e);
    }
  }

  /**
   * Writes a value as compact JSON text. Records and beans are written through JSON-B: properties
   * in lexicographic order and {@code null} properties left out (the {@code export} package
   * writes rows in column order with explicit nulls instead).
   *
   * @param value the value; {@code null} gives {@code "null"}
   * @return the JSON text
   * @throws IllegalArgumentException if JSON-B cannot write the value
   */
  public String write(Object value) {
    try {
      return jsonb.toJson(value);
    } catch (JsonbException | JsonException e) {
      throw new IllegalArgumentException("Cannot write a " + typeName(value) + " as JSON: "
          + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as compact UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param value the value; {@code null} gives {@code null}
   * @param out the target stream
   * @throws IllegalArgumentException if JSON-B cannot write the value
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = write(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing JSON to the stream failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JsonCodec[adapters=" + adapters.size() + ", serializers=" + serializers.size()
        + ", deserializers=" + deserializers.size() + "]";
  }

  private static JsonBodyPeek peek(InputStream body) {
    try {
      return JsonBodyPeek.of(body);
    } catch (IOException e) {
      throw new TciaIoException("Reading the JSON body failed: " + e.getMessage(), null, e, false);
    }
  }

  private static String expectedValue(Class<?> type) {
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a JSON array for " + type.getSimpleName();
    }
    return "a JSON object for " + type.getSimpleName();
  }

  private static void checkValueStart(int first, Class<?> type, String expected, String start) {
    boolean wantsArray = type.isArray() || Collection.class.isAssignableFrom(type);
    boolean wantsObject = !wantsArray && !type.isPrimitive() && !type.isEnum()
        && !CharSequence.class.isAssignableFrom(type) && !Number.class.isAssignableFrom(type)
        && type != Boolean.class && type != Object.class;
    if (first < 0 || (wantsArray && first != '[') || (wantsObject && first != '{')
        || !JsonBodyPeek.isJsonStart(first)) {
      throw mismatch(expected, first, start);
    }
  }

  private static void requireStart(int first, char wanted, String expected, String start) {
    if (first != wanted) {
      throw mismatch(expected, first, start);
    }
  }

  private static TciaDecodeException mismatch(String expected, int first, String start) {
    String message = "Expected " + expected + " but found " + JsonBodyPeek.describe(first);
    if (first >= 0) {
      message += "; the body starts with: \"" + Redaction.snippet(start, SNIPPET_LENGTH) + "\"";
    }
    return new TciaDecodeException(message, null);
  }

  private static RuntimeException failure(String expected, String start, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return new TciaIoException("Reading the JSON body failed: " + io.getMessage(), null, e,
            false);
      }
    }
    return decodeFailure(expected, start, e);
  }

  private static TciaDecodeException decodeFailure(String expected, String start, Exception e) {
    return new TciaDecodeException("Could not read the body as " + expected + ": "
        + rootMessage(e) + "; the body starts with: \"" + Redaction.snippet(start, SNIPPET_LENGTH)
        + "\"", e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = e.getMessage();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static <T> List<T> checkedList(List<T> list, String expected, String start) {
    if (list == null) {
      throw mismatch(expected, 'n', start);
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new TciaDecodeException("Expected " + expected + " but element " + i
            + " is JSON null; the body starts with: \"" + Redaction.snippet(start, SNIPPET_LENGTH)
            + "\"", null);
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <T> T nonNull(T value, String expected, String start) {
    if (value == null) {
      throw mismatch(expected, 'n', start);
    }
    return value;
  }

  private static String typeName(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  /** Holder of the shared codec, created on first use. */
  private static final class Standard {
    static final JsonCodec INSTANCE = new JsonCodec(new Builder());
  }

  /**
   * Collects custom JSON-B adapters, serializers and deserializers for a {@link JsonCodec}.
   * A builder is not thread-safe; the codec it builds is.
   */
  public static final class Builder {
    private final List<JsonbAdapter<?, ?>> adapters = new ArrayList<>();
    private final List<JsonbSerializer<?>> serializers = new ArrayList<>();
    private final List<JsonbDeserializer<?>> deserializers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds adapters that map a Java type to a JSON-friendly one and back.
     *
     * @param more the adapters, none {@code null}
     * @return this builder
     */
    public Builder adapters(JsonbAdapter<?, ?>... more) {
      addAll(adapters, more, "adapter");
      return this;
    }

    /**
     * Adds serializers that write a type with a JSON-P generator.
     *
     * @param more the serializers, none {@code null}
     * @return this builder
     */
    public Builder serializers(JsonbSerializer<?>... more) {
      addAll(serializers, more, "serializer");
      return this;
    }

    /**
     * Adds deserializers that read a type with a JSON-P parser.
     *
     * @param more the deserializers, none {@code null}
     * @return this builder
     */
    public Builder deserializers(JsonbDeserializer<?>... more) {
      addAll(deserializers, more, "deserializer");
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return a new immutable codec
     */
    public JsonCodec build() {
      return new JsonCodec(this);
    }

    private static <E> void addAll(List<E> target, E[] more, String what) {
      Objects.requireNonNull(more, what + "s");
      for (int i = 0; i < more.length; i++) {
        if (more[i] == null) {
          throw new NullPointerException(what + " " + i + " is null; pass only non-null " + what
              + "s");
        }
      }
      target.addAll(List.of(more));
    }
  }
}
