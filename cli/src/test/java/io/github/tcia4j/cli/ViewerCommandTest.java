package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewerCommandTest {
  private static final String VIEWER = "https://viewer.imaging.datacommons.cancer.gov/v3/viewer/";
  private static TciaSandbox sandbox;
  private static String url;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
    url = sandbox.nbiaUrl();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<Series> visible(String collection) {
    return sandbox.dataset(Host.NBIA).series().stream().filter(s -> s.visible() && s.collection().equals(collection))
        .toList();
  }

  private static List<Map<String, Object>> json(CliRun run) {
    return run.jsonRows();
  }

  @Test
  void linksEverySeriesOfACollection() {
    List<Map<String, Object>> rows = json(CliRun.of("viewer", "--base-url", url, "--collection", "SBX-Chest-XRay", "-f", "json"));
    Set<String> expected = visible("SBX-Chest-XRay").stream().map(Series::seriesInstanceUid)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> got = rows.stream().map(r -> (String) r.get("SeriesInstanceUID"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(got).isEqualTo(expected);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("StudyViewerUrl")).isEqualTo(VIEWER + "?StudyInstanceUIDs=" + r.get("StudyInstanceUID"));
      assertThat(r.get("SeriesViewerUrl")).isEqualTo(r.get("StudyViewerUrl") + "&SeriesInstanceUIDs=" + r.get("SeriesInstanceUID"));
    });
    List<Map<String, Object>> ct = json(CliRun.of("viewer", "--base-url", url, "--collection", "SBX-Lung-CT",
        "--modality", "SEG", "-f", "json"));
    assertThat(ct).hasSize((int) visible("SBX-Lung-CT").stream().filter(s -> s.modality().equals("SEG")).count());
  }

  @Test
  void linksGivenUidsAndTheSeriesOfAManifest(@TempDir Path dir) {
    List<Series> lung = visible("SBX-Lung-CT").subList(0, 3);
    CliRun run = CliRun.of("viewer", "--base-url", url, "--series", lung.get(0).seriesInstanceUid(),
        "--series", lung.get(1).seriesInstanceUid(), "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("StudyInstanceUID,SeriesInstanceUID,StudyViewerUrl,SeriesViewerUrl\n");
    assertThat(run.out()).contains(lung.get(0).studyInstanceUid() + "," + lung.get(0).seriesInstanceUid());
    assertThat(run.out().lines()).hasSize(3);

    Path file = Manifest.of(lung.stream().map(Series::seriesInstanceUid).toList()).write(dir.resolve("three.tcia"));
    List<Map<String, Object>> rows = json(CliRun.of("viewer", "--base-url", url, "--manifest", file.toString(), "-f", "json"));
    assertThat(rows).extracting(r -> r.get("SeriesInstanceUID"))
        .containsExactlyInAnyOrderElementsOf(lung.stream().map(Series::seriesInstanceUid).toList());
  }

  @Test
  void unknownUidsAreReported() {
    CliRun run = CliRun.of("viewer", "--base-url", url, "--series", visible("SBX-Lung-CT").get(0).seriesInstanceUid(),
        "--series", "1.2.3.999", "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).contains("1 of 2 series were not found");
  }

  @Test
  void writesAnEscapedHtmlPage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("out/links.html");
    CliRun run = CliRun.of("viewer", "--base-url", url, "--collection", "SBX-Lung-CT", "--html", page.toString(),
        "--max-rows", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    int total = visible("SBX-Lung-CT").size();
    assertThat(run.err()).contains("Wrote a viewer page with 2 of " + total + " series to " + page);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Showing the first 2 of " + total)
        .contains("&amp;SeriesInstanceUIDs=");
    assertThat(html.split("<tr><td>", -1)).hasSize(3);
  }

  @Test
  void worksOfflineWithTheEmbeddedSandbox() {
    List<Map<String, Object>> rows = json(CliRun.of("viewer", "--sandbox", "--collection", "SBX-Breast-MR", "-f", "json"));
    assertThat(rows).hasSize(visible("SBX-Breast-MR").size());
  }

  @Test
  void badInputIsAUsageError(@TempDir Path dir) {
    CliRun none = CliRun.of("viewer", "--base-url", url);
    assertThat(none.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(none.err()).contains("Give the series one way");
    CliRun two = CliRun.of("viewer", "--base-url", url, "--collection", "A", "--series", "1.2");
    assertThat(two.exitCode()).isEqualTo(TciaCommand.USAGE);
    CliRun modality = CliRun.of("viewer", "--base-url", url, "--series", "1.2", "--modality", "CT");
    assertThat(modality.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(modality.err()).contains("--modality only works with --collection");
    CliRun rows = CliRun.of("viewer", "--base-url", url, "--collection", "SBX-Lung-CT", "--html", "x.html", "--max-rows", "0");
    assertThat(rows.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(rows.err()).contains("--max-rows must be at least 1");
    Path missing = dir.resolve("missing.tcia");
    CliRun manifest = CliRun.of("viewer", "--base-url", url, "--manifest", missing.toString());
    assertThat(manifest.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(manifest.err()).contains("Manifest file not found").contains(missing.toString());
    CliRun uid = CliRun.of("viewer", "--base-url", url, "--series", "not-a-uid");
    assertThat(uid.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(uid.err()).contains("not-a-uid");
  }

  @Test
  void isListedInTheCommandList() {
    assertThat(CliRun.of().out()).contains("viewer").contains("search");
  }
}
