package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.download.ZipFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series that an interrupted run left partly in a {@code .part-*} folder is resumed instance by
 * instance when at least half of it is there, and fetched as a zip when less is.
 */
class SeriesResumeTest {
  @TempDir
  Path dir;
  private EngineHarness h;

  @BeforeEach
  void start() {
    h = new EngineHarness(dir.resolve("dl"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** Writes the named files of a series into a temporary folder as a killed run leaves it. */
  private Path leftover(ZipFixtures.SeriesData s, String... names) throws Exception {
    Path part = Files.createDirectories(h.root.resolve(s.seriesUid() + SeriesFiles.PART + "dead0001"));
    Files.writeString(part.resolve("LICENSE"), "licence");
    for (String name : names) {
      Files.write(part.resolve(name), s.files().get(name));
    }
    return part;
  }

  /** Writes the first half of a file, as when the run was killed while writing it. */
  private static void cutInHalf(ZipFixtures.SeriesData s, Path part, String name) throws Exception {
    byte[] whole = s.files().get(name);
    Files.write(part.resolve(name), Arrays.copyOf(whole, whole.length / 2));
  }

  private SeriesOutcome run(ZipFixtures.SeriesData s, UnaryOperator<DownloadRequest.Builder> options) {
    return h.run(options.apply(h.request(List.of(s.seriesUid()))).build()).outcomes().get(0);
  }

  private List<String> singleImageSops() {
    return h.server.requests().stream().filter(r -> r.endpoint().equals("getSingleImage"))
        .map(r -> r.query().get("SOPInstanceUID")).sorted().toList();
  }

  @Test
  void aPartlyPresentSeriesIsCompletedWithOnlyTheMissingInstances() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.30.1", 5));
    Path part = leftover(s, "1-01.dcm", "1-02.dcm", "1-03.dcm");
    cutInHalf(s, part, "1-04.dcm");

    SeriesOutcome o = run(s, b -> b);

    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(o.images()).isEqualTo(5);
    assertThat(o.attempts()).isEqualTo(1);
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w)
        .contains("resumed an interrupted download: 3 of 5 instances were already on disk, 2 were fetched"));
    assertThat(h.server.count("getImage")).as("no zip").isZero();
    assertThat(singleImageSops()).as("only the missing and the cut-off instance")
        .containsExactly(s.sopUids().get(3), s.sopUids().get(4));
    assertThat(RecordCheck.folder(o.location(), s.seriesUid(), true).complete()).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(o.location().resolve("1-0" + (i + 1) + ".dcm")).hasBinaryContent(s.instance(s.sopUids().get(i)));
    }
    for (int i = 3; i < 5; i++) {
      assertThat(o.location().resolve(s.sopUids().get(i) + ".dcm")).hasBinaryContent(s.instance(s.sopUids().get(i)));
    }
    assertThat(o.location().resolve("1-04.dcm")).doesNotExist();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void withoutVerificationLeftoversAreStillCheckedAgainstTheServersMd5() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.31.1", 4));
    Path part = leftover(s, "1-01.dcm", "1-02.dcm");
    cutInHalf(s, part, "1-03.dcm");

    SeriesOutcome o = run(s, b -> b.verifyMd5(false));

    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertThat(o.md5()).isEqualTo(Md5Check.NOT_CHECKED);
    assertThat(singleImageSops()).containsExactly(s.sopUids().get(2), s.sopUids().get(3));
    assertThat(o.location().resolve(s.sopUids().get(2) + ".dcm")).hasBinaryContent(s.instance(s.sopUids().get(2)));
    assertThat(RecordCheck.folder(o.location(), s.seriesUid(), true).complete()).isTrue();
  }

  @Test
  void lessThanHalfPresentIsFetchedAsAZip() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.32.1", 5));
    leftover(s, "1-01.dcm", "1-02.dcm");

    SeriesOutcome o = run(s, b -> b);

    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(h.server.count("getImage")).isEqualTo(1);
    assertThat(h.server.count("getSingleImage")).isZero();
    assertThat(h.server.count("getMD5HashForImage")).isZero();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void withoutRepairLeftoversAreDiscardedAndTheZipFetched() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.33.1", 3));
    leftover(s, "1-01.dcm", "1-02.dcm", "1-03.dcm");

    SeriesOutcome o = run(s, b -> b.repair(false));

    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(h.server.count("getImage")).isEqualTo(1);
    assertThat(h.server.count("getSingleImage")).isZero();
    assertThat(h.server.count("getMD5HashForImage")).isZero();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void aResumeThatFailsFallsBackToTheZip() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.34.1", 4));
    leftover(s, "1-01.dcm", "1-02.dcm");
    h.server.scriptSingle(s.seriesUid(), h.server.status(404, null));

    SeriesOutcome o = run(s, b -> b);

    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(o.attempts()).isEqualTo(2);
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("resuming from the files of an interrupted run"
        + " failed").contains("could not be fetched with getSingleImage").contains("the zip was downloaded instead"));
    assertThat(h.server.count("getImage")).isEqualTo(1);
    assertThat(RecordCheck.folder(o.location(), s.seriesUid(), true).complete()).isTrue();
    assertThat(h.leftovers()).isEmpty();
  }
}
