package io.github.tcia4j.nbia.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.wire.WireServer.Answer;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getDicomTags and getSegRefSeries: "no such series" is no rows; failures name the method called. */
class DicomTagsWireTest {
  private static final String NOT_GRANTED = "The user has not been granted the access to image with given"
      + " SeriesInstanceUID,1.2.3. Please contact System Admin to resolve this issue.";

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
  void theNotGrantedAnswerForAnUnknownOrHiddenSeriesIsAnEmptyList() {
    server.answer(r -> new Answer(400, "text/plain", NOT_GRANTED));

    assertThat(client.getDicomTags("1.2.3")).isEmpty();
    assertThat(client.getSegRefSeries("1.2.3")).isEmpty();
    assertThat(server.requests()).hasSize(2).allSatisfy(r -> {
      assertThat(r.path()).isEqualTo("v4/getDicomTags");
      assertThat(r.param("SeriesUID")).isEqualTo("1.2.3");
    });
  }

  @Test
  void anotherBadRequestIsStillAnError() {
    server.answer(r -> new Answer(400, "text/plain", "Invalid query parameter: 'SeriesUid'."));

    assertThatThrownBy(() -> client.getDicomTags("1.2.3"))
        .isInstanceOf(TciaBadRequestException.class)
        .hasMessageStartingWith("NBIA getDicomTags failed with HTTP 400")
        .hasMessageContaining("Invalid query parameter");
  }

  @Test
  void aFailedSegRefSeriesSaysSoAndKeepsTheExceptionType() {
    server.answer(r -> new Answer(500, "text/plain", "Server was not able to process your request"));

    assertThatThrownBy(() -> client.getSegRefSeries(" 1.2.3 "))
        .isInstanceOfSatisfying(TciaServerException.class,
            e -> assertThat(e.context()).containsExactly("getSegRefSeries(1.2.3) failed"))
        .hasMessageStartingWith("getSegRefSeries(1.2.3) failed: NBIA getDicomTags failed with HTTP 500");
    assertThatThrownBy(() -> client.getDicomTags("1.2.3"))
        .isInstanceOf(TciaServerException.class)
        .hasMessageStartingWith("NBIA getDicomTags failed with HTTP 500");
  }
}
