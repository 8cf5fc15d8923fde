package io.github.tcia4j.common.auth;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal JDK-HttpClient transport for tests against a local server (no retries, no proxy). */
final class LoopbackTransport implements Transport {
  private final HttpClient client = HttpClient.newBuilder()
      .proxy(HttpClient.Builder.NO_PROXY)
      .connectTimeout(Duration.ofSeconds(30))
      .build();

  @Override
  public HttpResult send(HttpCall call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(60));
    call.headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Length")) {
        values.forEach(value -> request.header(name, value));
      }
    });
    request.method(call.method(), call.body()
        .map(HttpRequest.BodyPublishers::ofByteArray)
        .orElse(HttpRequest.BodyPublishers.noBody()));
    try {
      HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      return new HttpResult(call, response.statusCode(), response.headers().map(), response.body(), 1);
    } catch (IOException e) {
      throw new TciaIoException("No response: " + e, RequestInfo.noResponse(call.method(), call.redactedUri(), 1),
          e, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TciaIoException("Interrupted", RequestInfo.noResponse(call.method(), call.redactedUri(), 1),
          e, false);
    }
  }
}
