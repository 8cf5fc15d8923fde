package io.github.tcia4j.common.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A Keycloak-like token endpoint on 127.0.0.1 for tests: records every request and answers with
 * whatever the test's responder says.
 */
final class TokenEndpoint implements AutoCloseable {
  /** Path of the endpoint, as on a Keycloak realm. */
  static final String PATH = "/auth/realms/TCIA/protocol/openid-connect/token";

  /** One request as the endpoint received it. */
  record Received(String method, String contentType, Map<String, String> form) {
    String grantType() {
      return form.get("grant_type");
    }
  }

  /** One answer. */
  record Reply(int status, String contentType, String body) {
    static Reply json(int status, String body) {
      return new Reply(status, "application/json", body);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new ArrayList<>();
  private final CountDownLatch firstArrival = new CountDownLatch(1);
  private volatile Function<Received, Reply> responder;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  TokenEndpoint(Function<Received, Reply> responder) throws IOException {
    this.responder = responder;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A JSON token response like Keycloak's. */
  static String tokenJson(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {
    return "{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
        + ",\"refresh_expires_in\":" + refreshExpiresIn + ",\"refresh_token\":\"" + refreshToken
        + "\",\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"openid profile email\"}";
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  void respond(Function<Received, Reply> newResponder) {
    this.responder = newResponder;
  }

  /** Makes every request wait until the latch is released before it is answered. */
  void holdRequestsUntil(CountDownLatch release) {
    this.gate = release;
  }

  boolean awaitFirstRequest() throws InterruptedException {
    return firstArrival.await(60, TimeUnit.SECONDS);
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  synchronized int requestCount() {
    return received.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received request = new Received(exchange.getRequestMethod(),
          String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")), parseForm(body));
      synchronized (this) {
        received.add(request);
      }
      firstArrival.countDown();
      if (!gate.await(60, TimeUnit.SECONDS)) {
        throw new IOException("the test never released the held request");
      }
      Reply reply = responder.apply(request);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(name, value);
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
