package io.github.tcia4j.common.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Converts raw row values (strings, numbers, booleans, lists and maps as JSON or CSV give them)
 * into record component types. Immutable; start from {@link #defaults()} and add or replace
 * converters with {@link #with(Class, Function)}.
 *
 * <p>Built in: {@code String}, {@code Integer}/{@code int}, {@code Long}/{@code long},
 * {@code Double}/{@code double}, {@code BigDecimal}, {@code BigInteger}, {@code Boolean}
 * ({@code true/false/yes/no/1/0}), ISO {@code LocalDate}, {@code LocalDateTime} and
 * {@code OffsetDateTime}, enums (by name, any case), {@code List<X>} (from a JSON array, or from a
 * comma-separated string such as NBIA's {@code "0.703125, 0.781250"}), {@code Map} and
 * {@code Object} (unchanged). An empty string reads as {@code null} for every type but
 * {@code String}. Whole numbers written with decimals ({@code "500.000000"}) read into integer
 * types; a real fraction does not.
 */
public final class ValueConverters {
  private static final ValueConverters DEFAULTS = new ValueConverters(builtIns());

  private final Map<Class<?>, Function<Object, ?>> byType;

  private ValueConverters(Map<Class<?>, Function<Object, ?>> byType) {
    this.byType = Map.copyOf(byType);
  }

  /**
   * Returns the built-in converters.
   *
   * @return the defaults
   */
  public static ValueConverters defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that converts values for {@code type} with {@code converter}; the converter
   * gets non-null, non-empty raw values and throws an {@link IllegalArgumentException} (or any
   * runtime exception) with a short reason when a value does not fit.
   *
   * @param type the target type
   * @param converter the conversion
   * @param <X> the target type
   * @return the extended converters
   */
  public <X> ValueConverters with(Class<X> type, Function<Object, ? extends X> converter) {
    Map<Class<?>, Function<Object, ?>> copy = new HashMap<>(byType);
    copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(converter, "converter"));
    return new ValueConverters(copy);
  }

  /**
   * Converts one value.
   *
   * @param raw the raw value, not {@code null}
   * @param rawType the target class
   * @param genericType the full target type (for {@code List<X>})
   * @return the converted value, or {@code null} for an empty string and a non-string target
   * @throws IllegalArgumentException when the value does not fit the type
   */
  public Object convert(Object raw, Class<?> rawType, Type genericType) {
    if (raw == null) {
      return null;
    }
    if (rawType == String.class) {
      return asText(raw);
    }
    if (raw instanceof CharSequence cs && cs.toString().isBlank()) {
      return null;
    }
    if (rawType == Object.class) {
      return raw;
    }
    Function<Object, ?> converter = byType.get(box(rawType));
    if (converter != null) {
      return converter.apply(raw);
    }
    if (rawType.isEnum()) {
      return enumValue(rawType, raw);
    }
    if (List.class.isAssignableFrom(rawType)) {
      return list(raw, genericType);
    }
    if (Map.class.isAssignableFrom(rawType)) {
      if (raw instanceof Map<?, ?> m) {
        return m;
      }
      throw new IllegalArgumentException("expected an object");
    }
    if (rawType.isInstance(raw)) {
      return raw;
    }
    throw new IllegalArgumentException("no converter for " + rawType.getName());
  }

  private List<Object> list(Object raw, Type genericType) {
    Type elementType = Object.class;
    if (genericType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      elementType = p.getActualTypeArguments()[0];
    }
    Class<?> elementClass = elementType instanceof Class<?> c ? c
        : elementType instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
    List<?> source;
    if (raw instanceof List<?> l) {
      source = l;
    } else {
      List<String> parts = new ArrayList<>();
      for (String part : asText(raw).split(",")) {
        if (!part.isBlank()) {
          parts.add(part.trim());
        }
      }
      source = parts;
    }
    List<Object> result = new ArrayList<>(source.size());
    for (Object item : source) {
      result.add(item == null ? null : convert(item, elementClass, elementType));
    }
    return List.copyOf(result.stream().filter(Objects::nonNull).toList());
  }

  private static Map<Class<?>, Function<Object, ?>> builtIns() {
    Map<Class<?>, Function<Object, ?>> m = new HashMap<>();
    m.put(Integer.class, v -> wholeNumber(v).intValueExact());
    m.put(Long.class, v -> wholeNumber(v).longValueExact());
    m.put(BigInteger.class, ValueConverters::wholeNumber);
    m.put(BigDecimal.class, ValueConverters::decimal);
    m.put(Double.class, v -> v instanceof Number n ? n.doubleValue() : decimal(v).doubleValue());
    m.put(Boolean.class, ValueConverters::bool);
    m.put(LocalDate.class, v -> LocalDate.parse(asText(v).trim()));
    m.put(LocalDateTime.class, v -> LocalDateTime.parse(asText(v).trim()));
    m.put(OffsetDateTime.class, v -> OffsetDateTime.parse(asText(v).trim()));
    return m;
  }

  /**
   * Renders a raw value as text: numbers without exponent, booleans as {@code true}/{@code false}.
   *
   * @param raw the value
   * @return the text
   */
  public static String asText(Object raw) {
    if (raw instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (raw instanceof CharSequence || raw instanceof Number || raw instanceof Boolean) {
      return raw.toString();
    }
    if (raw instanceof List<?> || raw instanceof Map<?, ?>) {
      throw new IllegalArgumentException("expected a single value, found a " + (raw instanceof List<?> ? "list" : "object"));
    }
    return String.valueOf(raw);
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Number n) {
      return BigDecimal.valueOf(n.doubleValue());
    }
    try {
      return new BigDecimal(asText(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
  }

  private static BigInteger wholeNumber(Object v) {
    BigDecimal d = decimal(v);
    try {
      return d.stripTrailingZeros().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }

  private static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      if (n.intValue() == 1) {
        return Boolean.TRUE;
      }
      if (n.intValue() == 0) {
        return Boolean.FALSE;
      }
    }
    String s = asText(v).trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "no", "n", "0" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a boolean (true/false/yes/no/1/0)");
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, Object raw) {
    String text = asText(raw).trim();
    for (Object constant : type.getEnumConstants()) {
      if (((Enum) constant).name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("not one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return type;
  }
}
