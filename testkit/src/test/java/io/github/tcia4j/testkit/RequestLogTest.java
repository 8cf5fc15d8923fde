package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-05-05T05:05:05Z"));

  @Test
  void recordsEachAnsweredRequest() {
    try (TciaSandbox s = TciaSandbox.builder().clock(CLOCK).start()) {
      Http h = Http.of(s);
      Http.Res r = h.getRaw(V4 + "getPatient?Collection=SBX+Head%2BNeck&format=csv");
      h.post(V4 + "getSeriesMetadata", "list", "1.2", "list", "3.4");
      h.get("/nbia-api/services/v4/nothing");
      List<RecordedRequest> log = s.requests();
      assertThat(log).hasSize(3);
      RecordedRequest get = log.get(0);
      assertThat(get.host()).isEqualTo(Host.NBIA);
      assertThat(get.method()).isEqualTo("GET");
      assertThat(get.path()).isEqualTo("/nbia-api/services/v4/getPatient");
      assertThat(get.query()).isEqualTo("Collection=SBX+Head%2BNeck&format=csv");
      assertThat(get.family()).isEqualTo("v4");
      assertThat(get.endpoint()).isEqualTo("getPatient");
      assertThat(get.queryParameters()).containsEntry("Collection", List.of("SBX Head+Neck"));
      assertThat(get.parameter("format")).contains("csv");
      assertThat(get.status()).isEqualTo(200);
      assertThat(get.bytesSent()).isEqualTo(r.raw().body().length);
      assertThat(get.startTime()).isEqualTo(CLOCK.instant());
      assertThat(get.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
      assertThat(get.bearerToken()).isFalse();
      assertThat(get.user()).isEmpty();
      assertThat(get.headers()).containsKey("User-Agent");
      RecordedRequest post = log.get(1);
      assertThat(post.formParameters()).containsEntry("list", List.of("1.2", "3.4"));
      assertThat(post.status()).isEqualTo(200);
      assertThat(post.bytesSent()).isZero();
      RecordedRequest unknown = log.get(2);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.family()).isEmpty();
      assertThat(unknown.endpoint()).isEmpty();
    }
  }

  @Test
  void countersAndClearing() {
    try (TciaSandbox s = TciaSandbox.start()) {
      Http h = Http.of(s);
      h.get(V4 + "getSeries", "Collection", "SBX-Lung-CT");
      h.get(V4 + "getSeries", "collection", "x");
      Tokens.guest(h).get(Paths.V2 + "getSeries", "Collection", "SBX-Lung-CT");
      RequestCounters c = s.counters();
      assertThat(c.total()).isEqualTo(4);
      assertThat(c.count("getSeries")).isEqualTo(3);
      assertThat(c.count("v4/getSeries")).isEqualTo(2);
      assertThat(c.count("v4/getSeries", 400)).isEqualTo(1);
      assertThat(c.count("root/oauth/token", 200)).isEqualTo(1);
      assertThat(c.countStatus(200)).isEqualTo(3);
      assertThat(c.snapshot()).containsEntry("v4/getSeries#400", 1L);
      assertThat(c.bytesSent()).isPositive();
      s.clearRequests();
      assertThat(s.requests()).isEmpty();
      assertThat(c.total()).isZero();
      assertThat(c.snapshot()).isEmpty();
    }
  }

  @Test
  void theLogKeepsTheNewestEntries() {
    try (TciaSandbox s = TciaSandbox.builder().requestLogCapacity(2).start()) {
      Http h = Http.of(s);
      h.get(V4 + "getCollectionValues");
      h.get(V4 + "getModalityValues");
      h.get(V4 + "getBodyPartValues");
      assertThat(s.requests()).extracting(RecordedRequest::endpoint)
          .containsExactly("getModalityValues", "getBodyPartValues");
      assertThat(s.counters().total()).isEqualTo(3);
    }
  }
}
