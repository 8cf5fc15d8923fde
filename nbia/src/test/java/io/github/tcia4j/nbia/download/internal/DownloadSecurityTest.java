package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.download.ZipFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile zips served over HTTP: each is rejected with a clear message and leaves nothing behind. */
class DownloadSecurityTest {
  @TempDir
  Path sandbox;
  private EngineHarness h;
  private Path root;

  @BeforeEach
  void start() throws Exception {
    root = Files.createDirectories(sandbox.resolve("a").resolve("b").resolve("dl"));
    h = new EngineHarness(root);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private SeriesOutcome download(String uid, boolean asZip) throws Exception {
    SeriesOutcome o = h.run(h.request(List.of(uid)).asZip(asZip).build()).outcomes().get(0);
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.attempts()).as("an unsafe zip is not retried").isEqualTo(1);
    assertThat(o.httpRequests()).isEqualTo(1);
    assertThat(h.server.count("getSingleImage")).as("nor repaired").isZero();
    assertThat(h.tree()).as("nothing but the lock stays").containsExactly(".tcia4j.lock");
    try (Stream<Path> all = Files.walk(sandbox)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> sandbox.relativize(p).toString()))
          .as("nothing was written outside the download folder").containsExactly("a/b/dl/.tcia4j.lock");
    }
    return o;
  }

  private String serve(Map<String, byte[]> entries) {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.6." + Math.abs(entries.hashCode() % 1000) + ".1",
        1));
    h.server.script(s.seriesUid(), h.server.body(ZipFixtures.zip(entries)));
    return s.seriesUid();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil", "/abs", "a/../../b", "C:\\x", "../../../../evil"})
  void traversalEntriesAreRejected(String name) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("LICENSE", "ok".getBytes());
    entries.put(name, "pwned".getBytes());
    String uid = serve(entries);
    assertThat(download(uid, false).error()).contains("zip entry '" + name + "'");
    assertThat(download(uid, true).error()).contains("zip entry '" + name + "'");
  }

  @Test
  void theBriefsMessageForEscapes() throws Exception {
    String uid = serve(Map.of("../x", new byte[] {1}));
    assertThat(download(uid, false).error()).isEqualTo("zip entry '../x' escapes the download folder");
  }

  @Test
  void symbolicLinkEntriesAreRejected() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("1-01.dcm", "../../../etc/passwd".getBytes());
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.6.50.1", 1));
    h.server.script(s.seriesUid(), h.server.body(ZipFixtures.markSymlink(ZipFixtures.zip(entries), "1-01.dcm")));
    assertThat(download(s.seriesUid(), false).error()).contains("is a symbolic link");
  }

  @Test
  void aHundredThousandTinyEntriesAreRejected() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      entries.put("x" + i + ".dcm", new byte[] {(byte) i});
    }
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.6.51.1", 1));
    h.server.script(s.seriesUid(), h.server.body(ZipFixtures.zip(entries)));
    assertThat(download(s.seriesUid(), false).error()).contains("more than 17 entries (ImageCount 1 + 16)")
        .contains("zip-bomb guard");
  }

  @Test
  void anEntryInflatingToGigabytesIsRejected() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.6.52.1", 1));
    h.server.script(s.seriesUid(), (exchange, zip) -> {
      exchange.sendResponseHeaders(200, 0);
      try {
        ZipFixtures.writeZeroBomb(exchange.getResponseBody(), "1-01.dcm", 2L << 30);
      } catch (java.io.IOException expected) {
        // the client hung up
      }
    });
    assertThat(download(s.seriesUid(), false).error()).contains("zip expands beyond").contains("FileSize");
  }
}
