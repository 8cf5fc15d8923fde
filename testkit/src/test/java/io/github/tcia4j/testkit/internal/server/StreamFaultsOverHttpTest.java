package io.github.tcia4j.testkit.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.ColumnEra;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.RequestCounters;
import io.github.tcia4j.testkit.auth.TokenService;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import io.github.tcia4j.testkit.internal.data.Datasets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stream faults applied by the host server to streamed answers, end to end over HTTP, on a
 * test route that streams a known body (the download endpoints use the same path).
 */
class StreamFaultsOverHttpTest {
  private static final int LENGTH = 200_000;
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(20)).version(HttpClient.Version.HTTP_1_1).build();
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private HostServer server;
  private RequestLog log;
  private RequestCounters counters;

  private static byte[] body() {
    byte[] b = new byte[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }

  private String start(UnaryOperator<FaultRule.Builder> rule) throws IOException {
    Dataset empty = Datasets.build(Host.NBIA, 1, LocalDate.of(2026, 1, 1), 8, 8, false,
        List.of(), List.of());
    log = new RequestLog(100);
    counters = new RequestCounters();
    FaultProfile p = FaultProfile.builder().endpoint("v4/getBlob",
        rule.apply(FaultRule.builder()).build()).build();
    FaultState faults = new FaultState(p, 42, System::nanoTime, sleeps::add);
    HostContext ctx = new HostContext(Host.NBIA, empty, new TokenService(Host.NBIA,
        Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(2), List.of()),
        Clock.systemUTC(), ColumnEra.CURRENT, faults, counters, log);
    RouteTable routes = new RouteTable().get(Family.V4, "getBlob", null,
        req -> SandboxResponse.streaming(200, "application/octet-stream", LENGTH,
            out -> {
              byte[] b = body();
              for (int off = 0; off < LENGTH; off += 10_000) {
                out.write(b, off, 10_000);
              }
            }));
    server = new HostServer(ctx, routes, 0, 4);
    server.start();
    return ctx.rootUrl() + "/nbia-api/services/v4/getBlob";
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void noFaultStreamsTheWholeBodyChunked() throws Exception {
    HttpResponse<byte[]> r = get(start(b -> b));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Length")).isEmpty();
    assertThat(r.body()).isEqualTo(body());
    RecordedRequest rec = log.snapshot().get(0);
    assertThat(rec.bytesSent()).isEqualTo(LENGTH);
    assertThat(rec.faults()).isEmpty();
  }

  @Test
  void resetCutsTheConnection() throws Exception {
    String url = start(b -> b.resetProbability(1.0));
    assertThatThrownBy(() -> get(url)).isInstanceOf(IOException.class);
    assertThat(counters.faults(FaultKind.RESET)).isEqualTo(1);
  }

  @Test
  void truncationEndsCleanlyButShort() throws Exception {
    HttpResponse<byte[]> r = get(start(b -> b.truncateProbability(1.0)));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().length).isLessThan(LENGTH).isGreaterThan(LENGTH / 25);
    byte[] full = body();
    for (int i = 0; i < r.body().length; i++) {
      assertThat(r.body()[i]).isEqualTo(full[i]);
    }
    assertThat(counters.faults(FaultKind.TRUNCATE)).isEqualTo(1);
    assertThat(log.snapshot().get(0).faults()).containsExactly("TRUNCATE");
    assertThat(log.snapshot().get(0).bytesSent()).isEqualTo(r.body().length);
  }

  @Test
  void corruptionFlipsOneByte() throws Exception {
    HttpResponse<byte[]> r = get(start(b -> b.corruptProbability(1.0)));
    byte[] full = body();
    assertThat(r.body()).hasSize(LENGTH);
    int diff = 0;
    for (int i = 0; i < LENGTH; i++) {
      if (r.body()[i] != full[i]) {
        diff++;
      }
    }
    assertThat(diff).isEqualTo(1);
  }

  @Test
  void stallsWaitThroughTheSleeper() throws Exception {
    HttpResponse<byte[]> r = get(start(b -> b.stallProbability(1.0)
        .stallDuration(Duration.ofSeconds(45))));
    assertThat(r.body()).isEqualTo(body());
    assertThat(sleeps).containsExactly(Duration.ofSeconds(45));
    assertThat(counters.faults(FaultKind.STALL)).isEqualTo(1);
  }
}
