package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Series;
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

class SearchCommandTest {
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

  private static Set<String> patientsOf(String collection) {
    return sandbox.dataset(Host.NBIA).series().stream().filter(s -> s.visible() && s.collection().equals(collection))
        .map(Series::patientId).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> csvColumn(String csv, int column) {
    return csv.lines().skip(1).map(l -> l.split(",", -1)[column]).toList();
  }

  @Test
  void printsOnePageOfPatientsAsATableWithATotal() {
    CliRun run = CliRun.of("search", "--base-url", url, "--collection", "SBX-Lung-CT", "--size", "3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("subjectId").contains("project", "totalNumberOfSeries", "modalities");
    assertThat(lines).hasSize(2 + 3);
    int total = patientsOf("SBX-Lung-CT").size();
    assertThat(run.err()).contains("Patients 1-3 of " + total).contains("--start 3");
  }

  @Test
  void criteriaNarrowAndCsvHasTheServerKeys() {
    CliRun run = CliRun.of("search", "--base-url", url, "--collection", "SBX-Lung-CT", "--collection", "SBX-Breast-MR",
        "--modality", "SEG", "--all", "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("subjectId,project,totalNumberOfStudies,totalNumberOfSeries,modalities,bodyParts,species,id\n");
    assertThat(csvColumn(run.out(), 1)).isNotEmpty().allMatch(p -> p.equals("SBX-Lung-CT") || p.equals("SBX-Breast-MR"));
    Set<String> expected = sandbox.dataset(Host.NBIA).series().stream().filter(s -> s.visible()
        && s.modality().equals("SEG") && (s.collection().equals("SBX-Lung-CT") || s.collection().equals("SBX-Breast-MR")))
        .map(Series::patientId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(csvColumn(run.out(), 0))).isEqualTo(expected);
  }

  @Test
  void allPagesSortedDescendingAsJson() {
    CliRun run = CliRun.of("search", "--base-url", url, "--collection", "SBX Head+Neck", "--all", "--size", "3",
        "--sort", "subject", "--direction", "DESC", "-f", "jsonl");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = run.out().lines().map(l -> l.replaceAll("^\\{\"subjectId\":\"([^\"]+)\".*", "$1")).toList();
    assertThat(ids).containsExactlyElementsOf(patientsOf("SBX Head+Neck").stream().sorted(java.util.Comparator.reverseOrder()).toList());
  }

  private static List<Map<String, Object>> json(CliRun run) {
    return run.jsonRows();
  }

  @Test
  @SuppressWarnings("unchecked")
  void speciesDatesModalityAndAndOtherFiltersAreAccepted() {
    List<Map<String, Object>> mice = json(CliRun.of("search", "--base-url", url, "--species", "Mouse", "--all", "-f", "json"));
    assertThat(mice).isNotEmpty().allSatisfy(r -> assertThat((List<Object>) r.get("species")).containsExactly("447612001"));
    List<Map<String, Object>> both = json(CliRun.of("search", "--base-url", url, "--modality", "CT", "--modality", "PT",
        "--all-modalities", "--from", "1990/01/01", "--to", "2030-12-31", "--min-studies", "1", "--all", "-f", "json"));
    assertThat(both).isNotEmpty().allSatisfy(r -> assertThat((List<Object>) r.get("modalities")).contains("CT", "PT"));
    List<Map<String, Object>> any = json(CliRun.of("search", "--base-url", url, "--modality", "CT", "--modality", "PT",
        "--all", "-f", "json"));
    assertThat(any).hasSizeGreaterThan(both.size());
    List<Map<String, Object>> neck = json(CliRun.of("search", "--base-url", url, "--body-part", "NECK",
        "--manufacturer", "SIEMENS", "--all", "-f", "json"));
    assertThat(neck).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("project")).isEqualTo("SBX Head+Neck");
      assertThat((List<Object>) r.get("bodyParts")).containsExactly("NECK");
    });
    CliRun one = CliRun.of("search", "--base-url", url, "--patient", "SBX-HN-001", "-f", "csv");
    assertThat(csvColumn(one.out(), 0)).containsExactly("SBX-HN-001");
  }

