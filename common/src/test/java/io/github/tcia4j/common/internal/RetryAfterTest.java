package io.github.tcia4j.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three HTTP-date forms of RFC 9110 section 5.6.7 and the delay-seconds form. */
class RetryAfterTest {
  /** Ten seconds before RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT. */
  private static final Clock BEFORE_EXAMPLE =
      Clock.fixed(Instant.parse("1994-11-06T08:49:27Z"), ZoneOffset.UTC);

  private static Duration parse(String value, Clock clock) {
    return RetryAfter.parse(value, clock).orElseThrow(
        () -> new AssertionError("not parsed: '" + value + "'"));
  }

  @Test
  void delaySeconds() {
    assertThat(parse("120", BEFORE_EXAMPLE)).isEqualTo(Duration.ofSeconds(120));
    assertThat(parse(" 0 ", BEFORE_EXAMPLE)).isEqualTo(Duration.ZERO);
  }

  @Test
  void imfFixdate() {
    assertThat(parse("Sun, 06 Nov 1994 08:49:37 GMT", BEFORE_EXAMPLE))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void obsoleteRfc850Date() {
    assertThat(parse("Sunday, 06-Nov-94 08:49:37 GMT", BEFORE_EXAMPLE))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void asctimeDateWithSpacePaddedDay() {
    assertThat(parse("Sun Nov  6 08:49:37 1994", BEFORE_EXAMPLE))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void asctimeDateWithTwoDigitDay() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    assertThat(parse("Thu Jan 15 10:01:30 2026", clock)).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void rfc850TwoDigitYearIsInTheClocksCentury() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    assertThat(parse("Thursday, 15-Jan-26 10:00:45 GMT", clock)).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void rfc850YearMoreThanFiftyYearsAheadMeansTheLastCentury() {
    // In 2026 "-80" would be 2080, 54 years ahead: RFC 9110 says read it as 1980 (long past).
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    assertThat(parse("Saturday, 15-Nov-80 10:00:00 GMT", clock)).isZero();
    // ...while 2070 (44 years ahead) stays in this century.
    assertThat(parse("Wednesday, 15-Jan-70 10:00:00 GMT", clock))
        .isEqualTo(Duration.between(clock.instant(), Instant.parse("2070-01-15T10:00:00Z")));
  }

  @Test
  void pastDatesInEveryFormMeanNoDelay() {
    Clock later = Clock.fixed(Instant.parse("1994-11-07T00:00:00Z"), ZoneOffset.UTC);
    assertThat(parse("Sun, 06 Nov 1994 08:49:37 GMT", later)).isZero();
    assertThat(parse("Sunday, 06-Nov-94 08:49:37 GMT", later)).isZero();
    assertThat(parse("Sun Nov  6 08:49:37 1994", later)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "soon",
      "-5",
      "1.5",
      "Sunday, 06-Nov-94 08:49:37 UTC",
      "Sun, 06-Nov-94 08:49:37 GMT",
      "Monday, 06-Nov-94 08:49:37 GMT",
      "Sunday, 31-Feb-94 08:49:37 GMT",
      "Sun Nov 6 08:49:37 1994",
      "Mon Nov  6 08:49:37 1994",
      "Sun Nov  6 08:49:37 1994 GMT",
      "Sun Nov  6 25:49:37 1994",
      "Sun Foo  6 08:49:37 1994"})
  void unreadableValuesAreIgnored(String value) {
    assertThat(RetryAfter.parse(value, BEFORE_EXAMPLE)).isEmpty();
  }

  @Test
  void nullIsIgnored() {
    assertThat(RetryAfter.parse(null, BEFORE_EXAMPLE)).isEmpty();
  }
}
