package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NbiaDatesTest {

  @Test
  void parsesEveryServerFormat() {
    assertThat(NbiaDates.parseDateTime("06-19-1990")).isEqualTo(LocalDateTime.of(1990, 6, 19, 0, 0));
    assertThat(NbiaDates.parseDateTime("2015-05-27 17:12:21.0")).isEqualTo(LocalDateTime.of(2015, 5, 27, 17, 12, 21));
    assertThat(NbiaDates.parseDateTime("2015-05-27 17:12:21")).isEqualTo(LocalDateTime.of(2015, 5, 27, 17, 12, 21));
    assertThat(NbiaDates.parseDateTime("2015-05-27 17:12:21.123456")).isEqualTo(LocalDateTime.of(2015, 5, 27, 17, 12, 21, 123456000));
    assertThat(NbiaDates.parseDateTime("2003-12-12")).isEqualTo(LocalDateTime.of(2003, 12, 12, 0, 0));
    assertThat(NbiaDates.parseDateTime("2003-12-12T10:11:12")).isEqualTo(LocalDateTime.of(2003, 12, 12, 10, 11, 12));
    assertThat(NbiaDates.parseDateTime("Mon Nov 04 11:45:52 UTC 2013")).isEqualTo(LocalDateTime.of(2013, 11, 4, 11, 45, 52));
    assertThat(NbiaDates.parseDate("2003-12-12 00:00:00.0")).isEqualTo(LocalDate.of(2003, 12, 12));
  }

  @Test
  void rejectsUnknownAndImpossibleDates() {
    assertThatThrownBy(() -> NbiaDates.parseDate("12.12.2003")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known NBIA date format");
    assertThatThrownBy(() -> NbiaDates.parseDate("13-45-2003")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid date");
  }

  @Test
  void userDatesAcceptPythonAndIsoForms() {
    assertThat(NbiaDates.parseUserDate("2024/01/31", "fromDate")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(NbiaDates.parseUserDate("2024/1/5", "fromDate")).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(NbiaDates.parseUserDate(" 2024-01-31 ", "fromDate")).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void userDateErrorsNameTheParameterAndTheExpectedForm() {
    assertThatThrownBy(() -> NbiaDates.parseUserDate("31/01/2024", "fromDate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromDate").hasMessageContaining("YYYY/MM/DD").hasMessageContaining("31/01/2024");
    assertThatThrownBy(() -> NbiaDates.parseUserDate("2024/02/30", "date"))
        .hasMessageContaining("date must be");
    assertThatThrownBy(() -> NbiaDates.parseUserDate("", "date")).hasMessageContaining("was empty");
    assertThatThrownBy(() -> NbiaDates.parseUserDate(null, "date")).hasMessageContaining("was empty");
  }

  @Test
  void onlyFourDigitYearsCanBeSent() {
    assertThat(NbiaDates.requireSendable(LocalDate.of(1, 1, 1), "d")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(NbiaDates.requireSendable(LocalDate.of(9999, 12, 31), "d")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> NbiaDates.requireSendable(LocalDate.of(10000, 1, 1), "since"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("since must be a date in the years 1 to 9999 (NBIA reads four-digit years), was +10000-01-01");
    assertThatThrownBy(() -> NbiaDates.requireSendable(LocalDate.of(0, 12, 31), "toDate"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("toDate must be a date in the years 1");
    assertThatThrownBy(() -> NbiaDates.requireSendable(null, "fromDate"))
        .isInstanceOf(NullPointerException.class).hasMessage("fromDate is null; give a date");
  }

  @Test
  void wireFormatsPerGeneration() {
    LocalDate d = LocalDate.of(2024, 1, 5);
    assertThat(NbiaDates.V4.format(d)).isEqualTo("01-05-2024");
    assertThat(NbiaDates.V1_DATE_PARAM.format(d)).isEqualTo("2024/01/05");
    assertThat(NbiaDates.DAY_FIRST.format(d)).isEqualTo("05/01/2024");
  }
}
