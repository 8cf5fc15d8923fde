package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  private static final String SERVER_TEXT = """
      downloadServerUrl=https://nbia.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet
      includeAnnotation=true
      noOfrRetry=4
      databasketId=manifest-1664554157579.tcia
      manifestVersion=3.0
      ListOfSeriesToDownload=
      1.2.3
      1.2.4.5
      """;

  @TempDir
  Path dir;

  private static List<Path> realManifests() throws IOException {
    String shared = System.getProperty("tcia4j.shared.dir");
    assumeTrue(shared != null, "tcia4j.shared.dir is not set");
    Path folder = Path.of(shared, "fixtures", "nbia-api", "manifests");
    assumeTrue(Files.isDirectory(folder), "no manifest fixtures at " + folder);
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".tcia")).sorted().toList();
    }
  }

  @Test
  void parsesTheServerFormat() {
    Manifest m = Manifest.parse(SERVER_TEXT);
    assertThat(m.header()).containsExactly(
        Map.entry("downloadServerUrl", "https://nbia.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet"),
        Map.entry("includeAnnotation", "true"), Map.entry("noOfrRetry", "4"),
        Map.entry("databasketId", "manifest-1664554157579.tcia"), Map.entry("manifestVersion", "3.0"),
        Map.entry("ListOfSeriesToDownload", ""));
    assertThat(m.seriesUids()).containsExactly("1.2.3", "1.2.4.5");
    assertThat(m.size()).isEqualTo(2);
    assertThat(m.databasketId()).contains("manifest-1664554157579.tcia");
    assertThat(m.manifestVersion()).contains("3.0");
    assertThat(m.downloadServerUrl()).hasValueSatisfying(u -> assertThat(u).endsWith("/DownloadServlet"));
    assertThat(m.headerValue("nope")).isEmpty();
    assertThat(m.toText()).isEqualTo(SERVER_TEXT);
  }

  @Test
  void allNineRealManifestsParseWithTheirHeaderAndEveryUid() throws IOException {
    List<Path> files = realManifests();
    assertThat(files).hasSize(9);
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Manifest m = Manifest.read(file);
      assertThat(m.header().keySet()).as(file.toString()).containsExactly("downloadServerUrl", "includeAnnotation",
          "noOfrRetry", "databasketId", "manifestVersion", "ListOfSeriesToDownload");
      assertThat(m.downloadServerUrl())
          .contains("https://nbia.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet");
      assertThat(m.headerValue("includeAnnotation")).contains("true");
      assertThat(m.headerValue("noOfrRetry")).contains("4");
      assertThat(m.manifestVersion()).contains("3.0");
      assertThat(m.databasketId()).hasValueSatisfying(id -> assertThat(id).matches("manifest-\\d+\\.tcia"));
      List<String> nonHeader = lines.stream().filter(l -> !l.isBlank() && !l.contains("=")).toList();
      assertThat(m.seriesUids()).as(file.toString()).isEqualTo(nonHeader).isNotEmpty();
      assertThat(NbiaClient.manifestToList(file)).isEqualTo(nonHeader);
      assertThat(m.toText()).as("byte-exact round trip of " + file).isEqualTo(Files.readString(file));
    }
  }

  @Test
  void writeThenReadRoundTrips(@TempDir Path out) {
    Manifest m = Manifest.parse(SERVER_TEXT);
    Path file = m.write(out.resolve("sub/dir/cart.tcia"));
    assertThat(file).exists();
    assertThat(Manifest.read(file)).isEqualTo(m);
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void ofBuildsTheServerHeaderAndWriteFillsMissingKeys() throws IOException {
    Manifest m = Manifest.of(List.of("1.2", "3.4"));
    String text = m.toText();
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).isEqualTo("downloadServerUrl=" + Manifest.DEFAULT_DOWNLOAD_SERVER_URL);
    assertThat(lines.subList(1, 8)).startsWith("includeAnnotation=false", "noOfrRetry=4");
    assertThat(lines.get(3)).matches("databasketId=manifest-\\d+\\.tcia");
    assertThat(lines.subList(4, 8)).containsExactly("manifestVersion=3.0", "ListOfSeriesToDownload=", "1.2", "3.4");
    assertThat(text).endsWith("3.4\n").doesNotContain("\r");

    Manifest bare = new Manifest(Map.of(), List.of("9.9"));
    Path file = bare.write(dir.resolve("bare.tcia"));
    assertThat(Files.readString(file)).isEqualTo("downloadServerUrl=" + Manifest.DEFAULT_DOWNLOAD_SERVER_URL
        + "\nincludeAnnotation=false\nnoOfrRetry=4\ndatabasketId=bare.tcia\nmanifestVersion=3.0\n"
        + "ListOfSeriesToDownload=\n9.9\n");
  }

  @Test
  void extraHeaderLinesStayBeforeTheList() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("dataType", "radiology");
    h.put("manifestVersion", "3.1");
    String text = new Manifest(h, List.of("1.1")).toText();
    assertThat(text).contains("manifestVersion=3.1\ndataType=radiology\nListOfSeriesToDownload=\n1.1\n");
  }

  @Test
  void skipsBlankLinesCommentsAndHeaderLinesAnywhere() {
    String text = "\uFEFF# made by hand\r\n\r\n  1.2.3  \r\ndownloadServerUrl=x\r\n\t\r\nextra=1\r\n4.5.6\r\n";
    Manifest m = Manifest.parse(text);
    assertThat(m.seriesUids()).containsExactly("1.2.3", "4.5.6");
    assertThat(m.header()).containsEntry("downloadServerUrl", "x").containsEntry("extra", "1");
    assertThat(Manifest.parse("").seriesUids()).isEmpty();
    assertThat(Manifest.parse("1.2.3").seriesUids()).containsExactly("1.2.3");
  }

  @Test
  void malformedLineNamesItsLineNumber() {
    String text = SERVER_TEXT + "1.2.x\n";
    assertThatThrownBy(() -> Manifest.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 9").hasMessageContaining("'1.2.x'")
        .hasMessageContaining("not a Series Instance UID");
  }

  @Test
  void malformedFileNamesThePathAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tcia"), "1.2.3\n\nSeriesUID: 1.2.4\n");
    assertThatThrownBy(() -> Manifest.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("line 3");
  }

  @Test
  void missingFileAndDirectoryGiveClearMessages() {
    Path missing = dir.resolve("nope.tcia");
    assertThatThrownBy(() -> NbiaClient.manifestToList(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Manifest file not found").hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> Manifest.read(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> Manifest.parse("1.2").write(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> NbiaClient.manifestToList(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructorRejectsInvalidUidsAndHeaderKeys() {
    List<String> uids = new ArrayList<>(List.of("1.2", "abc"));
    assertThatThrownBy(() -> new Manifest(Map.of(), uids))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[1] = 'abc'");
    assertThatThrownBy(() -> new Manifest(Map.of("a=b", "c"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header key");
    assertThatThrownBy(() -> Manifest.of(" ", false, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("downloadServerUrl is blank");
  }

  @Test
  void isImmutable() {
    List<String> uids = new ArrayList<>(List.of("1.2"));
    Manifest m = new Manifest(new LinkedHashMap<>(Map.of("k", "v")), uids);
    uids.add("3.4");
    assertThat(m.seriesUids()).containsExactly("1.2");
    assertThatThrownBy(() -> m.seriesUids().add("5")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.header().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }
}
