package io.github.tcia4j.nbia.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.QcCriterion;
import io.github.tcia4j.nbia.SimpleSearch;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Dates whose year NBIA cannot read (outside 1 to 9999) are refused before anything is sent. */
class DateInputWireTest {
  private static final List<LocalDate> UNSENDABLE = List.of(LocalDate.of(10000, 1, 1), LocalDate.MIN,
      LocalDate.MAX, LocalDate.of(-5, 1, 1), LocalDate.of(0, 12, 31));

  private WireServer server;
  private NbiaClient client;

  @BeforeEach
  void start() throws IOException {
    server = new WireServer();
    client = client(ApiVersion.V4);
  }

  private NbiaClient client(ApiVersion version) {
    return server.client(version);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static void assertRefused(Executable call, String parameter, LocalDate date) {
    assertThatThrownBy(call::execute).as(parameter + " " + date)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(parameter + " must be a date in the years 1 to 9999 (NBIA reads four-digit years), was " + date);
  }

  @Test
  void queryDatesOutsideTheFourDigitYearsAreRefusedWithoutARequest() {
    for (LocalDate date : UNSENDABLE) {
      assertRefused(() -> client.getNewPatientsInCollection("C", date), "since", date);
      assertRefused(() -> client.getNewStudiesInPatient("C", "P", date), "since", date);
      assertRefused(() -> client.getUpdatedSeries(date), "since", date);
    }
    assertRefused(() -> client.getUpdatedSeries("0000-01-01"), "since", LocalDate.of(0, 1, 1));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theOldGenerationsRefuseThemToo() {
    try (NbiaClient v1 = client(ApiVersion.V1)) {
      assertRefused(() -> v1.getUpdatedSeries(LocalDate.of(10000, 1, 1)), "since", LocalDate.of(10000, 1, 1));
      assertRefused(() -> v1.getNewPatientsInCollection("C", LocalDate.MIN), "since", LocalDate.MIN);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void searchAndQcDatesOutsideTheFourDigitYearsAreRefused() {
    for (LocalDate date : UNSENDABLE) {
      assertRefused(() -> SimpleSearch.builder().fromDate(date), "fromDate", date);
      assertRefused(() -> SimpleSearch.builder().toDate(date), "toDate", date);
      assertRefused(() -> SimpleSearch.builder().dateRange(LocalDate.of(2000, 1, 1), date), "toDate", date);
      assertRefused(() -> QcCriterion.dateRange("submissiondate", date, LocalDate.of(2020, 1, 1)), "from", date);
      assertRefused(() -> QcCriterion.dateRange("submissiondate", LocalDate.of(2020, 1, 1), date), "to", date);
    }
    assertRefused(() -> SimpleSearch.builder().toDate("0000/01/01"), "toDate", LocalDate.of(0, 1, 1));
    assertThatThrownBy(() -> client.getNewPatientsInCollection("C", (LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("since is null");
  }

  @Test
  void theFirstAndLastFourDigitYearsAreSent() {
    client.getNewPatientsInCollection("C", LocalDate.of(1, 1, 1));
    client.getUpdatedSeries(LocalDate.of(9999, 12, 31));
    SimpleSearch search = SimpleSearch.builder().dateRange(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).build();

    assertThat(server.requests()).extracting(r -> r.param("fromDate")).containsExactly("01-01-0001", "12-31-9999");
    assertThat(search.fromDate()).contains(LocalDate.of(1, 1, 1));
    assertThat(search.toDate()).contains(LocalDate.of(9999, 12, 31));
  }
}
