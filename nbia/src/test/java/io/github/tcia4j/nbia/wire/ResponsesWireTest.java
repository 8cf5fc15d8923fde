package io.github.tcia4j.nbia.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.ValueQuery;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.wire.WireServer.Answer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the client reads answers: empty bodies, sizes, descriptions, DOIs, tags and failures. */
class ResponsesWireTest {
  private static final String UID = "1.2.3.4";

  private WireServer server;
  private NbiaClient client;

  @BeforeEach
  void start() throws IOException {
    server = new WireServer();
    client = server.client(ApiVersion.V4);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void emptyBodiesAreEmptyListsEverywhere() {
    assertThat(client.getBodyPart()).isEmpty();
    assertThat(client.getPatient("nope")).isEmpty();
    assertThat(client.getSeries(SeriesQuery.collection("nope"))).isEmpty();
    assertThat(client.getSopInstanceUids(UID)).isEmpty();
    assertThat(client.getSeriesSize(UID)).isEmpty();
    assertThat(client.getDicomTags(UID)).isEmpty();
    assertThat(client.getSegRefSeries(UID)).isEmpty();
    assertThat(client.getCollectionDescriptions(true)).isEmpty();
    assertThat(client.getModalityCounts(ValueQuery.all())).isEmpty();
  }

  @Test
  void seriesSizeIsEmptyForAnUnknownSeriesAndFilledOtherwise() {
    server.answer(r -> Answer.json("[{\"ObjectCount\":0}]"));
    assertThat(client.getSeriesSize(UID)).isEmpty();

    server.answer(r -> Answer.json("[{\"TotalSizeInBytes\":2.5273786E7,\"ObjectCount\":48}]"));
    assertThat(client.getSeriesSize(UID)).hasValueSatisfying(s -> {
      assertThat(s.totalSizeInBytes()).isEqualTo(25_273_786L);
      assertThat(s.objectCount()).isEqualTo(48);
    });
  }

  @Test
  void descriptionsInHtmlOrPlainTextAndNullStaysNull() {
    server.answer(r -> Answer.json("[{\"description\":\"<p>Caf&eacute; <b>na\u00efve</b> &ndash; x</p>\\n \","
        + "\"id\":7,\"collectionName\":\"C\",\"descriptionURI\":\"https://doi.org/10.7937/x\"},"
        + "{\"description\":null,\"id\":8,\"collectionName\":\"D\",\"descriptionURI\":null,\"userName\":\"u\"}]"));

    List<CollectionDescription> html = client.getCollectionDescriptions();
    List<CollectionDescription> plain = client.getCollectionDescriptions(true);

    assertThat(html.get(0).description()).startsWith("<p>Caf&eacute;");
    assertThat(plain.get(0).description()).isEqualTo("Cafe naive - x");
    assertThat(plain.get(0).id()).isEqualTo(7L);
    assertThat(plain.get(0).descriptionUri()).isEqualTo("https://doi.org/10.7937/x");
    assertThat(plain.get(1).description()).isNull();
    assertThat(plain.get(1).extra()).containsEntry("userName", "u");
  }

  @Test
  void doiLookupReadsTheServersSpellingAndEmptyArray() {
    server.answer(r -> Answer.json("[{\"collection\":\"4D-Lung\",\"seriesInstanceUID\":\"1.2\","
        + "\"thirdPartyAnanlysis\":\"NO\",\"authorized\":1}]"));
    assertThat(client.getDoiMetadata("10.7937/K9/TCIA.2016.ELN8YGLE", DoiOutput.SERIES)).singleElement()
        .satisfies(d -> {
          assertThat(d.collection()).isEqualTo("4D-Lung");
          assertThat(d.seriesInstanceUid()).isEqualTo("1.2");
          assertThat(d.thirdPartyAnalysis()).isEqualTo("NO");
          assertThat(d.authorized()).isEqualTo(1);
        });

    server.answer(r -> Answer.json("[]"));
    assertThat(client.getDoiMetadata("10.7937/none", DoiOutput.COLLECTIONS)).isEmpty();
    assertThatThrownBy(() -> client.getDoiMetadata("10.7937/x", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("output");
  }

  @Test
  void segRefSeriesFromTheServersTags() {
    server.answer(r -> Answer.json("[{\"element\":\"(0008,0060)\",\"name\":\"Modality\",\"data\":\"SEG\"},"
        + "{\"element\":\"(0008,1115)\",\"name\":\"Referenced Series Sequence\",\"data\":null},"
        + "{\"element\":\">(0008,114A)\",\"name\":\"End Referenced Instance Sequence\",\"data\":null},"
        + "{\"element\":\">(0020,000E)\",\"name\":\"Series Instance UID\",\"data\":\"1.3.6.1.4.1.9\"}]"));

    assertThat(client.getSegRefSeries(UID)).containsExactly("1.3.6.1.4.1.9");
    assertThat(client.getDicomTags(UID)).hasSize(4).first().satisfies(t -> assertThat(t.data()).isEqualTo("SEG"));
  }

  @Test
  void aServer400ShowsTheServersText() {
    server.answer(r -> new Answer(400, "application/json",
        "Invalid query parameter: 'collection'. Allowed parameters are: [Collection, format]"));

    assertThatThrownBy(() -> client.getModality(ValueQuery.collection("X")))
        .isInstanceOf(TciaBadRequestException.class)
        .hasMessageContaining("getModalityValues")
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("Invalid query parameter: 'collection'");
  }

  @Test
  void anHtmlPageInsteadOfJsonIsADecodeErrorNamingTheEndpoint() {
    server.answer(r -> new Answer(200, "text/html", "<html><body>Maintenance</body></html>"));

    assertThatThrownBy(() -> client.getSeries(SeriesQuery.collection("X")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("NBIA getSeries")
        .hasMessageContaining("Maintenance");
  }

  @Test
  void aWrongValueTypeNamesTheColumn() {
    server.answer(r -> Answer.json("[{\"SeriesInstanceUID\":\"1.2\",\"ImageCount\":\"many\"}]"));

    assertThatThrownBy(() -> client.getSeries(SeriesQuery.collection("X")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("ImageCount")
        .hasMessageContaining("many");
  }

  @Test
  void anUnreachableHostIsAnIoErrorNamingTheUrl() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (NbiaClient closed = NbiaClient.builder().baseUrl("http://127.0.0.1:" + port)
        .configure(c -> c.retryPolicy(RetryPolicy.none()).connectTimeout(Duration.ofSeconds(10))).build()) {
      assertThatThrownBy(() -> closed.getPatient("C"))
          .isInstanceOf(TciaIoException.class)
          .hasMessageContaining("127.0.0.1:" + port)
          .hasMessageContaining("getPatient");
    }
  }

  @Test
  void requiredArgumentsAndDatesAreCheckedBeforeSending() {
    assertThatThrownBy(() -> client.getPatientByCollectionAndModality("C", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs modality");
    assertThatThrownBy(() -> client.getPatientByCollectionAndModality(null, "CT"))
        .hasMessageContaining("needs collection");
    assertThatThrownBy(() -> client.getNewPatientsInCollection("C", "31/01/2024"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since must be a date such as 2024/01/31")
        .hasMessageContaining("'31/01/2024'");
    assertThatThrownBy(() -> client.getNewPatientsInCollection("C", "2024/02/30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2024/02/30'");
    assertThatThrownBy(() -> client.getNewPatientsInCollection(" ", "2024/01/31"))
        .hasMessageContaining("getNewPatientsInCollection needs collection");
    assertThatThrownBy(() -> client.getNewStudiesInPatient("C", "", "2024/01/31"))
        .hasMessageContaining("getNewStudiesInPatient needs patientId");
    assertThatThrownBy(() -> client.getUpdatedSeries("yesterday")).hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> client.getUpdatedSeries((java.time.LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("since");
    assertThatThrownBy(() -> client.getSeriesSize("1.2.3.abc")).hasMessageContaining("seriesUid '1.2.3.abc'");
    assertThatThrownBy(() -> client.getSopInstanceUids("")).hasMessageContaining("seriesUid must be a DICOM UID");
    assertThatThrownBy(() -> client.getDicomTags("x")).hasMessageContaining("seriesUid 'x'");
    assertThatThrownBy(() -> client.getSharedCart(" ")).hasMessageContaining("getSharedCart needs name");
    assertThatThrownBy(() -> client.getDoiMetadata("not a doi", DoiOutput.SERIES)).hasMessageContaining("is not a DOI");
    assertThatThrownBy(() -> client.getSeries(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void clientsOfEachGenerationNameItInTheirMessages() {
    try (NbiaClient v1 = NbiaClient.builder().baseUrl(server.root()).apiVersion(ApiVersion.V1).build()) {
      assertThatThrownBy(v1::getCollectionDescriptions).hasMessageContaining("generation V1");
    }
  }
}
