package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.internal.server.ServerFailure;
import io.github.tcia4j.testkit.internal.table.SqlTimestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date formats of the NBIA families. Unreadable dates fail like the server's
 * {@code SimpleDateFormat.parse}: a 500 whose message is {@code Unparseable date: "<text>"}.
 */
final class Dates {
  private static final Pattern MDY_DASH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
  private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern DMY_SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final DateTimeFormatter JAVA_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.US);

  private Dates() {}

  /** v4 {@code fromDate}: {@code MM-dd-yyyy}. */
  static LocalDate parseV4(String text) {
    return parse(MDY_DASH, text, 3, 1, 2);
  }

  /** v1/v2 {@code Date}: {@code yyyy/MM/dd}. */
  static LocalDate parseYearFirst(String text) {
    return parse(YMD_SLASH, text, 1, 2, 3);
  }

  /** v1/v2 getUpdatedSeries and the unversioned simple search: {@code dd/MM/yyyy}. */
  static LocalDate parseDayFirst(String text) {
    return parse(DMY_SLASH, text, 3, 2, 1);
  }

  private static LocalDate parse(Pattern p, String text, int year, int month, int day) {
    Matcher m = p.matcher(text.trim());
    if (m.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
            Integer.parseInt(m.group(day)));
      } catch (DateTimeException e) {
        throw ServerFailure.withMessage("Unparseable date: \"" + text + "\"");
      }
    }
    throw ServerFailure.withMessage("Unparseable date: \"" + text + "\"");
  }

  /** v4 output: {@code MM-dd-yyyy}. */
  static String v4(LocalDate d) {
    return String.format("%02d-%02d-%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
  }

  static String v4(LocalDateTime t) {
    return v4(t.toLocalDate());
  }

  static String v4(Optional<LocalDate> d) {
    return d.map(Dates::v4).orElse(null);
  }

  /** v1/v2 output: {@code java.sql.Timestamp.toString()}. */
  static SqlTimestamp legacy(LocalDateTime t) {
    return new SqlTimestamp(t);
  }

  static SqlTimestamp legacy(Optional<LocalDate> d) {
    return d.map(SqlTimestamp::of).orElse(null);
  }

  /** {@code java.util.Date.toString()} in UTC, as v2 getSeriesMetaData printed dates. */
  static String javaDate(LocalDateTime t) {
    return JAVA_DATE.format(t.atOffset(ZoneOffset.UTC));
  }

  /** ISO {@code yyyy-MM-dd} (getSeriesMetadata2). */
  static String iso(LocalDate d) {
    return d.toString();
  }
}
