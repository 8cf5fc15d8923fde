package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void parallelRequestsAreServedInParallel() throws Exception {
    int n = 8;
    CountDownLatch allInside = new CountDownLatch(n);
    ConcurrentLinkedQueue<Boolean> metOthers = new ConcurrentLinkedQueue<>();
    FaultProfile p = FaultProfile.builder().endpoint("getCollectionValues",
        FaultRule.builder().latency(Duration.ofMillis(1)).build()).build();
    try (TciaSandbox s = TciaSandbox.builder().faults(p).sleeper(d -> {
      allInside.countDown();
      metOthers.add(allInside.await(30, TimeUnit.SECONDS));
    }).start()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(s.nbiaUrl() + V4
            + "getCollectionValues")).timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      for (CompletableFuture<HttpResponse<String>> c : calls) {
        assertThat(c.get(180, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
      // every request waited inside the server until all eight had arrived
      assertThat(metOthers).hasSize(n).containsOnly(true);
    }
  }
}
