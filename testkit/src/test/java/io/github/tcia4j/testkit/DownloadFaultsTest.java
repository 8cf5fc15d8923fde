package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import io.github.tcia4j.testkit.fault.Sleeper;
import io.github.tcia4j.testkit.fault.StreamFaultKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Each stream fault of the downloads, as a plain JDK client sees it, and its reproducibility from
 * the seed. Every test starts its own sandbox with one custom collection of three 40-image series.
 */
class DownloadFaultsTest {
  private static final String COLLECTION = "SBX-Faults";

  private static TciaSandbox.Builder builder(FaultProfile profile) {
    return TciaSandbox.builder().withoutBuiltInCollections().faults(profile)
        .addCollection(CollectionSpec.builder(COLLECTION, "MR").seriesCount(3)
            .imagesPerSeries(40).build());
  }

  private static FaultProfile once(StreamFaultKind kind) {
    return FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .streamFaultFirst(kind, 1).perSeries(true).build()).build();
  }

  private static List<Series> series(TciaSandbox s) {
    return s.dataset(Host.NBIA).series();
  }

  private static String imageUrl(TciaSandbox s, Series x, String... extra) {
    List<String> q = new ArrayList<>(List.of("SeriesInstanceUID", x.seriesInstanceUid(),
        "IncludeMD5", "yes"));
    q.addAll(List.of(extra));
    return s.nbiaUrl() + V4 + "getImage?" + Http.encode(q.toArray(new String[0]));
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
  }

  private static HttpResponse<InputStream> open(String url) throws Exception {
    return Zips.CLIENT.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Reads a body to its end, or to the failure; returns what arrived and the failure. */
  private record Read(byte[] bytes, IOException failure) {}

  private static Read readAll(InputStream in) {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        got.write(buf, 0, n);
      }
      return new Read(got.toByteArray(), null);
    } catch (IOException e) {
      return new Read(got.toByteArray(), e);
    }
  }

  private static byte[] fileOf(TciaSandbox s, Series x, Instance i) {
    return SyntheticDicom.toBytes(InstanceSpecs.of(s.dataset(Host.NBIA), x, i));
  }

  @Test
  void aResetBreaksTheStreamMidwayAndTheRetryWorks() throws Exception {
    try (TciaSandbox s = builder(once(StreamFaultKind.RESET)).start()) {
      Series x = series(s).get(0);
      HttpResponse<InputStream> r = open(imageUrl(s, x));
      assertThat(r.statusCode()).isEqualTo(200);
      Read read = readAll(r.body());
      assertThat(read.failure()).as("the client sees a broken body").isNotNull();
      String head = new String(read.bytes(), StandardCharsets.ISO_8859_1);
      assertThat(head).as("the zip had begun").startsWith("PK\u0003\u0004").contains("LICENSE");
      assertThat(Zips.hasCentralDirectory(read.bytes())).isFalse();
      assertThat(s.counters().faults(FaultKind.RESET)).isEqualTo(1);
      assertThat(s.requests().get(0).faults()).containsExactly("RESET");

      HttpResponse<byte[]> retry = Zips.get(imageUrl(s, x));
      List<Zips.Entry> zip = Zips.entries(retry.body());
      assertThat(zip).hasSize(42);
      assertThat(Zips.hasCentralDirectory(retry.body())).isTrue();
      assertThat(s.counters().faults(FaultKind.RESET)).isEqualTo(1);
    }
  }

  @Test
  void aTruncatedZipEndsCleanlyWithoutCentralDirectory() throws Exception {
    try (TciaSandbox s = builder(once(StreamFaultKind.TRUNCATE)).start()) {
      Series x = series(s).get(1);
      HttpResponse<byte[]> r = Zips.get(imageUrl(s, x));
      assertThat(r.statusCode()).as("the HTTP exchange completes").isEqualTo(200);
      assertThat(Zips.hasCentralDirectory(r.body())).isFalse();
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
          ZipEntry e;
          while ((e = in.getNextEntry()) != null) {
            seen.add(e.getName());
            in.readAllBytes();
          }
        }
      }).isInstanceOf(IOException.class);
      assertThat(seen).isNotEmpty().startsWith("LICENSE").hasSizeLessThan(42)
          .doesNotContain("md5hashes.csv");
      assertThat(s.requests().get(0).faults()).containsExactly("TRUNCATE");
      assertThat(Zips.entries(Zips.get(imageUrl(s, x)).body())).hasSize(42);
    }
  }

  @Test
  void aCorruptedByteKeepsTheZipValidButBreaksOneMd5() throws Exception {
    try (TciaSandbox s = builder(once(StreamFaultKind.CORRUPT)).start()) {
      Series x = series(s).get(2);
      HttpResponse<byte[]> r = Zips.get(imageUrl(s, x));
      assertThat(Zips.hasCentralDirectory(r.body())).isTrue();
      List<Zips.Entry> zip = Zips.entries(r.body());
      assertThat(zip).hasSize(42);
      Map<String, String> listed = Zips.md5List(zip);
      List<Zips.Entry> wrong = zip.subList(1, 41).stream()
          .filter(e -> !e.md5().equals(listed.get(e.name()))).toList();
      assertThat(wrong).hasSize(1);
      Zips.Entry bad = wrong.get(0);
      Instance i = s.dataset(Host.NBIA).instances(x.seriesInstanceUid()).stream()
          .filter(k -> new String(bad.data(), StandardCharsets.ISO_8859_1)
              .contains(k.sopInstanceUid() + "\0")).findFirst().orElseThrow();
      byte[] truth = fileOf(s, x, i);
      assertThat(listed.get(bad.name())).isEqualTo(Zips.md5(truth));
      List<Integer> differing = new ArrayList<>();
      for (int k = 0; k < truth.length; k++) {
        if (truth[k] != bad.data()[k]) {
          differing.add(k);
        }
      }
      assertThat(differing).hasSize(1);
      int at = differing.get(0);
      assertThat(bad.data()[at]).isEqualTo((byte) ~truth[at]);
      assertThat(s.counters().faults(FaultKind.CORRUPT)).isEqualTo(1);
      List<Zips.Entry> again = Zips.entries(Zips.get(imageUrl(s, x)).body());
      assertThat(again.subList(1, 41)).allSatisfy(e ->
          assertThat(e.md5()).isEqualTo(Zips.md5List(again).get(e.name())));
    }
  }

  @Test
  void aStallHoldsTheStreamUntilReleased() throws Exception {
    CountDownLatch stalled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Duration> asked = new ArrayList<>();
    Sleeper gate = d -> {
      asked.add(d);
      stalled.countDown();
      release.await();
    };
    FaultProfile p = FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .streamFaultFirst(StreamFaultKind.STALL, 1).stallDuration(Duration.ofMinutes(10))
        .build()).build();
    try (TciaSandbox s = builder(p).sleeper(gate).start()) {
      Series x = series(s).get(0);
      HttpResponse<InputStream> r = open(imageUrl(s, x));
      CompletableFuture<Read> reading = CompletableFuture.supplyAsync(() -> readAll(r.body()));
      assertThat(stalled.await(60, TimeUnit.SECONDS)).as("the stall began").isTrue();
      assertThat(asked).containsExactly(Duration.ofMinutes(10));
      assertThatThrownBy(() -> reading.get(2, TimeUnit.SECONDS))
          .as("a client read timeout fires while the server holds the stream")
          .isInstanceOf(TimeoutException.class);
      release.countDown();
      Read done = reading.get(60, TimeUnit.SECONDS);
      assertThat(done.failure()).isNull();
      assertThat(Zips.entries(done.bytes())).hasSize(42);
      assertThat(s.counters().faults(FaultKind.STALL)).isEqualTo(1);
    }
  }

  @Test
  void closingTheSandboxEndsAStall() throws Exception {
    CountDownLatch stalled = new CountDownLatch(1);
    Sleeper real = d -> {
      stalled.countDown();
      Sleeper.SYSTEM.sleep(d);
    };
    FaultProfile p = FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .streamFaultFirst(StreamFaultKind.STALL, 1).stallDuration(Duration.ofMinutes(10))
        .build()).build();
    TciaSandbox s = builder(p).sleeper(real).start();
    try {
      HttpResponse<InputStream> r = open(imageUrl(s, series(s).get(0)));
      CompletableFuture<Read> reading = CompletableFuture.supplyAsync(() -> readAll(r.body()));
      assertThat(stalled.await(60, TimeUnit.SECONDS)).isTrue();
      s.close();
      Read read = reading.get(120, TimeUnit.SECONDS);
      assertThat(read.failure()).as("the connection was closed, not completed").isNotNull();
    } finally {
      s.close();
    }
  }

  @Test
  void faultPlacesRepeatForTheSameSeed() throws Exception {
    FaultProfile p = FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .truncateProbability(1.0).build()).build();
    List<Integer> lengths = new ArrayList<>();
    for (long seed : new long[] {7, 7, 8, 9}) {
      try (TciaSandbox s = builder(p).seed(seed).start()) {
        Series x = series(s).get(0);
        byte[] first = Zips.get(imageUrl(s, x)).body();
        byte[] second = Zips.get(imageUrl(s, x)).body();
        assertThat(Zips.hasCentralDirectory(first)).isFalse();
        lengths.add(first.length);
        lengths.add(second.length);
      }
    }
    assertThat(lengths.subList(0, 2)).isEqualTo(lengths.subList(2, 4));
    assertThat(lengths.get(0)).as("another request index, another place")
        .isNotEqualTo(lengths.get(1));
    assertThat(lengths.subList(4, 8)).isNotEqualTo(lengths.subList(0, 4));
  }

  @Test
  void everySeriesFailsOnceWithTheNamedProfile() throws Exception {
    try (TciaSandbox s = builder(FaultProfile.named("reset-once")).start()) {
      for (Series x : series(s)) {
        Read broken = readAll(open(imageUrl(s, x)).body());
        assertThat(broken.failure()).isNotNull();
      }
      for (Series x : series(s)) {
        assertThat(Zips.entries(Zips.get(imageUrl(s, x)).body())).hasSize(42);
      }
      assertThat(s.counters().faults(FaultKind.RESET)).isEqualTo(3);
    }
  }

  @Test
  void aRuleCanTargetOneSeries() throws Exception {
    try (TciaSandbox probe = builder(FaultProfile.none()).start()) {
      String target = series(probe).get(1).seriesInstanceUid();
      FaultProfile p = FaultProfile.builder().series("getImage", target, FaultRule.builder()
          .failFirst(1).streamFaultFirst(StreamFaultKind.TRUNCATE, 1).build()).build();
      try (TciaSandbox s = builder(p).start()) {
        Series other = series(s).get(0);
        Series hit = series(s).get(1);
        assertThat(Zips.entries(Zips.get(imageUrl(s, other)).body())).hasSize(42);
        HttpResponse<byte[]> failed = Zips.get(imageUrl(s, hit));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Zips.entries(Zips.get(imageUrl(s, other)).body())).hasSize(42);
        assertThat(Zips.hasCentralDirectory(Zips.get(imageUrl(s, hit)).body())).isFalse();
        assertThat(Zips.entries(Zips.get(imageUrl(s, hit)).body())).hasSize(42);
      }
    }
  }

  @Test
  void burstsOfErrorsAndRateLimitsComeBeforeTheDownload() throws Exception {
    FaultProfile p = FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .failFirst(2).rateLimitFirst(1).retryAfter(Duration.ofSeconds(3)).build()).build();
    try (TciaSandbox s = builder(p).start()) {
      String url = imageUrl(s, series(s).get(0));
      for (int k = 0; k < 2; k++) {
        HttpResponse<byte[]> e = Zips.get(url);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(new String(e.body(), StandardCharsets.UTF_8))
            .isEqualTo(Paths.PROCESS_FAILED + "\nnull");
      }
      HttpResponse<byte[]> limited = Zips.get(url);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
      assertThat(Zips.entries(Zips.get(url).body())).hasSize(42);
    }
  }

  @Test
  void singleImagesSufferStreamFaultsToo() throws Exception {
    FaultProfile p = FaultProfile.builder().endpoint("getSingleImage", FaultRule.builder()
        .streamFaultFirst(StreamFaultKind.CORRUPT, 1).build()).build();
    try (TciaSandbox s = builder(p).start()) {
      Series x = series(s).get(0);
      Instance i = s.dataset(Host.NBIA).instances(x.seriesInstanceUid()).get(0);
      String url = s.nbiaUrl() + V4 + "getSingleImage?" + Http.encode("SeriesInstanceUID",
          x.seriesInstanceUid(), "SOPInstanceUID", i.sopInstanceUid());
      byte[] corrupted = Zips.get(url).body();
      byte[] clean = Zips.get(url).body();
      assertThat(clean).isEqualTo(fileOf(s, x, i));
      assertThat(corrupted).hasSameSizeAs(clean).isNotEqualTo(clean);
      String md5 = new String(Zips.get(s.nbiaUrl() + V4 + "getMD5HashForImage?SOPInstanceUID="
          + i.sopInstanceUid()).body(), StandardCharsets.US_ASCII);
      assertThat(Zips.md5(clean)).isEqualTo(md5);
      assertThat(Zips.md5(corrupted)).isNotEqualTo(md5);
    }
  }
}
