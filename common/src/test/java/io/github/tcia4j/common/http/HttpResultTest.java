package io.github.tcia4j.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaForbiddenException;
import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.error.TciaNotFoundException;
import io.github.tcia4j.common.error.TciaRateLimitException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.common.error.TciaUnauthorizedException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpResultTest {
  private static final URI SECRET_URL =
      URI.create("https://services.example.org/nbia-api/services/getSeries?Collection=X&password=secret");

  private static HttpResult result(int status, String body, Map<String, List<String>> headers) {
    return new HttpResult(HttpCall.get(SECRET_URL).build(), status, headers, new TrackingBody(body), 2);
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, TciaBadRequestException.class, "bad request"),
        Arguments.of(401, TciaUnauthorizedException.class, "unauthorized"),
        Arguments.of(403, TciaForbiddenException.class, "forbidden"),
        Arguments.of(404, TciaNotFoundException.class, "not found"),
        Arguments.of(429, TciaRateLimitException.class, "too many requests"),
        Arguments.of(500, TciaServerException.class, "server error"),
        Arguments.of(503, TciaServerException.class, "server error"),
        Arguments.of(418, TciaHttpException.class, "HTTP 418"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void requireSuccessThrowsTheMatchingSubtype(int status, Class<? extends TciaHttpException> type, String hint) {
    HttpResult result = result(status, "Invalid query parameter: 'collection'", Map.of());

    TciaHttpException e = catchThrowableOfType(TciaHttpException.class, () -> result.requireSuccess("getSeries"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.getMessage())
        .startsWith("getSeries failed with HTTP " + status)
        .contains(hint, "GET", "password=***", "Collection=X", "after 2 attempts",
            "Invalid query parameter: 'collection'")
        .doesNotContain("secret");
    assertThat(e.url()).contains("password=***");
    assertThat(e.bodySnippet()).isEqualTo("Invalid query parameter: 'collection'");
    assertThat(((TrackingBody) result.body()).closes()).isEqualTo(1);
  }

  @Test
  void requireSuccessReturnsTheResultFor2xx() {
    HttpResult result = result(204, "", Map.of());

    assertThat(result.requireSuccess("deleteThing")).isSameAs(result);
    assertThat(((TrackingBody) result.body()).closes()).isZero();
  }

  @Test
  void snippetIsShortenedAndRedacted() {
    String body = "{\"access_token\":\"abc.def\",\"detail\":\"" + "y".repeat(1000) + "\"}";
    HttpResult result = result(500, body, Map.of());

    TciaHttpException e = catchThrowableOfType(TciaHttpException.class, () -> result.requireSuccess("getToken"));

    assertThat(e.bodySnippet()).contains("\"access_token\":\"***\"").doesNotContain("abc.def")
        .endsWith("...").hasSizeLessThanOrEqualTo(HttpResult.SNIPPET_LENGTH + 3);
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    HttpResult result = result(429, "slow down", Map.of("retry-after", List.of("12")));

    TciaRateLimitException e = catchThrowableOfType(TciaRateLimitException.class,
        () -> result.requireSuccess("getSeries"));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
  }

  @Test
  void headersIgnoreCaseAndCharsetComesFromContentType() {
    HttpResult result = result(200, "x", Map.of("Content-Type", List.of("text/plain; charset=ISO-8859-1")));

    assertThat(result.header("content-type")).contains("text/plain; charset=ISO-8859-1");
    assertThat(result.charset().name()).isEqualTo("ISO-8859-1");
    assertThat(result.header("X-Missing")).isEmpty();
  }
}
