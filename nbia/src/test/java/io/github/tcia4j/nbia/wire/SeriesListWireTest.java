package io.github.tcia4j.nbia.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.nbia.wire.WireServer.Answer;
import io.github.tcia4j.nbia.wire.WireServer.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getSeriesList: chunks, order, failures and the three generations' answers. */
class SeriesListWireTest {
  private static final String HEADER = "\"PatientID\",\"SeriesInstanceUID\",\"ImageCount\",\"StudyDate\"\n";

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

  private static List<String> uids(int n) {
    return IntStream.range(0, n).mapToObj(i -> "1.2.826.0.1." + i).toList();
  }

  /** Answers every requested UID whose last component is divisible by 1000, in reverse order. */
  private static Answer metadataFor(Request r) {
    List<String> asked = new ArrayList<>(Arrays.asList(r.param("list").split(",")));
    Collections.reverse(asked);
    String rows = asked.stream().filter(u -> Integer.parseInt(u.substring(u.lastIndexOf('.') + 1)) % 1000 == 0)
        .map(u -> "\"P\",\"" + u + "\",\"3\",\"09-15-1997\"\n").collect(Collectors.joining());
    return Answer.csv(rows.isEmpty() ? "" : HEADER + rows);
  }

  @Test
  void tenThousandAndOneUidsGoInTwoChunksAndComeBackInRequestOrder() throws IOException {
    server.answer(SeriesListWireTest::metadataFor);
    List<String> uids = uids(10_001);

    List<SeriesMetadata> rows = client.getSeriesList(uids);

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).param("list").split(",")).hasSize(10_000);
    assertThat(server.requests().get(1).param("list")).isEqualTo("1.2.826.0.1.10000");
    assertThat(server.requests()).allSatisfy(r -> assertThat(r.param("format")).isEqualTo("csv"));
    assertThat(rows).extracting(SeriesMetadata::seriesInstanceUid).containsExactlyElementsOf(
        IntStream.rangeClosed(0, 10).mapToObj(i -> "1.2.826.0.1." + (i * 1000)).toList());
    assertThat(rows).allSatisfy(m -> {
      assertThat(m.imageCount()).isEqualTo(3);
      assertThat(m.studyDate()).isEqualTo(LocalDate.of(1997, 9, 15));
    });
    String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
    if (logFile != null && Files.isRegularFile(Path.of(logFile))) {
      assertThat(Files.readString(Path.of(logFile))).contains("INFO")
          .contains("getSeriesList: 10001 series UIDs split into 2 chunks of at most 10000");
    }
  }

  @Test
  void duplicatesAreSentOnce() {
    server.answer(SeriesListWireTest::metadataFor);
    List<String> twice = new ArrayList<>(uids(5));
    twice.addAll(uids(5));

    client.getSeriesList(twice);

    assertThat(server.single().param("list").split(",")).hasSize(5);
  }

  @Test
  void aFailingChunkFailsTheWholeCallAndSaysHowManySucceeded() {
    server.answer(r -> server.requests().size() == 2
        ? new Answer(400, "text/plain", "A form parameter, list, containing at least one SeriesInstanceUID is required.")
        : metadataFor(r));

    assertThatThrownBy(() -> client.getSeriesList(uids(25_000)))
        .isInstanceOf(TciaBadRequestException.class)
        .hasMessageStartingWith("getSeriesList failed on chunk 2 of 3")
        .hasMessageContaining("1 chunk succeeded before it; no partial result is returned")
        .hasMessageContaining("containing at least one SeriesInstanceUID");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aFailingChunkKeepsTheServerExceptionTypeSoCallersCanCatchIt() {
    server.answer(r -> server.requests().size() == 2
        ? new Answer(500, "text/plain", "Server was not able to process your request")
        : metadataFor(r));

    assertThatThrownBy(() -> client.getSeriesList(uids(10_001)))
        .isInstanceOfSatisfying(TciaServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.context()).containsExactly(
              "getSeriesList failed on chunk 2 of 2 (1 chunk succeeded before it; no partial result is returned)");
        })
        .hasMessageContaining("Server was not able to process your request");
  }

  @Test
  void anHtmlLoginPageIsNotReadAsNoSeries() {
    server.answer(r -> new Answer(200, "text/html",
        "\n<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form>login</form></body></html>"));

    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("NBIA getSeriesMetadata answered with a body that is not the expected CSV")
        .hasMessageContaining("HTML")
        .hasMessageContaining("<!DOCTYPE html> <html><head><title>Sign in</title>");
  }

  @Test
  void aJsonBodyIsNotReadAsCsv() {
    server.answer(r -> Answer.json("[{\"SeriesInstanceUID\":\"1.2.3\"}]"));

    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("getSeriesMetadata").hasMessageContaining("it is JSON");
  }

  @Test
  void aCsvWithoutTheSeriesUidColumnIsNotReadAsEmptyRows() {
    server.answer(r -> Answer.csv("Foo,Bar\n1,2\n3,4\n"));

    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("NBIA getSeriesMetadata answered with a body that is not the expected CSV")
        .hasMessageContaining("its header has no SeriesInstanceUID column")
        .hasMessageContaining("Series UID")
        .hasMessageContaining("header found: Foo,Bar");
    server.answer(r -> Answer.csv("Foo,Bar\n"));
    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3")))
        .isInstanceOf(TciaDecodeException.class).hasMessageContaining("header found: Foo,Bar");
  }

  @Test
  void aRowWithoutItsSeriesUidIsRejected() {
    server.answer(r -> Answer.csv(HEADER + "\"P\",\"1.2.3\",\"3\",\"\"\n\"P\",\"\",\"3\",\"\"\n"));

    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("getSeriesMetadata")
        .hasMessageContaining("data line 2 has no SeriesInstanceUID");
  }

  @Test
  void aHeaderWithTheUidColumnAndNoRowsIsNoSeries() {
    server.answer(r -> Answer.csv(HEADER));
    assertThat(client.getSeriesList(List.of("1.2.3"))).isEmpty();
  }

  @Test
  void v2RequiresItsSeriesIdColumnToo() {
    server.answer(r -> Answer.csv("\"Subject ID\",\"Study UID\"\n\"S1\",\"1.2\"\n"));
    try (NbiaClient v2 = client(ApiVersion.V2)) {
      assertThatThrownBy(() -> v2.getSeriesList(List.of("1.2.3")))
          .isInstanceOf(TciaDecodeException.class)
          .hasMessageContaining("NBIA getSeriesMetadata2")
          .hasMessageContaining("header found: Subject ID,Study UID");
    }
  }

  @Test
  void aSingleChunkFailureKeepsItsOwnType() {
    server.answer(r -> new Answer(400, "text/plain", "Invalid form parameter: 'lists'."));

    assertThatThrownBy(() -> client.getSeriesList(uids(3)))
        .isInstanceOf(TciaBadRequestException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("Invalid form parameter: 'lists'.");
  }

  @Test
  void noMatchIsAnEmptyList() {
    assertThat(client.getSeriesList(uids(3))).isEmpty();
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client.getSeriesList(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids is empty");
    assertThatThrownBy(() -> client.getSeriesList(List.of("1.2.3", "1.2.3.x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[1] '1.2.3.x'");
    assertThatThrownBy(() -> client.getSeriesList(Arrays.asList("1.2", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[1]").hasMessageContaining("null");
    assertThatThrownBy(() -> client.getSeriesList(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("seriesUids");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void v2ReadsTheSpacedMetadata2Headers() {
    server.answer(r -> Answer.csv("\"Subject ID\",\"Study UID\",\"Series ID\",\"Number of images\",\"File Size (Bytes)\","
        + "\"Collection Name\",\"3rd Party Analysis\",\"Data Description URI\",\"License URL\",\"Date Released\"\n"
        + "\"S1\",\"1.2\",\"1.2.3\",\"12\",\"4096\",\"C\",\"NO\",\"https://doi.org/10.7937/x\",\"http://l\",\"2020-05-21\"\n"));
    try (NbiaClient v2 = client(ApiVersion.V2)) {
      List<SeriesMetadata> rows = v2.getSeriesList(List.of("1.2.3"));

      assertThat(server.requests()).last().satisfies(r -> {
        assertThat(r.path()).isEqualTo("getSeriesMetadata2");
        assertThat(r.authorization()).isEqualTo("Bearer wire-token");
      });
      assertThat(rows).singleElement().satisfies(m -> {
        assertThat(m.patientId()).isEqualTo("S1");
        assertThat(m.studyInstanceUid()).isEqualTo("1.2");
        assertThat(m.seriesInstanceUid()).isEqualTo("1.2.3");
        assertThat(m.imageCount()).isEqualTo(12);
        assertThat(m.fileSize()).isEqualTo(4096L);
        assertThat(m.collection()).isEqualTo("C");
        assertThat(m.thirdPartyAnalysis()).isEqualTo("NO");
        assertThat(m.dataDescriptionUri()).isEqualTo("https://doi.org/10.7937/x");
        assertThat(m.licenseUri()).isEqualTo("http://l");
        assertThat(m.dateReleased()).isEqualTo(LocalDate.of(2020, 5, 21).atStartOfDay());
        assertThat(m.extra()).isEmpty();
      });
    }
  }

  @Test
  void v1AsksOncePerSeriesAnd204MeansNoRow() {
    server.answer(r -> r.param("SeriesInstanceUID").equals("1.2.3")
        ? Answer.json("[{\"Series UID\":\"1.2.3\",\"Subject ID\":\"S\",\"Number of Images\":\"4\",\"File Size\":\"99\"}]")
        : new Answer(204, "application/json", ""));
    try (NbiaClient v1 = client(ApiVersion.V1)) {
      List<SeriesMetadata> rows = v1.getSeriesList(List.of("1.2.4", "1.2.3"));

      assertThat(server.requests()).hasSize(2);
      assertThat(rows).singleElement().satisfies(m -> {
        assertThat(m.seriesInstanceUid()).isEqualTo("1.2.3");
        assertThat(m.imageCount()).isEqualTo(4);
        assertThat(m.fileSize()).isEqualTo(99L);
      });
    }
  }

  @Test
  void v1FailureSaysHowManySeriesSucceededAndKeepsItsType() {
    server.answer(r -> server.requests().size() == 3 ? new Answer(503, "text/plain", "nope") : Answer.json(""));
    try (NbiaClient v1 = client(ApiVersion.V1)) {
      assertThatThrownBy(() -> v1.getSeriesList(uids(4)))
          .isInstanceOf(TciaServerException.class)
          .hasMessageContaining("failed on series 3 of 4 (2 requests succeeded before it")
          .hasMessageContaining("nope");
    }
  }
}
