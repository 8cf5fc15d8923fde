package io.github.tcia4j.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transport;
import io.github.tcia4j.common.http.Transports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkHttpTransportTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  private TestServer server;
  private TestServer other;
  private JdkHttpTransport transport;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    other = new TestServer();
    transport = new JdkHttpTransport(config().build());
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
    other.close();
    Thread.interrupted();
  }

  private static ClientConfig.Builder config() {
    return ClientConfig.builder().noProxy().connectTimeout(GENEROUS).requestTimeout(GENEROUS).readTimeout(GENEROUS);
  }

  @Test
  void returnsStatusHeadersAndBody() {
    server.text("/hello", 201, "hello world", "X-Test", "yes", "Content-Type", "text/plain; charset=UTF-8");

    HttpResult result = transport.send(HttpCall.get(server.uri("/hello?a=1")).build());

    assertThat(result.status()).isEqualTo(201);
    assertThat(result.header("x-test")).contains("yes");
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.call().uri()).isEqualTo(server.uri("/hello?a=1"));
    assertThat(result.bodyAsString()).isEqualTo("hello world");
    assertThat(server.received()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("GET");
      assertThat(r.uri().getRawQuery()).isEqualTo("a=1");
    });
  }

  @Test
  void returnsErrorStatusesAsResults() {
    server.text("/missing", 404, "Not here");

    HttpResult result = transport.send(HttpCall.get(server.uri("/missing")).build());

    assertThat(result.status()).isEqualTo(404);
    assertThat(result.bodyAsString()).isEqualTo("Not here");
  }

  @Test
  void sendsTheUserAgentOnEveryRequestUnlessTheCallSetsOne() {
    server.text("/ua", 204, "");
    try (JdkHttpTransport custom = new JdkHttpTransport(config().userAgent("tcia4j-test/9").build())) {
      custom.send(HttpCall.get(server.uri("/ua")).build()).close();
      custom.send(HttpCall.get(server.uri("/ua")).build()).close();
      custom.send(HttpCall.get(server.uri("/ua")).header("User-Agent", "notebook/1").build()).close();
    }

    assertThat(server.received()).extracting(r -> r.header("User-Agent"))
        .containsExactly("tcia4j-test/9", "tcia4j-test/9", "notebook/1");
  }

  @Test
  void sendsHeadersAndAFormBody() {
    server.text("/form", 200, "done");

    HttpResult result = transport.send(HttpCall.post(server.uri("/form"))
        .header("Accept", "application/json")
        .form(Params.of("Collection", "NSCLC Radiogenomics").with("Modality", "CT")).build());

    assertThat(result.bodyAsString()).isEqualTo("done");
    TestServer.Received r = server.received().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.header("Accept")).isEqualTo("application/json");
    assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.bodyText()).isEqualTo("Collection=NSCLC%20Radiogenomics&Modality=CT");
  }

  @Test
  void headRequestHasAnEmptyBody() {
    server.on("/head", exchange -> {
      exchange.getResponseHeaders().add("Content-Length", "1234");
      exchange.sendResponseHeaders(200, -1);
    });

    HttpResult result = transport.send(HttpCall.head(server.uri("/head")).build());

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.bodyAsBytes()).isEmpty();
    assertThat(server.received().get(0).method()).isEqualTo("HEAD");
  }

  @Test
  void streamsAChunkedBody() throws IOException {
    byte[] chunk = new byte[8192];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = (byte) (i * 31);
    }
    int chunks = 256;
    server.on("/big", exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < chunks; i++) {
        chunk[0] = (byte) i;
        out.write(chunk);
        out.flush();
      }
    });

    HttpResult result = transport.send(HttpCall.get(server.uri("/big")).build());

    assertThat(result.header("Transfer-Encoding")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("chunked"));
    long total = 0;
    byte[] buffer = new byte[5000];
    byte[] expected = chunk.clone();
    try (InputStream body = result.body()) {
      byte[] all = body.readAllBytes();
      total = all.length;
      for (int i = 0; i < chunks; i++) {
        expected[0] = (byte) i;
        assertThat(Arrays.copyOfRange(all, i * chunk.length, (i + 1) * chunk.length)).isEqualTo(expected);
      }
      assertThat(body.read(buffer)).isEqualTo(-1);
    }
    assertThat(total).isEqualTo((long) chunks * chunk.length);
  }

  @Test
  void connectionRefusedNamesTheCauseAndTheUrl() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/nbia-api/services/v4/getCollectionValues?password=x");

    TciaIoException e = catchThrowableOfType(TciaIoException.class, () -> transport.send(HttpCall.get(uri).build()));

    assertThat(e.isTimeout()).isFalse();
    assertThat(e.getMessage())
        .contains("Could not connect to 127.0.0.1:" + port, "Connection refused")
        .contains("GET http://127.0.0.1:" + port + "/nbia-api/services/v4/getCollectionValues?password=***")
        .contains("no response after 1 attempt");
    assertThat(e.status()).isEmpty();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void noHeadersWithinTheRequestTimeoutIsATimeout() {
    server.on("/slow", exchange -> {
      server.awaitRelease();
      TestServer.respond(exchange, 200, "too late");
    });

    TciaIoException e = catchThrowableOfType(TciaIoException.class, () ->
        transport.send(HttpCall.get(server.uri("/slow")).timeout(Duration.ofMillis(500)).build()));

    assertThat(e.isTimeout()).isTrue();
    assertThat(e.getMessage()).contains("within 0.5 s (request timeout)", "/slow");
  }

  @Test
  void bodyThatStallsFailsAfterTheReadTimeout() throws IOException {
    server.on("/stall", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write("first part".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      server.awaitRelease();
    });

    HttpResult result = transport.send(HttpCall.get(server.uri("/stall")).readTimeout(Duration.ofMillis(500)).build());

    try (InputStream body = result.body()) {
      assertThat(new String(body.readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("first part");
      assertThatThrownBy(body::read)
          .isInstanceOf(SocketTimeoutException.class)
          .hasMessageContaining("no data for 0.5 s")
          .hasMessageContaining("GET " + server.uri("/stall"));
      assertThatThrownBy(body::read).as("the failure sticks").isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void configuredReadTimeoutAppliesAndBodyAsBytesReportsATimeout() {
    server.on("/stall", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write('x');
      exchange.getResponseBody().flush();
      server.awaitRelease();
    });

    try (JdkHttpTransport shortRead = new JdkHttpTransport(config().readTimeout(Duration.ofMillis(500)).build())) {
      HttpResult result = shortRead.send(HttpCall.get(server.uri("/stall")).build());

      TciaIoException e = catchThrowableOfType(TciaIoException.class, result::bodyAsBytes);
      assertThat(e.isTimeout()).isTrue();
      assertThat(e.getMessage()).contains("no data for 0.5 s", "HTTP 200");
    }
  }

  @Test
  void closingAStalledBodyEndsItAtOnce() throws IOException {
    server.on("/stall", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write('x');
      exchange.getResponseBody().flush();
      server.awaitRelease();
    });

    HttpResult result = transport.send(HttpCall.get(server.uri("/stall")).build());
    assertThat(result.body().read()).isEqualTo('x');
    result.close();

    assertThatThrownBy(() -> result.body().read()).isInstanceOf(IOException.class).hasMessageContaining("closed");
  }

  @Test
  void interruptWhileWaitingForHeadersThrowsAndKeepsTheFlag() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    server.on("/wait", exchange -> {
      arrived.countDown();
      server.awaitRelease();
    });
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        transport.send(HttpCall.get(server.uri("/wait")).build()).close();
      } catch (Throwable e) {
        thrown.set(e);
      }
      flag.set(Thread.currentThread().isInterrupted());
    });
    caller.start();

    assertThat(arrived.await(GENEROUS.toSeconds(), TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(GENEROUS.toMillis());

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(TciaIoException.class).hasMessageContaining("Interrupted");
    assertThat(flag.get()).isTrue();
  }

  @Test
  void redirectToAnotherPortDropsAuthorization() {
    server.text("/start", 302, "", "Location", other.uri("/target?from=a").toString());
    other.text("/target", 200, "on the other server");

    HttpResult result = transport.send(HttpCall.get(server.uri("/start"))
        .header("Authorization", "Bearer token-123").header("Accept", "text/plain").build());

    assertThat(result.bodyAsString()).isEqualTo("on the other server");
    assertThat(result.call().uri()).isEqualTo(other.uri("/target?from=a"));
    assertThat(server.received().get(0).header("Authorization")).isEqualTo("Bearer token-123");
    TestServer.Received redirected = other.received().get(0);
    assertThat(redirected.header("Authorization")).isNull();
    assertThat(redirected.header("Accept")).isEqualTo("text/plain");
  }

  @Test
  void redirectOnTheSameHostKeepsAuthorization() {
    server.text("/start", 301, "moved", "Location", "/target");
    server.text("/target", 200, "here");

    HttpResult result = transport.send(HttpCall.get(server.uri("/start"))
        .header("Authorization", "Bearer token-123").build());

    assertThat(result.bodyAsString()).isEqualTo("here");
    assertThat(server.received()).extracting(r -> r.uri().getPath()).containsExactly("/start", "/target");
    assertThat(server.received()).extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer token-123", "Bearer token-123");
  }

  @Test
  void redirect303TurnsPostIntoGetWithoutBody() {
    server.text("/submit", 303, "", "Location", "/result");
    server.text("/result", 200, "result");

    HttpResult result = transport.send(HttpCall.post(server.uri("/submit")).form(Params.of("a", "1")).build());

    assertThat(result.bodyAsString()).isEqualTo("result");
    TestServer.Received second = server.received().get(1);
    assertThat(second.method()).isEqualTo("GET");
    assertThat(second.body()).isEmpty();
    assertThat(second.header("Content-Type")).isNull();
  }

  @Test
  void redirect307KeepsMethodAndBody() {
    server.text("/submit", 307, "", "Location", "/elsewhere");
    server.text("/elsewhere", 200, "kept");

    HttpResult result = transport.send(HttpCall.post(server.uri("/submit")).form(Params.of("a", "1")).build());

    assertThat(result.bodyAsString()).isEqualTo("kept");
    TestServer.Received second = server.received().get(1);
    assertThat(second.method()).isEqualTo("POST");
    assertThat(second.bodyText()).isEqualTo("a=1");
    assertThat(second.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void tooManyRedirectsFail() {
    server.text("/loop", 302, "", "Location", "/loop");

    assertThatThrownBy(() -> transport.send(HttpCall.get(server.uri("/loop")).build()))
        .isExactlyInstanceOf(TciaException.class)
        .hasMessageContaining("Too many redirects")
        .hasMessageContaining("HTTP 302");
    assertThat(server.received()).hasSize(Redirects.MAX_REDIRECTS + 1);
  }

  @Test
  void redirectWithoutLocationIsReturnedAsIs() {
    server.text("/odd", 302, "no location");

    HttpResult result = transport.send(HttpCall.get(server.uri("/odd")).build());

    assertThat(result.status()).isEqualTo(302);
    assertThat(result.bodyAsString()).isEqualTo("no location");
  }

  @Test
  void singleProxyReceivesTheAbsoluteFormRequest() {
    other.text("/", 200, "from proxy");

    try (JdkHttpTransport proxied = new JdkHttpTransport(config().proxy("127.0.0.1", other.port()).build())) {
      HttpResult result = proxied.send(HttpCall.get(URI.create("http://tcia.invalid/nbia-api/x?y=1")).build());

      assertThat(result.bodyAsString()).isEqualTo("from proxy");
    }
    TestServer.Received r = other.received().get(0);
    assertThat(r.uri().toString()).isEqualTo("http://tcia.invalid/nbia-api/x?y=1");
    assertThat(r.header("Host")).isEqualTo("tcia.invalid");
  }

  @Test
  void proxiesMapRoutesByScheme() {
    other.text("/", 200, "from proxy");
    server.text("/direct", 200, "direct");

    try (JdkHttpTransport httpProxied = new JdkHttpTransport(
        config().proxies(Map.of("http", "http://127.0.0.1:" + other.port())).build())) {
      assertThat(httpProxied.send(HttpCall.get(URI.create("http://tcia.invalid/a")).build()).bodyAsString())
          .isEqualTo("from proxy");
    }
    try (JdkHttpTransport httpsOnly = new JdkHttpTransport(
        config().proxies(Map.of("https", "127.0.0.1:" + other.port())).build())) {
      assertThat(httpsOnly.send(HttpCall.get(server.uri("/direct")).build()).bodyAsString()).isEqualTo("direct");
    }

    assertThat(other.received()).singleElement()
        .satisfies(r -> assertThat(r.uri().toString()).isEqualTo("http://tcia.invalid/a"));
    assertThat(server.received()).singleElement().satisfies(r -> assertThat(r.uri().getPath()).isEqualTo("/direct"));
  }

  @Test
  void refusedProxyIsNamedInTheMessage() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (JdkHttpTransport proxied = new JdkHttpTransport(config().proxy("127.0.0.1", port).build())) {
      assertThatThrownBy(() -> proxied.send(HttpCall.get(URI.create("http://tcia.invalid/a")).build()))
          .isInstanceOf(TciaIoException.class)
          .hasMessageContaining("via proxy 127.0.0.1:" + port);
    }
  }

  @Test
  void rejectsReservedHeadersAndNonHttpUrls() {
    assertThatThrownBy(() -> transport.send(HttpCall.get(server.uri("/x")).header("Host", "other").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Host' cannot be set");
    assertThatThrownBy(() -> transport.send(HttpCall.get(URI.create("ftp://files.example/x")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http:// or https://");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void closeIsIdempotentAndLaterSendsFail() {
    transport.close();
    transport.close();

    assertThatThrownBy(() -> transport.send(HttpCall.get(server.uri("/x")).build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(transport.toString()).contains("closed");
  }

  @Test
  void defaultChainUsesTheJdkTransport() {
    server.text("/ok", 200, "chained");

    try (Transport chain = Transports.create(config().build())) {
      HttpResult result = chain.send(HttpCall.get(server.uri("/ok")).build());

      assertThat(result.attempts()).isEqualTo(1);
      assertThat(result.bodyAsString()).isEqualTo("chained");
    }
  }
}
