package io.github.tcia4j.nbia.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The date formats of the NBIA API, which differ per endpoint and per API generation
 * ({@code nbia-api.md} section 3.2), in both directions: parsing what servers send, and formatting
 * what each endpoint expects.
 */
public final class NbiaDates {
  /** v4 responses and v4 {@code fromDate}: {@code 06-19-1990}. */
  public static final DateTimeFormatter V4 = DateTimeFormatter.ofPattern("MM-dd-uuuu", Locale.ROOT);
  /** v1/v2 {@code Date} parameter of NewPatients/NewStudies: {@code 2019/01/01}. */
  public static final DateTimeFormatter V1_DATE_PARAM = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);
  /** v1/v2 {@code getUpdatedSeries} and advanced simple-search dates: {@code 01/01/2024}. */
  public static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** v1/v2 {@code java.sql.Timestamp.toString()}: {@code 2003-12-12 00:00:00.0}. */
  private static final DateTimeFormatter SQL_TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);
  /** {@code java.util.Date.toString()}: {@code Mon Nov 04 11:45:52 UTC 2013}. */
  private static final DateTimeFormatter JAVA_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz uuuu", Locale.ENGLISH);

  private static final Pattern MDY_DASH = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SLASH_YMD = Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}");

  /** The first year a date sent to NBIA may have. */
  public static final int MIN_YEAR = 1;
  /** The last year a date sent to NBIA may have: the server reads exactly four year digits. */
  public static final int MAX_YEAR = 9999;

  private NbiaDates() {}

  /**
   * Checks that a date can be sent to NBIA: its year must be between {@value #MIN_YEAR} and
   * {@value #MAX_YEAR}, since every NBIA date format has four year digits (a date such as
   * {@code +10000-01-01} is written {@code 01-01-+10000}, which the server answers with HTTP 500
   * "Unparseable date").
   *
   * @param date the date
   * @param parameter the parameter name, for the message, e.g. {@code since}
   * @return the date
   * @throws NullPointerException naming the parameter when the date is {@code null}
   * @throws IllegalArgumentException naming the parameter and the accepted years otherwise
   */
  public static LocalDate requireSendable(LocalDate date, String parameter) {
    if (date == null) {
      throw new NullPointerException(parameter + " is null; give a date");
    }
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new IllegalArgumentException(parameter + " must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR
          + " (NBIA reads four-digit years), was " + date);
    }
    return date;
  }

  /**
   * Parses any date or timestamp an NBIA server sends, keeping the time of day when there is one.
   *
   * @param text e.g. {@code 06-19-1990}, {@code 2003-12-12 00:00:00.0}, {@code 2003-12-12},
   *     {@code 2003-12-12T10:00:00}, {@code Mon Nov 04 11:45:52 UTC 2013}
   * @return the date-time (midnight for date-only values)
   * @throws IllegalArgumentException when the text matches none of the known formats
   */
  public static LocalDateTime parseDateTime(String text) {
    String t = text.trim();
    try {
      if (MDY_DASH.matcher(t).matches()) {
        return LocalDate.parse(t, V4).atStartOfDay();
      }
      if (ISO_DATE.matcher(t).matches()) {
        return LocalDate.parse(t).atStartOfDay();
      }
      if (t.length() > 10 && t.charAt(10) == 'T') {
        return LocalDateTime.parse(t);
      }
      if (t.length() >= 19 && t.charAt(10) == ' ' && Character.isDigit(t.charAt(0))) {
        return LocalDateTime.parse(t, SQL_TIMESTAMP);
      }
      if (SLASH_YMD.matcher(t).matches()) {
        return parseUserDate(t).atStartOfDay();
      }
      if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        return LocalDateTime.parse(t, JAVA_DATE);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a valid date: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("not a known NBIA date format (expected e.g. 06-19-1990 or 2003-12-12 00:00:00.0)");
  }

  /**
   * Parses any NBIA date or timestamp and drops the time of day.
   *
   * @param text the server's text
   * @return the date
   * @throws IllegalArgumentException when the text matches none of the known formats
   */
  public static LocalDate parseDate(String text) {
    return parseDateTime(text).toLocalDate();
  }

  /**
   * Parses a date a user typed: {@code YYYY/MM/DD} as in {@code tcia_utils}, or ISO
   * {@code YYYY-MM-DD}.
   *
   * @param text the user's text
   * @param parameter the parameter name, for the error message
   * @return the date
   * @throws IllegalArgumentException naming the parameter and the expected forms
   */
  public static LocalDate parseUserDate(String text, String parameter) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(parameter + " must be a date such as 2024/01/31 or 2024-01-31, was empty");
    }
    try {
      return parseUserDate(text.trim());
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(parameter + " must be a date such as 2024/01/31 (YYYY/MM/DD, as in tcia_utils)"
          + " or 2024-01-31, was '" + text + "'", e);
    }
  }

  private static LocalDate parseUserDate(String t) {
    if (ISO_DATE.matcher(t).matches()) {
      return LocalDate.parse(t);
    }
    if (SLASH_YMD.matcher(t).matches()) {
      List<String> parts = List.of(t.split("/"));
      return LocalDate.of(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1)), Integer.parseInt(parts.get(2)));
    }
    throw new IllegalArgumentException("not YYYY/MM/DD or YYYY-MM-DD");
  }
}
