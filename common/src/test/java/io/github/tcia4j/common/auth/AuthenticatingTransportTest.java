package io.github.tcia4j.common.auth;

import static io.github.tcia4j.common.auth.OAuthTokenManagerTest.jsonResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaAuthenticationException;
import io.github.tcia4j.common.error.TciaUnauthorizedException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthenticatingTransportTest {
  private static final URI API = URI.create("https://nbia.example.org/nbia-api/services/v2/getCollectionValues");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final OAuthTokenManager tokens = new OAuthTokenManager(
      OAuthSettings.nbiaProxy(URI.create("https://nbia.example.org"), Credentials.guest()),
      call -> jsonResult(call, 200, "{\"access_token\":\"tok-" + tokenRequests.incrementAndGet()
          + "\",\"expires_in\":7200}"),
      clock);

  /** Records the calls and answers with the queued statuses (200 once the queue is empty). */
  private static final class ScriptedServer implements Transport {
    final List<HttpCall> calls = new ArrayList<>();
    final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
    final List<TrackedBody> bodies = new ArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();

    ScriptedServer(Integer... script) {
      statuses.addAll(List.of(script));
    }

    @Override
    public synchronized HttpResult send(HttpCall call) {
      calls.add(call);
      Integer status = statuses.poll();
      int code = status == null ? 200 : status;
      TrackedBody body = new TrackedBody("answer " + calls.size());
      bodies.add(body);
      return new HttpResult(call, code, Map.of(), body, 1);
    }

    List<String> authorizations() {
      return calls.stream().map(c -> c.header("Authorization").orElse("<none>")).toList();
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  /** A body that remembers whether it was closed. */
  private static final class TrackedBody extends ByteArrayInputStream {
    final AtomicBoolean closed = new AtomicBoolean();

    TrackedBody(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @Test
  void addsBearerHeaderAndKeepsTheRequestOtherwiseUnchanged() {
    ScriptedServer server = new ScriptedServer(200);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    try (HttpResult result = transport.send(HttpCall.get(API).header("Accept", "application/json").build())) {
      assertThat(result.status()).isEqualTo(200);
    }

    assertThat(server.authorizations()).containsExactly("Bearer tok-1");
    HttpCall sent = server.calls.get(0);
    assertThat(sent.uri()).isEqualTo(API);
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.header("Accept")).contains("application/json");
  }

  @Test
  void tokenIsReusedAcrossRequests() {
    ScriptedServer server = new ScriptedServer(200, 200, 200);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    for (int i = 0; i < 3; i++) {
      transport.send(HttpCall.get(API).build()).close();
    }

    assertThat(server.authorizations()).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-1");
    assertThat(tokenRequests).hasValue(1);
  }

  @Test
  void unauthorizedThenSuccessRenewsOnceAndResends() {
    ScriptedServer server = new ScriptedServer(401, 200);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    try (HttpResult result = transport.send(HttpCall.get(API).build())) {
      assertThat(result.status()).isEqualTo(200);
      assertThat(result.bodyAsString()).isEqualTo("answer 2");
    }

    assertThat(server.authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(tokenRequests).hasValue(2);
    assertThat(server.bodies.get(0).closed).isTrue();
  }

  @Test
  void postIsResentWithItsBodyAfterUnauthorized() {
    ScriptedServer server = new ScriptedServer(401, 200);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);
    HttpCall post = HttpCall.post(API).form(Params.of("Collection", "TCGA-LUAD")).build();

    transport.send(post).close();

    assertThat(server.calls).hasSize(2);
    assertThat(server.calls).allSatisfy(call -> {
      assertThat(call.method()).isEqualTo("POST");
      assertThat(new String(call.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("Collection=TCGA-LUAD");
    });
    assertThat(server.authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void secondUnauthorizedIsReturnedAfterOneRenewal() {
    ScriptedServer server = new ScriptedServer(401, 401, 200);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    HttpResult result = transport.send(HttpCall.get(API).build());

    assertThat(result.status()).isEqualTo(401);
    assertThat(server.calls).hasSize(2);
    assertThat(tokenRequests).hasValue(2);
    assertThatThrownBy(() -> result.requireSuccess("getCollectionValues"))
        .isInstanceOf(TciaUnauthorizedException.class)
        .hasMessageContaining("HTTP 401");
  }

  @Test
  void existingAuthorizationHeaderIsLeftAlone() {
    ScriptedServer server = new ScriptedServer(401);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    HttpResult result = transport.send(HttpCall.get(API).header("authorization", "Basic dXNlcjpwYXNz").build());

    assertThat(result.status()).isEqualTo(401);
    assertThat(server.authorizations()).containsExactly("Basic dXNlcjpwYXNz");
    assertThat(tokenRequests).hasValue(0);
  }

  @Test
  void otherErrorStatusesAreReturnedWithoutRenewal() {
    ScriptedServer server = new ScriptedServer(403);
    Transport transport = AuthenticatingTransport.wrap(server, tokens);

    HttpResult result = transport.send(HttpCall.get(API).build());

    assertThat(result.status()).isEqualTo(403);
    assertThat(server.calls).hasSize(1);
    assertThat(tokenRequests).hasValue(1);
  }

  @Test
  void loginFailureReachesTheCallerWithoutSendingTheRequest() {
    ScriptedServer server = new ScriptedServer(200);
    OAuthTokenManager failing = new OAuthTokenManager(
        OAuthSettings.nbiaProxy(URI.create("https://nbia.example.org"), new Credentials("erin", "pw-erin")),
        call -> new HttpResult(call, 401, Map.of(), InputStream.nullInputStream(), 1), clock);
    Transport transport = AuthenticatingTransport.wrap(server, failing);

    assertThatThrownBy(() -> transport.send(HttpCall.get(API).build()))
        .isInstanceOf(TciaAuthenticationException.class)
        .hasMessageContaining("login failed for user 'erin'");
    assertThat(server.calls).isEmpty();
  }

  @Test
  void closeClosesTheWrappedTransport() {
    ScriptedServer server = new ScriptedServer();
    AuthenticatingTransport transport = new AuthenticatingTransport(server, tokens);

    transport.close();

    assertThat(server.closed).isTrue();
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    ScriptedServer server = new ScriptedServer();
    assertThatThrownBy(() -> AuthenticatingTransport.wrap(null, tokens)).hasMessageContaining("inner");
    assertThatThrownBy(() -> AuthenticatingTransport.wrap(server, null)).hasMessageContaining("tokens");
    assertThatThrownBy(() -> AuthenticatingTransport.wrap(server, tokens).send(null)).hasMessageContaining("call");
  }
}
