package io.github.tcia4j.nbia.wire;

import com.sun.net.httpserver.HttpServer;
import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 with an ephemeral port that records every NBIA request
 * and answers from a script (default: HTTP 200 with an empty body, NBIA's "no rows"). It also
 * serves a token endpoint at {@code /nbia-api/oauth/token} so that V2 clients can log in.
 */
final class WireServer implements AutoCloseable {
  /** One request as the server saw it: the path after {@code /nbia-api/services/}, decoded parameters. */
  record Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form,
      String authorization) {
    String param(String name) {
      List<String> v = query.containsKey(name) ? query.get(name) : form.get(name);
      return v == null ? null : String.join("|", v);
    }
  }

  /** A scripted answer. */
  record Answer(int status, String contentType, String body) {
    static Answer json(String body) {
      return new Answer(200, "application/json", body);
    }

    static Answer csv(String body) {
      return new Answer(200, "text/csv", body);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Answer> script = r -> new Answer(200, "application/json", "");

  WireServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/nbia-api/oauth/token", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        byte[] body = "{\"access_token\":\"wire-token\",\"token_type\":\"bearer\",\"expires_in\":7200}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.createContext("/nbia-api/services/", exchange -> {
      try (exchange) {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        Request request = new Request(exchange.getRequestMethod(),
            uri.getPath().substring("/nbia-api/services/".length()), parse(uri.getRawQuery()),
            "POST".equals(exchange.getRequestMethod()) ? parse(body) : Map.of(),
            exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(request);
        Answer answer = script.apply(request);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (bytes.length == 0) {
          exchange.sendResponseHeaders(answer.status(), -1);
        } else {
          exchange.sendResponseHeaders(answer.status(), bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        }
      }
    });
    server.start();
  }

  /** The server root, e.g. {@code http://127.0.0.1:12345}. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A client of this server for one API generation, without retries (each request is seen once). */
  NbiaClient client(ApiVersion version) {
    return NbiaClient.builder().baseUrl(root()).apiVersion(version)
        .configure(c -> c.retryPolicy(RetryPolicy.none())).build();
  }

  /** Replaces the script. */
  void answer(Function<Request, Answer> newScript) {
    this.script = newScript;
  }

  /** The requests seen so far. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The only request seen since the last {@link #clear()}. */
  Request single() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, saw " + requests.size() + ": " + requests);
    }
    return requests.get(0);
  }

  void clear() {
    requests.clear();
  }

  private static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return map;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return map;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
