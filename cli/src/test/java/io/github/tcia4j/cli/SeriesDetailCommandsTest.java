package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.HtmlText;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SeriesReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-series and per-collection detail commands against a sandbox: collections
 * --descriptions, size, instances and tags, values checked against the sandbox's data set.
 */
class SeriesDetailCommandsTest {
  private static final String LUNG = "SBX-Lung-CT";

  private static TciaSandbox sandbox;
  private static Dataset data;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
    data = sandbox.dataset(Host.NBIA);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static CliRun run(String... args) {
    return CliRun.against(sandbox.nbiaUrl(), args);
  }

  private static List<Map<String, Object>> json(CliRun run) {
    return run.jsonRows();
  }

  private static Series visible(String collection, String modality) {
    return data.series().stream().filter(s -> s.visible() && s.collection().equals(collection)
        && s.modality().equals(modality)).findFirst().orElseThrow();
  }

  private static List<CollectionInfo> publicCollections() {
    return data.collections().stream().filter(c -> !c.restricted()).toList();
  }

  @Test
  void collectionDescriptionsAsHtmlAndAsPlainText() {
    List<Map<String, Object>> html = json(run("collections", "--descriptions", "-f", "json"));
    List<Map<String, Object>> plain = json(run("collections", "--descriptions", "--plain-text", "-f", "json"));

    assertThat(html).extracting(r -> r.get("collectionName"))
        .containsExactlyInAnyOrderElementsOf(publicCollections().stream().map(CollectionInfo::name).toList());
    CollectionInfo lung = data.collection(LUNG).orElseThrow();
    String lungHtml = lung.description().orElseThrow();
    assertThat(lungHtml).contains("<p>");
    assertThat(html).filteredOn(r -> LUNG.equals(r.get("collectionName"))).singleElement().satisfies(r -> {
      assertThat(r.get("description")).isEqualTo(lungHtml);
      assertThat(r.get("descriptionURI")).isEqualTo(lung.descriptionUri().orElseThrow());
      assertThat(((Number) r.get("id")).intValue()).isEqualTo(lung.descriptionId());
    });
    assertThat(plain).filteredOn(r -> LUNG.equals(r.get("collectionName"))).singleElement()
        .satisfies(r -> assertThat(r.get("description")).isEqualTo(HtmlText.toPlainText(lungHtml)));
    assertThat(plain).extracting(r -> (String) r.get("description")).filteredOn(d -> d != null)
        .isNotEmpty().allSatisfy(d -> assertThat(d).doesNotContain("<p>", "</b>").matches("\\p{ASCII}*"));

    CliRun csv = run("collections", "--descriptions", "-f", "csv");
    assertThat(csv.out()).startsWith("description,id,collectionName,descriptionURI\n");
  }

  @Test
  void collectionDescriptionsErrors() {
    CliRun plainAlone = run("collections", "--plain-text");
    assertThat(plainAlone.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(plainAlone.err()).contains("--plain-text applies to descriptions only");

    CliRun v1 = run("collections", "--descriptions", "--api", "V1");
    assertThat(v1.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(v1.err()).startsWith("tcia: getCollectionDescriptions is not available on API generation V1");
  }

  @Test
  void sizeOfSeveralSeriesOneRowPerKnownSeries() {
    Series ct = visible(LUNG, "CT");
    Series seg = visible(LUNG, "SEG");

    CliRun run = run("size", ct.seriesInstanceUid(), seg.seriesInstanceUid(), "-f", "json");
    List<Map<String, Object>> rows = json(run);

    assertThat(rows).extracting(r -> r.get("SeriesInstanceUID"))
        .containsExactly(ct.seriesInstanceUid(), seg.seriesInstanceUid());
    for (Map<String, Object> r : rows) {
      String uid = (String) r.get("SeriesInstanceUID");
      assertThat(((Number) r.get("TotalSizeInBytes")).longValue()).isEqualTo(data.fileSize(uid));
      assertThat(((Number) r.get("ObjectCount")).intValue()).isEqualTo(data.instances(uid).size());
    }
    assertThat(run.err()).isEmpty();
    assertThat(run("size", ct.seriesInstanceUid(), "-f", "csv").out())
        .startsWith("SeriesInstanceUID,TotalSizeInBytes,ObjectCount\n" + ct.seriesInstanceUid() + ",");
  }

  @Test
  void sizeNamesUnknownSeriesAndRejectsBadInput() {
    Series ct = visible(LUNG, "CT");
    CliRun mixed = run("size", ct.seriesInstanceUid(), "1.2.3.4", "-f", "csv");
    assertThat(mixed.exitCode()).isZero();
    assertThat(mixed.out().lines()).hasSize(2);
    assertThat(mixed.err()).contains("the server does not know 1 of the 2 series (no row): 1.2.3.4");

    CliRun none = run("size");
    assertThat(none.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(none.err()).contains("Missing required parameter").contains("UID");
    CliRun bad = run("size", "1.2.x");
    assertThat(bad.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(bad.err()).contains("seriesUid '1.2.x' is not a valid DICOM UID");
  }

  @Test
  void instancesOfASeries(@TempDir Path dir) throws Exception {
    Series ct = visible(LUNG, "CT");
    List<String> expected = data.instances(ct.seriesInstanceUid()).stream().map(Instance::sopInstanceUid).toList();

    Path file = dir.resolve("sops.csv");
    CliRun run = run("instances", ct.seriesInstanceUid(), "-f", "csv", "-o", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Wrote " + expected.size() + " row");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("SOPInstanceUID");
    assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(expected);

    assertThat(run("instances", "1.2.3.4", "-f", "json").out().trim()).isEqualTo("[]");
    CliRun bad = run("instances", "not-a-uid");
    assertThat(bad.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(bad.err()).contains("seriesUid 'not-a-uid' is not a valid DICOM UID");
  }

  @Test
  void tagsOfASeriesAndTheSeriesASegRefersTo() {
    Series ct = visible(LUNG, "CT");
    List<Map<String, Object>> tags = json(run("tags", ct.seriesInstanceUid(), "-f", "json"));
    assertThat(tags).hasSizeGreaterThan(10).allSatisfy(r -> assertThat(r).containsKeys("element", "name"));
    assertThat(tags).filteredOn(r -> "(0020,000E)".equals(r.get("element"))).singleElement()
        .satisfies(r -> assertThat(r.get("data")).isEqualTo(ct.seriesInstanceUid()));
    assertThat(tags).filteredOn(r -> "(0008,0060)".equals(r.get("element"))).singleElement()
        .satisfies(r -> assertThat(r.get("data")).isEqualTo("CT"));

    Series seg = visible(LUNG, "SEG");
    List<String> referenced = seg.references().stream().map(SeriesReference::seriesInstanceUid).toList();
    assertThat(referenced).isNotEmpty();
    CliRun refs = run("tags", seg.seriesInstanceUid(), "--referenced", "-f", "csv");
    assertThat(refs.exitCode()).as(refs.err()).isZero();
    assertThat(refs.out().lines().toList()).first().isEqualTo("ReferencedSeriesInstanceUID");
    assertThat(refs.out().lines().skip(1).toList()).containsExactlyInAnyOrderElementsOf(referenced);
  }
}
