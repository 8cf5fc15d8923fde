package io.github.tcia4j.nbia.model;

import io.github.tcia4j.nbia.internal.NbiaConverters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Reads the v1/v2-only {@code PatientBirthDate} out of a record's extra fields. */
final class BirthDates {
  private static final String KEY = "PatientBirthDate";
  private static final String SPACED_KEY = "Patient Birth Date";

  private BirthDates() {}

  static Optional<LocalDate> of(Map<String, Object> extra) {
    Object raw = extra.get(KEY);
    String key = KEY;
    if (raw == null) {
      raw = extra.get(SPACED_KEY);
      key = SPACED_KEY;
    }
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((LocalDate) NbiaConverters.get().convert(raw, LocalDate.class, LocalDate.class));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The server sent " + key + " '" + raw + "', which is not a date in a format"
          + " NBIA uses (" + e.getMessage() + "); read the raw value from extra().get(\"" + key + "\")", e);
    }
  }
}
