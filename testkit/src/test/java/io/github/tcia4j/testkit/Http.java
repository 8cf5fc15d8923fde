package io.github.tcia4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain HTTP against a sandbox host, with generous timeouts; never project client code. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(20)).version(HttpClient.Version.HTTP_1_1).build();

  private final String root;
  private String bearer;

  Http(String root) {
    this.root = root;
  }

  static Http of(TciaSandbox sandbox) {
    return new Http(sandbox.nbiaUrl());
  }

  static Http nlst(TciaSandbox sandbox) {
    return new Http(sandbox.nlstUrl());
  }

  Http withToken(String token) {
    Http h = new Http(root);
    h.bearer = token;
    return h;
  }

  /** A response with its body as text. */
  record Res(int status, String body, HttpResponse<byte[]> raw) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }
  }

  /** Query or form pairs: name, value, name, value, ... (encoded here). */
  static String encode(String... pairs) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", parts);
  }

  Res get(String path, String... query) {
    String q = query.length == 0 ? "" : "?" + encode(query);
    return send(request(path + q).GET());
  }

  Res getRaw(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  Res post(String path, String... form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  Res postRaw(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Res method(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Sends a request line as is over a socket (for requests java.net.URI refuses). */
  String rawRequest(String method, String pathAndQuery) {
    URI u = URI.create(root);
    try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
      socket.setSoTimeout(30_000);
      String req = method + " " + pathAndQuery + " HTTP/1.1\r\nHost: " + u.getHost() + "\r\n"
          + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + pathAndQuery))
        .timeout(Duration.ofSeconds(60));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  private static Res send(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Res(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
