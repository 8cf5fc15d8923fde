package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transports;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import io.github.tcia4j.nbia.model.ModalityValue;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server-side failures seen through the client: HTTP 400 texts, HTTP 500, chunked failures. */
class SandboxErrorsTest {
  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private NbiaClient nbia;

  @BeforeEach
  void connect() {
    nbia = NbiaClient.builder().baseUrl(SANDBOX.sandbox().nbiaUrl()).configure(c -> c.retryPolicy(RetryPolicy.none()))
        .build();
  }

  @AfterEach
  void close() {
    nbia.close();
    SANDBOX.sandbox().faults(FaultProfile.none());
  }

  @Test
  void aParameterTheClientWouldRefuseGetsTheServersOwn400() {
    TciaSandbox s = SANDBOX.sandbox();
    ClientConfig config = ClientConfig.builder().retryPolicy(RetryPolicy.none()).build();
    try (NbiaHttp raw = new NbiaHttp(URI.create(s.nbiaUrl()), Transports.create(config), JsonCodec.standard())) {
      assertThatThrownBy(() -> raw.getRows(ApiFamily.V4, "getModalityValues", Params.of("Manufacturer", "GE"),
          ModalityValue.class))
          .isInstanceOf(TciaBadRequestException.class)
          .hasMessageContaining("NBIA getModalityValues failed with HTTP 400")
          .hasMessageContaining("Invalid query parameter: 'Manufacturer'")
          .satisfies(e -> assertThat(((TciaBadRequestException) e).bodySnippet())
              .startsWith("Invalid query parameter: 'Manufacturer'. Allowed parameters are: ["));
    }
  }

  @Test
  void aServerErrorIsAServerException() {
    SANDBOX.sandbox().faults(FaultProfile.builder().endpoint("v4/getSeries", FaultRule.builder().failFirst(1).build())
        .build());

    assertThatThrownBy(() -> nbia.getSeries(SeriesQuery.collection("SBX-Lung-CT")))
        .isInstanceOf(TciaServerException.class)
        .hasMessageContaining("NBIA getSeries failed with HTTP 500")
        .hasMessageContaining("Server was not able to process your request");
    assertThat(nbia.getSeries(SeriesQuery.collection("SBX-Lung-CT"))).isNotEmpty();
  }

  @Test
  void seriesListInTwoChunksAgainstTheSandbox() {
    List<Series> series = nbia.getSeries(SeriesQuery.collection("SBX-Breast-MR"));
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      uids.add("1.2.826.0.1.3680043.99." + i);
    }
    series.forEach(s -> uids.add(s.seriesInstanceUid()));

    List<SeriesMetadata> rows = nbia.getSeriesList(uids);

    assertThat(SANDBOX.sandbox().requests(Host.NBIA)).filteredOn(r -> r.path().endsWith("v4/getSeriesMetadata"))
        .hasSize(2);
    assertThat(rows).extracting(SeriesMetadata::seriesInstanceUid)
        .containsExactlyElementsOf(series.stream().map(Series::seriesInstanceUid).toList());
  }

  @Test
  void aFailedChunkFailsTheCallWithoutAPartialResult() {
    SANDBOX.sandbox().faults(FaultProfile.builder()
        .endpoint("v4/getSeriesMetadata", FaultRule.builder().failFirst(1).build()).build());
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      uids.add("1.2.826.0.1.3680043.99." + i);
    }

    assertThatThrownBy(() -> nbia.getSeriesList(uids))
        .isInstanceOf(TciaServerException.class)
        .hasMessageContaining("getSeriesList failed on chunk 1 of 2 (0 chunks succeeded before it");
  }
}
