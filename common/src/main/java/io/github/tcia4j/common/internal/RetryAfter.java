package io.github.tcia4j.common.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110, section 10.2.3).
 *
 * <p>An HTTP date is accepted in the three forms RFC 9110 section 5.6.7 requires recipients to
 * read: the preferred IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850
 * form ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and the ANSI C {@code asctime()} form
 * ({@code Sun Nov  6 08:49:37 1994}, read as UTC). A two-digit RFC 850 year that would put the
 * date more than 50 years after "now" means the most recent past year with those last two digits,
 * as section 5.6.7 prescribes. A date whose day name does not match the date is unreadable.
 */
public final class RetryAfter {
  private static final String MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
  private static final List<String> DAY_NAMES = List.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday");
  private static final String MONTHS = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
  private static final Pattern RFC_850 = Pattern.compile(
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-" + MONTHS
          + "-(\\d{2}) " + TIME + " GMT");
  private static final Pattern ASCTIME = Pattern.compile(
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + MONTHS + " ([ \\d]\\d) " + TIME + " (\\d{4})");

  private RetryAfter() {}

  /**
   * Parses the header value.
   *
   * @param value the header value, e.g. {@code 120} or {@code Wed, 21 Oct 2015 07:28:00 GMT}
   * @param clock the clock that defines "now" for the date forms
   * @return the delay (zero when the date is already past), or empty when unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    Instant now = clock.instant();
    return httpDate(v, now).map(when -> {
      Duration delay = Duration.between(now, when);
      return delay.isNegative() ? Duration.ZERO : delay;
    });
  }

  private static Optional<Instant> httpDate(String v, Instant now) {
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      // not the preferred form; try the two obsolete ones below
    }
    try {
      Matcher m = RFC_850.matcher(v);
      if (m.matches()) {
        int twoDigitYear = Integer.parseInt(m.group(4));
        int century = now.atOffset(ZoneOffset.UTC).getYear() / 100 * 100;
        LocalDateTime t = at(century + twoDigitYear, m.group(3), m.group(2), m, 5);
        if (t.toInstant(ZoneOffset.UTC).isAfter(now.atOffset(ZoneOffset.UTC).plusYears(50)
            .toInstant())) {
          t = t.minusYears(100);
        }
        return dayMatches(t, m.group(1)) ? Optional.of(t.toInstant(ZoneOffset.UTC))
            : Optional.empty();
      }
      m = ASCTIME.matcher(v);
      if (m.matches()) {
        LocalDateTime t = at(Integer.parseInt(m.group(7)), m.group(2), m.group(3).trim(), m, 4);
        return dayMatches(t, m.group(1)) ? Optional.of(t.toInstant(ZoneOffset.UTC))
            : Optional.empty();
      }
    } catch (DateTimeException e) {
      // an impossible date such as 31 February
    }
    return Optional.empty();
  }

  private static LocalDateTime at(int year, String month, String day, Matcher m, int timeGroup) {
    return LocalDateTime.of(year, month(month), Integer.parseInt(day),
        Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
        Integer.parseInt(m.group(timeGroup + 2)));
  }

  private static Month month(String abbreviation) {
    return Month.of(MONTH_NAMES.indexOf(abbreviation) / 4 + 1);
  }

  private static boolean dayMatches(LocalDateTime t, String dayName) {
    String full = DAY_NAMES.get(t.getDayOfWeek().getValue() - 1);
    return dayName.equals(full) || dayName.equals(full.substring(0, 3));
  }
}
