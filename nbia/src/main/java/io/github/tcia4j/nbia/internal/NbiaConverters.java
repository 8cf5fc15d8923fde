package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.json.ValueConverters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The value conversions NBIA rows need on top of the built-in ones. */
public final class NbiaConverters {
  private static final ValueConverters INSTANCE = ValueConverters.defaults()
      .with(LocalDate.class, v -> NbiaDates.parseDate(ValueConverters.asText(v)))
      .with(LocalDateTime.class, v -> NbiaDates.parseDateTime(ValueConverters.asText(v)))
      .with(BigDecimal.class, NbiaConverters::decimal);

  private NbiaConverters() {}

  /**
   * Returns the converters: every NBIA date format, and decimals normalised so that
   * {@code 500.000000} (CSV) and {@code 500} (JSON) read as the same value.
   *
   * @return the converters
   */
  public static ValueConverters get() {
    return INSTANCE;
  }

  private static BigDecimal decimal(Object v) {
    BigDecimal d;
    if (v instanceof BigDecimal b) {
      d = b;
    } else if (v instanceof Long || v instanceof Integer) {
      d = BigDecimal.valueOf(((Number) v).longValue());
    } else if (v instanceof Number n) {
      d = BigDecimal.valueOf(n.doubleValue());
    } else {
      try {
        d = new BigDecimal(ValueConverters.asText(v).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number");
      }
    }
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
