package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.download.ZipFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesZipReaderTest {
  private static final String UID = "1.2.840.1.5";

  @TempDir
  Path root;

  private Path temp() throws IOException {
    return Files.createDirectory(root.resolve("series.part-1"));
  }

  private static SeriesZipReader.Contents read(byte[] zip, Path folder, ExpansionLimits limits)
      throws NetworkReadException {
    BodyTap tap = new BodyTap(new ByteArrayInputStream(zip), n -> {}, null, null);
    return SeriesZipReader.read(tap, folder, limits, f -> {});
  }

  private static ExpansionLimits limitsFor(ZipFixtures.SeriesData s) {
    return ExpansionLimits.forSeries(s.files().size(), s.fileSize());
  }

  @Test
  void extractsHashesAndChecksEveryEntryInOnePass() throws Exception {
    ZipFixtures.SeriesData s = ZipFixtures.series(UID, 3);
    byte[] zip = s.zip(true);
    Path folder = temp();
    List<String> written = new ArrayList<>();
    BodyTap tap = new BodyTap(new ByteArrayInputStream(zip), n -> {}, null, null);
    SeriesZipReader.Contents contents = SeriesZipReader.read(tap, folder, limitsFor(s), f -> written.add(f.name()));

    assertThat(written).containsExactly("LICENSE", "1-01.dcm", "1-02.dcm", "1-03.dcm", "md5hashes.csv");
    assertThat(contents.dicomCount()).isEqualTo(3);
    assertThat(contents.zipBytes()).isEqualTo(zip.length);
    assertThat(contents.md5List()).isPresent();
    for (Map.Entry<String, byte[]> e : s.files().entrySet()) {
      assertThat(folder.resolve(e.getKey())).hasBinaryContent(e.getValue());
      ExtractedFile f = contents.files().stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow();
      assertThat(f.md5()).isEqualTo(ZipFixtures.md5(e.getValue()));
      assertThat(f.preambleOk()).isTrue();
      assertThat(contents.md5List().get().md5(e.getKey())).hasValue(f.md5());
    }
    assertThat(contents.files().get(0).dicom()).as("LICENSE").isFalse();
  }

  @Test
  void verifyOnlyModeWritesNothing() throws Exception {
    ZipFixtures.SeriesData s = ZipFixtures.series(UID, 2);
    SeriesZipReader.Contents contents = read(s.zip(false), null, limitsFor(s));
    assertThat(contents.dicomCount()).isEqualTo(2);
    try (Stream<Path> files = Files.list(root)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aZipCutInsideAnEntryIsTruncated() throws Exception {
    byte[] zip = ZipFixtures.series(UID, 3).zip(true);
    byte[] cut = Arrays.copyOf(zip, zip.length / 2);
    assertThatThrownBy(() -> read(cut, temp(), ExpansionLimits.forSeries(3, null)))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aZipCutCleanlyBetweenEntriesIsCaughtByTheTrailerCheck() throws Exception {
    ZipFixtures.SeriesData s = ZipFixtures.series(UID, 3);
    byte[] zip = s.zip(true);
    byte[] cut = Arrays.copyOf(zip, ZipFixtures.centralDirectoryOffset(zip));
    assertThatThrownBy(() -> read(cut, temp(), limitsFor(s)))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("end-of-central-directory record is missing");
    byte[] withoutLastEntries = Arrays.copyOf(zip, ZipFixtures.centralDirectoryOffset(zip) + 46);
    assertThatThrownBy(() -> read(withoutLastEntries, temp2(), limitsFor(s)))
        .isInstanceOf(VerificationException.class);
  }

  private Path temp2() throws IOException {
    return Files.createDirectory(root.resolve("series.part-2"));
  }

  @Test
  void aFlippedByteInTheDataIsCorrupt() throws Exception {
    ZipFixtures.SeriesData s = ZipFixtures.series(UID, 3);
    byte[] zip = s.zip(true);
    int failures = 0;
    for (int at : new int[] {zip.length / 3, zip.length / 2, 2 * zip.length / 3}) {
      byte[] bad = zip.clone();
      bad[at] ^= (byte) 0xFF;
      Path folder = Files.createDirectory(root.resolve("c" + at));
      try {
        SeriesZipReader.Contents c = read(bad, folder, limitsFor(s));
        ZipChecks.verify(c, 3, true, false);
      } catch (VerificationException | UnsafeZipException e) {
        failures++;
      }
    }
    assertThat(failures).as("every corruption is detected").isEqualTo(3);
  }

  @Test
  void aCorruptedDeflateStreamNamesTheProblem() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    byte[] content = new byte[100_000];
    new java.util.Random(1).nextBytes(content);
    entries.put("1-01.dcm", content);
    byte[] zip = ZipFixtures.zip(entries);
    byte[] bad = zip.clone();
    bad[5_000] ^= 0x55;
    assertThatThrownBy(() -> read(bad, temp(), ExpansionLimits.forSeries(1, 100_000L)))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("zip is corrupt");
  }

  @Test
  void symbolicLinkEntriesAreRejectedAndNoLinkIsCreated() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("link", "/etc/passwd".getBytes());
    byte[] zip = ZipFixtures.markSymlink(ZipFixtures.zip(entries), "link");
    Path folder = temp();
    assertThatThrownBy(() -> read(zip, folder, ExpansionLimits.forSeries(1, 100L)))
        .isInstanceOf(UnsafeZipException.class)
        .hasMessage("zip entry 'link' is a symbolic link; links are never created");
    assertThat(Files.isSymbolicLink(folder.resolve("link"))).isFalse();
  }

  @Test
  void traversalEntriesAreRejectedBeforeAnyFileIsCreated() throws Exception {
    for (String name : List.of("../evil", "/abs", "a/../../b", "C:\\x")) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put(name, "boo".getBytes());
      Path folder = Files.createDirectory(root.resolve("t" + Math.abs(name.hashCode())));
      assertThatThrownBy(() -> read(ZipFixtures.zip(entries), folder, ExpansionLimits.forSeries(1, 10L)))
          .isInstanceOf(UnsafeZipException.class)
          .hasMessageContaining("zip entry '" + name + "'");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).isEmpty();
      }
    }
    assertThat(root.getParent().resolve("evil")).doesNotExist();
    assertThat(root.resolve("evil")).doesNotExist();
  }

  @Test
  void duplicateEntryNamesAreRejected() throws Exception {
    byte[] one = ZipFixtures.zip(Map.of("1-01.dcm", new byte[] {1}));
    byte[] local = Arrays.copyOf(one, ZipFixtures.centralDirectoryOffset(one));
    byte[] twice = new byte[local.length * 2];
    System.arraycopy(local, 0, twice, 0, local.length);
    System.arraycopy(local, 0, twice, local.length, local.length);
    assertThatThrownBy(() -> read(twice, temp(), ExpansionLimits.forSeries(2, 10L)))
        .isInstanceOf(UnsafeZipException.class)
        .hasMessageContaining("two entries named '1-01.dcm'");
  }

  @Test
  void tooManyEntriesTripTheGuard() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      entries.put(i + ".dcm", new byte[] {(byte) i});
    }
    byte[] zip = ZipFixtures.zip(entries);
    Path folder = temp();
    assertThatThrownBy(() -> read(zip, folder, ExpansionLimits.forSeries(3, 1000L)))
        .isInstanceOf(UnsafeZipException.class)
        .hasMessageContaining("more than 19 entries (ImageCount 3 + 16)");
    assertThatThrownBy(() -> read(zip, null, ExpansionLimits.forSeries(null, null)))
        .isInstanceOf(UnsafeZipException.class)
        .hasMessageContaining("more than 65536 entries");
  }

  @Test
  void aZipBombStopsAtTheByteLimit() throws Exception {
    Path folder = temp();
    try (PipedInputStream in = new PipedInputStream(1 << 16)) {
      Thread writer = bombWriter(in, 2L << 30);
      BodyTap tap = new BodyTap(in, n -> {}, null, null);
      assertThatThrownBy(() -> SeriesZipReader.read(tap, folder, ExpansionLimits.forSeries(1, 1000L), f -> {}))
          .isInstanceOf(UnsafeZipException.class)
          .hasMessageContaining("zip expands beyond 64.00 MiB")
          .hasMessageContaining("FileSize");
      in.close();
      writer.join(30_000);
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.mapToLong(p -> p.toFile().length()).sum()).isLessThanOrEqualTo(64L * 1024 * 1024 + 70_000);
    }
  }

  @Test
  void aZipBombOfUnknownSizeStopsAtTheRatioLimit() throws Exception {
    try (PipedInputStream in = new PipedInputStream(1 << 16)) {
      Thread writer = bombWriter(in, 2L << 30);
      BodyTap tap = new BodyTap(in, n -> {}, null, null);
      assertThatThrownBy(() -> SeriesZipReader.read(tap, null, ExpansionLimits.forSeries(null, null), f -> {}))
          .isInstanceOf(UnsafeZipException.class)
          .hasMessageContaining("inflates more than 500 times");
      in.close();
      writer.join(30_000);
    }
  }

  private static Thread bombWriter(PipedInputStream in, long size) throws IOException {
    PipedOutputStream out = new PipedOutputStream(in);
    Thread t = new Thread(() -> {
      try (out) {
        ZipFixtures.writeZeroBomb(out, "bomb.dcm", size);
      } catch (IOException expected) {
        // the reader gave up
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Test
  void aReadFailureOfTheBodyComesOutAsNetworkReadException() {
    byte[] zip = ZipFixtures.series(UID, 2).zip(true);
    InputStream failing = new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        if (position >= zip.length / 2) {
          throw new java.net.SocketException("Connection reset");
        }
        return zip[position++] & 0xFF;
      }
    };
    BodyTap tap = new BodyTap(failing, n -> {}, null, null);
    assertThatThrownBy(() -> SeriesZipReader.read(tap, null, ExpansionLimits.forSeries(2, 1000L), f -> {}))
        .isInstanceOf(NetworkReadException.class)
        .hasMessageContaining("Connection reset");
  }

  @Test
  void zip64TrailersAreUnderstood() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 66_000; i++) {
      entries.put(Integer.toString(i), new byte[0]);
    }
    byte[] zip = ZipFixtures.zip(entries);
    ExpansionLimits limits = new ExpansionLimits(70_000, 1000, 0, 0, "test", "test");
    SeriesZipReader.Contents contents = read(zip, null, limits);
    assertThat(contents.files()).hasSize(66_000);
  }
}