  @Test
  void uidsAndManifestOutputs(@TempDir Path dir) {
    Set<String> lung = sandbox.dataset(Host.NBIA).series().stream()
        .filter(s -> s.visible() && s.collection().equals("SBX-Lung-CT")).map(Series::seriesInstanceUid)
        .collect(Collectors.toCollection(TreeSet::new));
    CliRun uids = CliRun.of("search", "--base-url", url, "--collection", "SBX-Lung-CT", "--uids", "-f", "csv");
    assertThat(uids.exitCode()).as(uids.err()).isZero();
    assertThat(uids.out()).startsWith("SeriesInstanceUID\n");
    assertThat(new TreeSet<>(uids.out().lines().skip(1).toList())).isEqualTo(lung);

    Path file = dir.resolve("lung.tcia");
    CliRun manifest = CliRun.of("search", "--base-url", url, "--collection", "SBX-Lung-CT", "--manifest", file.toString());
    assertThat(manifest.exitCode()).as(manifest.err()).isZero();
    assertThat(manifest.out()).isEmpty();
    assertThat(manifest.err()).contains("Wrote a manifest of " + lung.size() + " series to " + file);
    assertThat(new TreeSet<>(Manifest.read(file).seriesUids())).isEqualTo(lung);
  }

  @Test
  void worksOfflineWithTheEmbeddedSandbox() {
    CliRun run = CliRun.of("search", "--sandbox", "--collection", "SBX-Chest-XRay", "--all", "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(csvColumn(run.out(), 1)).isNotEmpty().allMatch("SBX-Chest-XRay"::equals);
  }

  @Test
  void restrictedDataNeedsALoginOnV2() {
    String restricted = TciaSandbox.RESTRICTED_COLLECTION;
    assertThat(sandbox.dataset(Host.NBIA).collections()).anyMatch(c -> c.name().equals(restricted) && c.restricted());
    CliRun guest = CliRun.of("search", "--base-url", url, "--api", "v2", "--collection", restricted);
    assertThat(guest.exitCode()).as(guest.err()).isZero();
    assertThat(guest.out()).contains("(no results)");
    assertThat(guest.err()).contains("0 matching patients");
  }

  @Test
  void badValuesAreUsageErrorsWithClearMessages() {
    CliRun species = CliRun.of("search", "--base-url", url, "--species", "cat");
    assertThat(species.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(species.err()).contains("Unknown species 'cat'").doesNotContain("\tat ");
    CliRun sort = CliRun.of("search", "--base-url", url, "--sort", "studies");
    assertThat(sort.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(sort.err()).contains("use 'study'");
    CliRun size = CliRun.of("search", "--base-url", url, "--size", "0");
    assertThat(size.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(size.err()).contains("size must be at least 1");
    CliRun start = CliRun.of("search", "--base-url", url, "--start", "-2");
    assertThat(start.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(start.err()).contains("start must be 0 or more");
    CliRun dates = CliRun.of("search", "--base-url", url, "--from", "2020/05/01", "--to", "2020/01/01");
    assertThat(dates.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(dates.err()).contains("is after toDate");
    CliRun date = CliRun.of("search", "--base-url", url, "--from", "May 1st");
    assertThat(date.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(date.err()).contains("fromDate must be a date");
    CliRun blank = CliRun.of("search", "--base-url", url, "--collection", " ");
    assertThat(blank.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(blank.err()).contains("--collection").contains("the value is empty");
    CliRun v1 = CliRun.of("search", "--base-url", url, "--api", "V1");
    assertThat(v1.exitCode()).isNotZero();
    assertThat(v1.err()).contains("not available on API v1");
  }

  @Test
  void helpListsTheCriteria() {
    CliRun run = CliRun.of("search", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--collection", "--species", "--modality", "--all-modalities", "--body-part",
        "--manufacturer", "--from", "--to", "--patient", "--min-studies", "--sort", "--direction", "--start",
        "--size", "--uids", "--manifest");
    assertThat(CliRun.of().out()).contains("search");
    assertThat(sandbox.dataset(Host.NBIA).collections()).extracting(CollectionInfo::name).contains("SBX-Chest-XRay");
  }
}
