package io.github.tcia4j.common.auth;

import static io.github.tcia4j.common.auth.TokenEndpoint.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.tcia4j.common.auth.TokenEndpoint.Received;
import io.github.tcia4j.common.auth.TokenEndpoint.Reply;
import io.github.tcia4j.common.error.TciaAuthenticationException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTokenManagerTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final AtomicInteger issued = new AtomicInteger();
  private TokenEndpoint endpoint;

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /** Issues access-N / refresh-N, valid 300 s, refresh token valid 1800 s. */
  private Reply issue(Received request) {
    int n = issued.incrementAndGet();
    return Reply.json(200, tokenJson("access-" + n, 300, "refresh-" + n, 1800));
  }

  private OAuthTokenManager manager(Credentials user) throws IOException {
    endpoint = new TokenEndpoint(this::issue);
    return new OAuthTokenManager(keycloak(endpoint.uri(), user), new LoopbackTransport(), clock);
  }

  private static OAuthSettings keycloak(URI tokenUri, Credentials user) {
    return new OAuthSettings(tokenUri, "nbia", Optional.empty(), Optional.empty(), user,
        OAuthSettings.DEFAULT_REFRESH_MARGIN);
  }

  @Test
  void passwordGrantSendsExactlyTheStandardFields() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "p@ss w+rd&=%"));

    assertThat(tokens.accessToken()).isEqualTo("access-1");

    Received request = endpoint.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(request.form()).containsOnly(
        entry("grant_type", "password"),
        entry("username", "alice"),
        entry("password", "p@ss w+rd&=%"),
        entry("client_id", "nbia"));
  }

  @Test
  void guestAccountLogsInWithEmptyPasswordThroughNbiaProxySettings() throws IOException {
    endpoint = new TokenEndpoint(this::issue);
    URI root = URI.create(endpoint.uri().toString().replace(TokenEndpoint.PATH, ""));
    OAuthSettings proxy = OAuthSettings.nbiaProxy(root, Credentials.guest());
    OAuthSettings settings = new OAuthSettings(endpoint.uri(), proxy.clientId(), proxy.clientSecret(),
        proxy.scope(), proxy.credentials(), proxy.refreshMargin());
    OAuthTokenManager tokens = new OAuthTokenManager(settings, new LoopbackTransport(), clock);

    assertThat(tokens.accessToken()).isEqualTo("access-1");
    assertThat(endpoint.received().get(0).form()).containsOnly(
        entry("grant_type", "password"),
        entry("username", "nbia_guest"),
        entry("password", ""),
        entry("client_id", "NBIA"));
  }

  @Test
  void clientSecretAndScopeAreSentWhenSet() throws IOException {
    endpoint = new TokenEndpoint(this::issue);
    OAuthSettings settings = new OAuthSettings(endpoint.uri(), "nbia", Optional.of("client-secret-1"),
        Optional.of("openid"), new Credentials("alice", "pw-alice"), Duration.ofSeconds(60));
    OAuthTokenManager tokens = new OAuthTokenManager(settings, new LoopbackTransport(), clock);

    tokens.accessToken();
    clock.advance(Duration.ofSeconds(250));
    tokens.accessToken();

    List<Received> received = endpoint.received();
    assertThat(received.get(0).form()).containsOnly(
        entry("grant_type", "password"),
        entry("username", "alice"),
        entry("password", "pw-alice"),
        entry("client_id", "nbia"),
        entry("client_secret", "client-secret-1"),
        entry("scope", "openid"));
    assertThat(received.get(1).form()).containsOnly(
        entry("grant_type", "refresh_token"),
        entry("refresh_token", "refresh-1"),
        entry("client_id", "nbia"),
        entry("client_secret", "client-secret-1"));
  }

  @Test
  void tokenRequestIsAnIdempotentFormPost() {
    List<HttpCall> calls = new ArrayList<>();
    Transport recording = call -> {
      calls.add(call);
      return jsonResult(call, 200, tokenJson("access-x", 300, "refresh-x", 1800));
    };
    OAuthTokenManager tokens = new OAuthTokenManager(
        keycloak(URI.create("https://keycloak.example.org/token"), new Credentials("bob", "pw-bob")),
        recording, clock);

    tokens.accessToken();

    assertThat(calls).hasSize(1);
    HttpCall call = calls.get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.idempotent()).isTrue();
    assertThat(call.uri()).hasToString("https://keycloak.example.org/token");
    assertThat(call.header("Content-Type")).contains("application/x-www-form-urlencoded");
    assertThat(call.header("Authorization")).isEmpty();
  }

  @Test
  void tokenIsReusedWhileValidAndOutsideTheMargin() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));

    assertThat(tokens.accessToken()).isEqualTo("access-1");
    assertThat(tokens.accessToken()).isEqualTo("access-1");
    clock.advance(Duration.ofSeconds(239));
    assertThat(tokens.accessToken()).isEqualTo("access-1");

    assertThat(endpoint.requestCount()).isEqualTo(1);
    assertThat(tokens.expiresAt()).contains(START.plusSeconds(300));
  }

  @Test
  void tokenIsRefreshedWithRefreshGrantWithinTheMargin() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    tokens.accessToken();

    clock.advance(Duration.ofSeconds(241));
    assertThat(tokens.accessToken()).isEqualTo("access-2");

    List<Received> received = endpoint.received();
    assertThat(received).hasSize(2);
    assertThat(received.get(1).form()).containsOnly(
        entry("grant_type", "refresh_token"),
        entry("refresh_token", "refresh-1"),
        entry("client_id", "nbia"));
    assertThat(tokens.expiresAt()).contains(START.plusSeconds(241 + 300));
  }

  @Test
  void failedRefreshGrantFallsBackToPasswordGrantOnce() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    tokens.accessToken();
    endpoint.respond(request -> "refresh_token".equals(request.grantType())
        ? Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}")
        : issue(request));

    clock.advance(Duration.ofSeconds(250));
    assertThat(tokens.accessToken()).isEqualTo("access-2");

    assertThat(endpoint.received()).extracting(Received::grantType)
        .containsExactly("password", "refresh_token", "password");
  }

  @Test
  void failedFallbackReportsThePasswordGrantFailure() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    tokens.accessToken();
    endpoint.respond(request -> Reply.json(401,
        "{\"error\":\"invalid_grant\",\"error_description\":\"Account disabled\"}"));

    clock.advance(Duration.ofSeconds(250));
    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("login failed for user 'alice'")
        .hasMessageContaining("Account disabled")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    assertThat(endpoint.received()).extracting(Received::grantType)
        .containsExactly("password", "refresh_token", "password");
  }

  @Test
  void expiredRefreshTokenLeadsToPasswordGrant() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    endpoint.respond(request -> {
      int n = issued.incrementAndGet();
      return Reply.json(200, tokenJson("access-" + n, 300, "refresh-" + n, 100));
    });
    tokens.accessToken();

    clock.advance(Duration.ofSeconds(250));
    assertThat(tokens.accessToken()).isEqualTo("access-2");

    assertThat(endpoint.received()).extracting(Received::grantType).containsExactly("password", "password");
  }

  @Test
  void refreshExpiresInZeroMeansTheRefreshTokenDoesNotExpire() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    endpoint.respond(request -> {
      int n = issued.incrementAndGet();
      return Reply.json(200, tokenJson("access-" + n, 300, "refresh-" + n, 0));
    });
    tokens.accessToken();

    clock.advance(Duration.ofDays(3));
    assertThat(tokens.accessToken()).isEqualTo("access-2");

    assertThat(endpoint.received()).extracting(Received::grantType).containsExactly("password", "refresh_token");
  }

  @Test
  void responseWithoutRefreshTokenIsRenewedWithPasswordGrant() {
    AtomicInteger n = new AtomicInteger();
    List<String> grants = new ArrayList<>();
    Transport fake = call -> {
      grants.add(formField(call, "grant_type"));
      return jsonResult(call, 200, "{\"access_token\":\"only-" + n.incrementAndGet() + "\",\"expires_in\":300}");
    };
    OAuthTokenManager tokens = new OAuthTokenManager(
        keycloak(URI.create("https://kc.example.org/token"), new Credentials("bob", "pw-bob")), fake, clock);

    assertThat(tokens.accessToken()).isEqualTo("only-1");
    clock.advance(Duration.ofSeconds(245));
    assertThat(tokens.accessToken()).isEqualTo("only-2");
    assertThat(grants).containsExactly("password", "password");
  }

  @Test
  void missingExpiresInDefaultsToFiveMinutes() {
    Transport fake = call -> jsonResult(call, 200, "{\"access_token\":\"no-expiry\",\"token_type\":\"bearer\"}");
    OAuthTokenManager tokens = new OAuthTokenManager(
        keycloak(URI.create("https://kc.example.org/token"), new Credentials("bob", "pw-bob")), fake, clock);

    assertThat(tokens.expiresAt()).isEmpty();
    tokens.accessToken();

    assertThat(tokens.expiresAt()).contains(START.plus(OAuthTokenManager.DEFAULT_LIFETIME));
  }

  @Test
  void expiresInGivenAsTextIsUnderstood() {
    Transport fake = call -> jsonResult(call, 200, "{\"access_token\":\"t\",\"expires_in\":\"7199\"}");
    OAuthTokenManager tokens = new OAuthTokenManager(
        keycloak(URI.create("https://kc.example.org/token"), new Credentials("bob", "pw-bob")), fake, clock);

    tokens.accessToken();

    assertThat(tokens.expiresAt()).contains(START.plusSeconds(7199));
  }

  @Test
  void shortLivedTokenIsRenewedAtHalfItsLifetimeInsteadOfOnEveryCall() {
    AtomicInteger n = new AtomicInteger();
    Transport fake = call -> jsonResult(call, 200,
        "{\"access_token\":\"short-" + n.incrementAndGet() + "\",\"expires_in\":30}");
    OAuthTokenManager tokens = new OAuthTokenManager(
        keycloak(URI.create("https://kc.example.org/token"), new Credentials("bob", "pw-bob")), fake, clock);

    assertThat(tokens.accessToken()).isEqualTo("short-1");
    clock.advance(Duration.ofSeconds(14));
    assertThat(tokens.accessToken()).isEqualTo("short-1");
    clock.advance(Duration.ofSeconds(2));
    assertThat(tokens.accessToken()).isEqualTo("short-2");
  }

  @Test
  void renewAfterRejectionRenewsTheRejectedToken() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    String first = tokens.accessToken();

    assertThat(tokens.renewAfterRejection(first)).isEqualTo("access-2");
    assertThat(endpoint.received()).extracting(Received::grantType).containsExactly("password", "refresh_token");
  }

  @Test
  void renewAfterRejectionOfAnOlderTokenReturnsTheCurrentOneWithoutRequest() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    String first = tokens.accessToken();
    String second = tokens.renewAfterRejection(first);

    assertThat(tokens.renewAfterRejection(first)).isEqualTo(second);
    assertThat(endpoint.requestCount()).isEqualTo(2);
  }

  @Test
  void renewAfterRejectionBeforeAnyLoginLogsIn() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));

    assertThat(tokens.renewAfterRejection("unknown-token")).isEqualTo("access-1");
    assertThat(endpoint.received()).extracting(Received::grantType).containsExactly("password");
  }

  @Test
  void constructorAndRenewalRejectNulls() {
    OAuthSettings settings = keycloak(URI.create("https://kc.example.org/token"), Credentials.guest());
    Transport none = call -> {
      throw new AssertionError("no request expected");
    };
    assertThatThrownBy(() -> new OAuthTokenManager(null, none, clock)).hasMessageContaining("settings");
    assertThatThrownBy(() -> new OAuthTokenManager(settings, null, clock)).hasMessageContaining("transport");
    assertThatThrownBy(() -> new OAuthTokenManager(settings, none, null)).hasMessageContaining("clock");
    OAuthTokenManager tokens = new OAuthTokenManager(settings, none, clock);
    assertThatThrownBy(() -> tokens.renewAfterRejection(null)).hasMessageContaining("rejectedToken");
  }

  @Test
  void toStringNamesEndpointAndUserAndExpiryButNoToken() throws IOException {
    OAuthTokenManager tokens = manager(new Credentials("alice", "pw-alice"));
    assertThat(tokens.toString()).contains("token=none");

    tokens.accessToken();

    assertThat(tokens.toString())
        .contains(endpoint.uri().toString(), "nbia", "alice", "valid until " + START.plusSeconds(300))
        .doesNotContain("access-1", "refresh-1", "pw-alice");
  }

  static HttpResult jsonResult(HttpCall call, int status, String body) {
    return new HttpResult(call, status, Map.of("Content-Type", List.of("application/json")),
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 1);
  }

  static String formField(HttpCall call, String name) {
    String body = new String(call.body().orElseThrow(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("form has no field " + name);
  }
}
