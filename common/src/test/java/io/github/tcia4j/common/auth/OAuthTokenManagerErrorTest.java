package io.github.tcia4j.common.auth;

import static io.github.tcia4j.common.auth.OAuthTokenManagerTest.jsonResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.auth.TokenEndpoint.Reply;
import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaAuthenticationException;
import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTokenManagerErrorTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private TokenEndpoint endpoint;

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private OAuthTokenManager managerAnswering(Reply reply) throws IOException {
    endpoint = new TokenEndpoint(request -> reply);
    return new OAuthTokenManager(settings(endpoint.uri(), "nbia"), new LoopbackTransport(), clock);
  }

  private static OAuthSettings settings(URI tokenUri, String clientId) {
    return new OAuthSettings(tokenUri, clientId, Optional.empty(), Optional.empty(),
        new Credentials("dave", "pw-dave-1"), Duration.ofSeconds(60));
  }

  @Test
  void wrongPasswordNamesUserEndpointAndServerExplanation() throws IOException {
    OAuthTokenManager tokens = managerAnswering(Reply.json(401,
        "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("login failed for user 'dave' at " + endpoint.uri())
        .hasMessageContaining("rejected the user name or password (HTTP 401)")
        .hasMessageContaining("invalid_grant: Invalid user credentials")
        .hasMessageNotContaining("pw-dave-1")
        .satisfies(e -> assertThat(((TciaAuthenticationException) e).status()).hasValue(401));
    assertThat(tokens.expiresAt()).isEmpty();
  }

  @Test
  void badRequestFromTokenEndpointIsAlsoALoginFailure() throws IOException {
    OAuthTokenManager tokens = managerAnswering(Reply.json(400,
        "{\"error\":\"invalid_request\",\"error_description\":\"Missing parameter: username\"}"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("login failed for user 'dave'")
        .hasMessageContaining("(HTTP 400)")
        .hasMessageContaining("Missing parameter: username");
  }

  @Test
  void rejectedClientPointsAtClientIdAndSecret() throws IOException {
    OAuthTokenManager tokens = managerAnswering(Reply.json(401,
        "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("rejected the client")
        .hasMessageContaining("client id 'nbia'");
  }

  @Test
  void unauthorizedWithoutJsonBodyStillExplains() throws IOException {
    OAuthTokenManager tokens = managerAnswering(new Reply(401, "text/plain", ""));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("login failed for user 'dave'")
        .hasMessageContaining("(HTTP 401)");
  }

  @Test
  void unreachableEndpointNamesTheTokenUrlAndCause() throws IOException {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = socket.getLocalPort();
    }
    URI tokenUri = URI.create("http://127.0.0.1:" + freePort + "/nbia-api/oauth/token");
    OAuthTokenManager tokens = new OAuthTokenManager(settings(tokenUri, "NBIA"), new LoopbackTransport(), clock);

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("could not reach the token endpoint " + tokenUri)
        .hasMessageContaining("user 'dave'")
        .hasMessageContaining("ConnectException")
        .hasCauseInstanceOf(TciaIoException.class);
  }

  @Test
  void htmlPageInsteadOfTokenIsADecodeStyleFailure() throws IOException {
    OAuthTokenManager tokens = managerAnswering(new Reply(200, "text/html",
        "<!DOCTYPE html><html><body>Welcome to the portal</body></html>"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("answered HTTP 200")
        .hasMessageContaining("is not a JSON object")
        .hasMessageContaining("expected a JSON object with access_token")
        .hasMessageContaining("Welcome to the portal")
        .hasCauseInstanceOf(TciaDecodeException.class);
  }

  @Test
  void jsonWithoutAccessTokenIsADecodeStyleFailure() throws IOException {
    OAuthTokenManager tokens = managerAnswering(Reply.json(200, "{\"expires_in\":300,\"token_type\":\"Bearer\"}"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("has no access_token field")
        .hasCauseInstanceOf(TciaDecodeException.class);
  }

  @Test
  void jsonArrayIsNotATokenResponse() throws IOException {
    OAuthTokenManager tokens = managerAnswering(Reply.json(200, "[]"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("is not a JSON object");
  }

  @Test
  void missingEndpointSuggestsCheckingTheTokenUri() throws IOException {
    OAuthTokenManager tokens = managerAnswering(new Reply(404, "text/plain", "Not Found"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("does not exist (HTTP 404)")
        .hasMessageContaining("OAuthSettings.tokenUri");
  }

  @Test
  void serverErrorIsReportedWithStatus() throws IOException {
    OAuthTokenManager tokens = managerAnswering(new Reply(503, "text/plain", "maintenance"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("answered HTTP 503")
        .hasMessageContaining("try again later")
        .hasMessageContaining("maintenance");
  }

  @Test
  void brokenBodyStreamIsReportedAsAuthenticationFailure() {
    Transport broken = call -> new HttpResult(call, 200, Map.of("Content-Type", List.of("application/json")),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Connection reset");
          }
        }, 1);
    OAuthTokenManager tokens = new OAuthTokenManager(
        settings(URI.create("https://kc.example.org/token"), "nbia"), broken, clock);

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("broke while reading")
        .hasMessageContaining("Connection reset");
  }

  @Test
  void failureIsNotCachedForLaterCalls() {
    int[] calls = {0};
    Transport flaky = call -> {
      calls[0]++;
      if (calls[0] == 1) {
        throw new TciaIoException("Connection refused",
            RequestInfo.noResponse(call.method(), call.redactedUri(), 1), null, false);
      }
      return jsonResult(call, 200, "{\"access_token\":\"second-try\",\"expires_in\":300}");
    };
    OAuthTokenManager tokens = new OAuthTokenManager(
        settings(URI.create("https://kc.example.org/token"), "nbia"), flaky, clock);

    assertThatThrownBy(tokens::accessToken).isInstanceOf(TciaAuthenticationException.class);
    assertThat(tokens.accessToken()).isEqualTo("second-try");
  }
}
