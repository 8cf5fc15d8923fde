package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The zip downloads' layout, names, MD5 lists, headers and content, over plain HTTP. */
class DownloadZipTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandbox.builder()
      .addCollection(CollectionSpec.of("SBX-Names-1", "CT", 1, 1))
      .addCollection(CollectionSpec.of("SBX-Names-9", "CT", 1, 9))
      .addCollection(CollectionSpec.of("SBX-Names-10", "MR", 1, 10))
      .addCollection(CollectionSpec.of("SBX-Names-40", "MR", 1, 40))
      .addCollection(CollectionSpec.of("SBX-Names-139", "CT", 1, 139))
      .extension();

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  private static Series only(String collection) {
    return data().series().stream().filter(s -> s.collection().equals(collection)).findFirst()
        .orElseThrow();
  }

  private static String url(String family, String endpoint, String... query) {
    return sandbox.sandbox().nbiaUrl() + family + endpoint + "?" + Http.encode(query);
  }

  private static List<Zips.Entry> download(String family, String endpoint, String... query) {
    HttpResponse<byte[]> r = Zips.get(url(family, endpoint, query));
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(Zips.hasCentralDirectory(r.body())).isTrue();
    return Zips.entries(r.body());
  }

  private static byte[] expectedFile(Series s, Instance i) {
    return SyntheticDicom.toBytes(InstanceSpecs.of(data(), s, i));
  }

  private static List<Instance> bySopUid(Series s) {
    List<Instance> l = new ArrayList<>(data().instances(s.seriesInstanceUid()));
    l.sort(Comparator.comparing(Instance::sopInstanceUid));
    return l;
  }

  private static void assertIsFileOf(Zips.Entry e, Series s, Instance i) {
    assertThat(e.data()).as(e.name()).hasSize((int) i.fileSize());
    assertThat(new String(e.data(), 128, 4, StandardCharsets.US_ASCII)).isEqualTo("DICM");
    String latin = new String(e.data(), StandardCharsets.ISO_8859_1);
    assertThat(latin).contains(s.seriesInstanceUid()).contains(i.sopInstanceUid());
    assertThat(Arrays.equals(e.data(), expectedFile(s, i))).as(e.name()).isTrue();
  }

  @Test
  void getImageHasTheLicenseFirstThenDefaultNamesInDatabaseOrder() {
    Series s = only("SBX-Names-9");
    List<Zips.Entry> zip = download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid());
    assertThat(Zips.names(zip)).containsExactly("LICENSE", "00000001.dcm", "00000002.dcm",
        "00000003.dcm", "00000004.dcm", "00000005.dcm", "00000006.dcm", "00000007.dcm",
        "00000008.dcm", "00000009.dcm");
    assertThat(zip.get(0).text()).contains("SBX-Names-9")
        .contains("Creative Commons Attribution 4.0 International License")
        .contains("https://creativecommons.org/licenses/by/4.0/")
        .contains("By downloading these data you agree");
    List<Instance> order = bySopUid(s);
    assertThat(order).extracting(Instance::instanceNumber)
        .as("database order is not instance order")
        .isNotEqualTo(IntStream.rangeClosed(1, 9).boxed().toList());
    for (int k = 0; k < order.size(); k++) {
      assertIsFileOf(zip.get(k + 1), s, order.get(k));
    }
  }

  @Test
  void includeMd5AddsTheListLastAndItMatchesEveryEntry() {
    Series s = only("SBX-Names-10");
    List<Zips.Entry> zip = download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "IncludeMD5", "yes");
    assertThat(zip.get(zip.size() - 1).name()).isEqualTo("md5hashes.csv");
    String csv = zip.get(zip.size() - 1).text();
    assertThat(csv).startsWith("Filename,MD5Hash\n").endsWith("\n").doesNotContain("\"")
        .doesNotContain("\r");
    Map<String, String> listed = Zips.md5List(zip);
    List<Zips.Entry> dicom = zip.subList(1, zip.size() - 1);
    assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(Zips.names(dicom));
    assertThat(new ArrayList<>(listed.keySet()))
        .as("HashMap order").isEqualTo(new ArrayList<>(new HashMap<>(listed).keySet()));
    for (Zips.Entry e : dicom) {
      assertThat(listed.get(e.name())).as(e.name()).isEqualTo(e.md5()).hasSize(32);
    }
    Instance first = bySopUid(s).get(0);
    assertThat(listed.get("00000001.dcm"))
        .isEqualTo(SyntheticDicom.md5Hex(InstanceSpecs.of(data(), s, first)));
  }

  @ParameterizedTest
  @CsvSource({"SBX-Names-1, 1-1.dcm, 1-1.dcm", "SBX-Names-9, 1-1.dcm, 1-9.dcm",
      "SBX-Names-10, 1-01.dcm, 1-10.dcm", "SBX-Names-40, 1-01.dcm, 1-40.dcm",
      "SBX-Names-139, 1-001.dcm, 1-139.dcm"})
  void newFileNamesArePaddedToTheSeriesSize(String collection, String first, String last) {
    Series s = only(collection);
    List<Zips.Entry> zip = download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "NewFileNames", "Yes");
    List<Instance> byNumber = data().instances(s.seriesInstanceUid());
    int width = last.length() - "1-.dcm".length();
    List<String> expected = new ArrayList<>(List.of("LICENSE"));
    IntStream.rangeClosed(1, byNumber.size())
        .forEach(n -> expected.add("1-" + String.format("%0" + width + "d", n) + ".dcm"));
    assertThat(Zips.names(zip)).isEqualTo(expected);
    assertThat(expected.get(1)).isEqualTo(first);
    assertThat(expected.get(expected.size() - 1)).isEqualTo(last);
    for (int k = 0; k < byNumber.size(); k++) {
      assertThat(byNumber.get(k).instanceNumber()).isEqualTo(k + 1);
      assertIsFileOf(zip.get(k + 1), s, byNumber.get(k));
    }
  }

  @Test
  void newFileNamesAreCaseInsensitiveAndOtherValuesKeepDefaultNames() {
    Series s = only("SBX-Names-1");
    assertThat(Zips.names(download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "NewFileNames", "yEs"))).containsExactly("LICENSE", "1-1.dcm");
    assertThat(Zips.names(download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "NewFileNames", "true"))).containsExactly("LICENSE", "00000001.dcm");
  }

  @Test
  void eachAcquisitionStartsANewRun() {
    Series dce = data().series().stream().filter(x -> x.visible()
        && x.description().orElse("").equals("AX DCE MULTIPHASE")).findFirst().orElseThrow();
    List<Instance> images = data().instances(dce.seriesInstanceUid());
    assertThat(images).extracting(i -> i.acquisitionNumber().orElseThrow())
        .containsExactly(1, 1, 2, 2, 3, 3);
    List<Zips.Entry> zip = download(V4, "getImage", "SeriesInstanceUID",
        dce.seriesInstanceUid(), "NewFileNames", "Yes");
    assertThat(Zips.names(zip)).containsExactly("LICENSE", "1-1.dcm", "1-2.dcm", "2-1.dcm",
        "2-2.dcm", "3-1.dcm", "3-2.dcm");
    for (int k = 0; k < images.size(); k++) {
      assertIsFileOf(zip.get(k + 1), dce, images.get(k));
    }
  }

  @Test
  void getImageWithMd5HashHasNoLicenseAndEndsWithTheList() {
    Series s = only("SBX-Names-9");
    List<Zips.Entry> zip = download(V4, "getImageWithMD5Hash", "SeriesInstanceUID",
        s.seriesInstanceUid());
    List<String> names = Zips.names(zip);
    assertThat(names).hasSize(10).doesNotContain("LICENSE").endsWith("md5hashes.csv")
        .startsWith("00000001.dcm");
    Map<String, String> listed = Zips.md5List(zip);
    assertThat(listed).hasSize(9);
    List<Instance> order = bySopUid(s);
    for (int k = 0; k < 9; k++) {
      Zips.Entry e = zip.get(k);
      assertThat(e.name()).isEqualTo(String.format("%08d.dcm", k + 1));
      assertIsFileOf(e, s, order.get(k));
      assertThat(listed.get(e.name())).isEqualTo(e.md5());
    }
  }

  @Test
  void getDcmImageUsesNewNamesWithoutLicenseAndListsMd5sOnRequest() {
    Series s = only("SBX-Names-10");
    List<Zips.Entry> plain = download(V4, "getDCMImage", "SeriesInstanceUID",
        s.seriesInstanceUid());
    assertThat(Zips.names(plain)).hasSize(10).startsWith("1-01.dcm").endsWith("1-10.dcm");
    List<Zips.Entry> checked = download(V4, "getDCMImage", "SeriesInstanceUID",
        s.seriesInstanceUid(), "MD5Verification", "true");
    assertThat(Zips.names(checked)).hasSize(11).endsWith("md5hashes.csv");
    assertThat(Zips.md5List(checked)).containsEntry("1-10.dcm", checked.get(9).md5());
  }

  @Test
  void theZipIsStreamedChunkedAsAnAttachment() {
    Series s = only("SBX-Names-1");
    HttpResponse<byte[]> r = Zips.get(url(V4, "getImage", "SeriesInstanceUID",
        s.seriesInstanceUid()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + s.seriesInstanceUid() + ".zip\"");
    assertThat(r.headers().firstValue("Content-Length")).isEmpty();
    assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void v1AndV2ServeTheSameFilesAndIgnoreIncludeMd5() {
    Series s = only("SBX-Names-9");
    List<Zips.Entry> v4 = download(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "NewFileNames", "Yes");
    List<Zips.Entry> v1 = download(V1, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "NewFileNames", "Yes", "IncludeMD5", "yes");
    assertThat(Zips.names(v1)).isEqualTo(Zips.names(v4));
    String token = Tokens.of(Http.of(sandbox.sandbox()), "nbia_guest", "");
    HttpResponse<byte[]> v2 = send(HttpRequest.newBuilder(URI.create(url(V2, "getImage",
        "SeriesInstanceUID", s.seriesInstanceUid(), "NewFileNames", "Yes")))
        .header("Authorization", "Bearer " + token));
    assertThat(v2.statusCode()).isEqualTo(200);
    List<Zips.Entry> v2Entries = Zips.entries(v2.body());
    for (int k = 0; k < v4.size(); k++) {
      assertThat(v1.get(k).data()).isEqualTo(v4.get(k).data());
      assertThat(v2Entries.get(k).data()).isEqualTo(v4.get(k).data());
    }
  }

  @Test
  void theSameDownloadIsByteIdentical() {
    Series s = only("SBX-Names-10");
    String u = url(V4, "getImage", "SeriesInstanceUID", s.seriesInstanceUid(), "IncludeMD5",
        "yes");
    assertThat(Zips.get(u).body()).isEqualTo(Zips.get(u).body());
  }

  @Test
  void severalDownloadsRunInParallel() throws Exception {
    List<Series> series = data().series().stream()
        .filter(x -> x.visible() && x.collection().startsWith("SBX-Names-")).toList();
    List<CompletableFuture<HttpResponse<byte[]>>> pending = new ArrayList<>();
    for (Series s : series) {
      pending.add(Zips.CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(url(V4,
          "getImageWithMD5Hash", "SeriesInstanceUID", s.seriesInstanceUid())))
          .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray()));
    }
    for (int k = 0; k < series.size(); k++) {
      HttpResponse<byte[]> r = pending.get(k).get(120, TimeUnit.SECONDS);
      List<Zips.Entry> zip = Zips.entries(r.body());
      Map<String, String> listed = Zips.md5List(zip);
      assertThat(listed).hasSize(series.get(k).imageCount());
      assertThat(zip.subList(0, zip.size() - 1).stream()
          .collect(Collectors.toMap(Zips.Entry::name, Zips.Entry::md5))).isEqualTo(listed);
    }
  }

  @Test
  void theCompressionLevelIsConfigurable() {
    assertThatThrownBy(() -> TciaSandbox.builder().zipCompressionLevel(10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zipCompressionLevel")
        .hasMessageContaining("10");
    List<byte[]> bodies = new ArrayList<>();
    List<List<Zips.Entry>> zips = new ArrayList<>();
    for (int level : new int[] {0, -1}) {
      try (TciaSandbox s = TciaSandbox.builder().withoutBuiltInCollections()
          .zipCompressionLevel(level).addCollection(CollectionSpec.of("SBX-Level", "CT", 1, 5))
          .start()) {
        Series x = s.dataset(Host.NBIA).series().get(0);
        byte[] body = Zips.get(s.nbiaUrl() + V4 + "getImage?SeriesInstanceUID="
            + x.seriesInstanceUid()).body();
        bodies.add(body);
        zips.add(Zips.entries(body));
        if (level == 0) {
          long raw = s.dataset(Host.NBIA).fileSize(x.seriesInstanceUid());
          assertThat((long) body.length).as("stored: no smaller than the files").isGreaterThan(raw);
        }
      }
    }
    assertThat(bodies.get(1).length).isLessThan(bodies.get(0).length * 3 / 4);
    for (int k = 0; k < zips.get(0).size(); k++) {
      assertThat(zips.get(1).get(k).data()).isEqualTo(zips.get(0).get(k).data());
    }
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
    try {
      return Zips.CLIENT.send(b.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
