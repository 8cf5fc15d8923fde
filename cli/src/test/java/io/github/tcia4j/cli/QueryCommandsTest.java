package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query commands against a sandbox: output per format, values checked against its data set. */
class QueryCommandsTest {
  private static final String LUNG = "SBX-Lung-CT";
  private static final String BREAST = "SBX-Breast-MR";

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

  private static List<Series> publicSeries(String collection) {
    return data.series().stream().filter(s -> s.visible() && s.collection().equals(collection)
        && !data.collection(collection).map(CollectionInfo::restricted).orElse(true)).toList();
  }

  private static Set<String> uids(List<Series> series) {
    return series.stream().map(Series::seriesInstanceUid).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Map<String, Object>> json(CliRun run) {
    return run.jsonRows();
  }

  private static List<String> csvColumn(CliRun run, String column) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    int index = header.indexOf(column);
    assertThat(index).as("column %s in %s", column, header).isNotNegative();
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[index]).toList();
  }

  @Test
  void seriesOfACollectionInEveryFormat() {
    Set<String> expected = uids(publicSeries(LUNG));

    CliRun csv = run("series", "--collection", LUNG, "-f", "csv");
    List<Map<String, Object>> json = json(run("series", "--collection", LUNG, "-f", "json"));
    CliRun jsonl = run("series", "--collection", LUNG, "-f", "jsonl");
    CliRun table = run("series", "--collection", LUNG);

    assertThat(csv.out()).startsWith("SeriesInstanceUID,StudyInstanceUID,Modality,ProtocolName,SeriesDate,");
    assertThat(new TreeSet<>(csvColumn(csv, "SeriesInstanceUID"))).isEqualTo(expected);
    assertThat(json).extracting(r -> (String) r.get("SeriesInstanceUID")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(json).allSatisfy(r -> assertThat(r.get("ImageCount")).isInstanceOf(Number.class));
    assertThat(jsonl.out().lines()).hasSize(expected.size()).allMatch(l -> l.startsWith("{\"SeriesInstanceUID\":"));
    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow()).contains("SeriesInstanceUID").contains("ImageCount");
    assertThat(table.out().lines().count()).isEqualTo(expected.size() + 2);
  }

  @Test
  void seriesFiltersAndSince() {
    List<Map<String, Object>> seg = json(run("series", "--collection", LUNG, "--modality", "seg", "-f", "json"));
    assertThat(seg).isNotEmpty().allSatisfy(r -> assertThat(r.get("Modality")).isEqualTo("SEG"));

    Set<String> released = uids(data.series().stream().filter(s -> s.visible()
        && !data.collection(s.collection()).orElseThrow().restricted()
        && !s.dateReleased().toLocalDate().isBefore(java.time.LocalDate.of(2024, 11, 20))).toList());
    List<Map<String, Object>> since = json(run("series", "--since", "2024/11/20", "-f", "json"));
    assertThat(since).extracting(r -> (String) r.get("SeriesInstanceUID")).containsExactlyInAnyOrderElementsOf(released);

    Series one = publicSeries(BREAST).get(0);
    List<Map<String, Object>> bySeries = json(run("series", "--series", one.seriesInstanceUid(), "--study",
        one.studyInstanceUid(), "--patient", one.patientId(), "-f", "json"));
    assertThat(bySeries).singleElement().satisfies(r -> assertThat(r.get("PatientID")).isEqualTo(one.patientId()));
    assertThat(json(run("series", "--all", "-f", "json"))).hasSizeGreaterThan(publicSeries(LUNG).size());
  }

  @Test
  void seriesRefusesAnUnfilteredQueryAndContradictions() {
    CliRun none = run("series");
    assertThat(none.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(none.err()).contains("Give at least one filter").contains("--all");

    CliRun both = run("series", "--since", "2024/01/01", "--collection", LUNG);
    assertThat(both.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(both.err()).contains("--since lists every series released since a date");

    CliRun badDate = run("series", "--since", "20/11/2024");
    assertThat(badDate.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(badDate.err()).startsWith("tcia: ").contains("since must be a date such as 2024/01/31");

    CliRun badUid = run("series", "--series", "1.2.x");
    assertThat(badUid.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(badUid.err()).contains("seriesUid '1.2.x' is not a valid DICOM UID");
  }

  @Test
  void patientsThreeWays() {
    Set<String> lungPatients = publicSeries(LUNG).stream().map(Series::patientId).collect(Collectors.toSet());
    assertThat(csvColumn(run("patients", "--collection", LUNG, "-f", "csv"), "PatientId"))
        .containsExactlyInAnyOrderElementsOf(lungPatients);

    Set<String> segPatients = publicSeries(LUNG).stream().filter(s -> s.modality().equals("SEG"))
        .map(Series::patientId).collect(Collectors.toSet());
    assertThat(csvColumn(run("patients", "--collection", LUNG, "--modality", "SEG", "-f", "csv"), "PatientId"))
        .containsExactlyInAnyOrderElementsOf(segPatients);

    List<Map<String, Object>> recent = json(run("patients", "--collection", LUNG, "--since", "2024-11-20", "-f", "json"));
    assertThat(recent).isNotEmpty().hasSizeLessThan(lungPatients.size());

    CliRun missing = run("patients", "--modality", "CT");
    assertThat(missing.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(missing.err()).contains("--modality needs --collection");
    CliRun both = run("patients", "--collection", LUNG, "--modality", "CT", "--since", "2024/01/01");
    assertThat(both.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(both.err()).contains("not both");
  }

  @Test
  void studiesAndNewStudies() {
    Set<String> studies = publicSeries(BREAST).stream().map(Series::studyInstanceUid).collect(Collectors.toSet());
    assertThat(csvColumn(run("studies", "--collection", BREAST, "-f", "csv"), "StudyInstanceUID"))
        .containsExactlyInAnyOrderElementsOf(studies);

    Series one = publicSeries(BREAST).get(0);
    List<Map<String, Object>> forPatient = json(run("studies", "--collection", BREAST, "--patient", one.patientId(),
        "--since", "1900/01/01", "-f", "json"));
    assertThat(forPatient).isNotEmpty().allSatisfy(r -> assertThat(r.get("PatientID")).isEqualTo(one.patientId()));

    CliRun incomplete = run("studies", "--collection", BREAST, "--since", "2024/01/01");
    assertThat(incomplete.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(incomplete.err()).contains("--since needs --collection and --patient");
    assertThat(run("studies").err()).contains("Give at least one filter");
  }

  @Test
  void valuesOfEachKind() {
    Set<String> modalities = publicSeries(LUNG).stream().map(s -> s.modality().toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(csvColumn(run("values", "--of", "modality", "--collection", LUNG, "-f", "csv"), "Modality"))
        .containsExactlyElementsOf(modalities);
    assertThat(run("values", "--of", "body-part", "--collection", LUNG, "--modality", "CT", "-f", "csv").out())
        .startsWith("BodyPartExamined\n").contains("CHEST");
    assertThat(run("values", "--of", "MANUFACTURER", "--collection", LUNG, "-f", "csv").out())
        .startsWith("Manufacturer\n").contains("SIEMENS");
    assertThat(run("values", "--of", "collection", "-f", "csv").out()).startsWith("Collection\n").contains(LUNG);

    CliRun refused = run("values", "--of", "modality", "--modality", "CT");
    assertThat(refused.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(refused.err()).contains("getModality does not filter by modality");
    CliRun badKind = run("values", "--of", "species");
    assertThat(badKind.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(badKind.err()).contains("'species' is not a value kind");
    assertThat(run("values", "--of", "collection", "--collection", LUNG).err()).contains("takes no filter");
  }

  @Test
  void countsOfEachKind() {
    List<Map<String, Object>> collections = json(run("counts", "--of", "collection", "-f", "json"));
    long lungPatients = publicSeries(LUNG).stream().map(Series::patientId).distinct().count();
    assertThat(collections).filteredOn(r -> LUNG.equals(r.get("Collection"))).singleElement()
        .satisfies(r -> assertThat(((Number) r.get("Count")).longValue()).isEqualTo(lungPatients));
    assertThat(json(run("counts", "--of", "modality", "--collection", LUNG, "-f", "json")))
        .extracting(r -> r.get("Modality")).containsExactlyInAnyOrder("CT", "SEG");
    assertThat(run("counts", "--of", "body-part", "--collection", LUNG, "-f", "csv").out())
        .startsWith("BodyPart,Count,Authorized\n").contains("NOT SPECIFIED");
    assertThat(run("counts", "--of", "manufacturer", "-f", "csv").out()).startsWith("Manufacturer,Count,Authorized\n");

    CliRun v1 = run("counts", "--of", "modality", "--api", "V1");
    assertThat(v1.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(v1.err()).startsWith("tcia: getModalityCounts is not available on API generation V1");
  }

  @Test
  void metadataFromArgumentsAndFile(@TempDir Path dir) throws Exception {
    List<String> uids = publicSeries(BREAST).stream().map(Series::seriesInstanceUid).limit(4).toList();
    Path file = dir.resolve("uids.txt");
    Files.writeString(file, "# breast series\n" + uids.get(2) + "\n\n  " + uids.get(3) + "  \n", StandardCharsets.UTF_8);

    List<Map<String, Object>> rows = json(run("metadata", uids.get(0), uids.get(1), "--from", file.toString(),
        "-f", "json"));

    assertThat(rows).extracting(r -> r.get("SeriesInstanceUID")).containsExactlyElementsOf(uids);
    assertThat(rows.get(0)).containsKeys("PatientName", "PixelSpacing(mm)-Row", "SliceThickness(mm)", "Authorized");
    CliRun csv = run("metadata", uids.get(0), "-f", "csv");
    assertThat(csv.out()).startsWith("PatientID,PatientName,PatientSex,");

    CliRun none = run("metadata");
    assertThat(none.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(none.err()).contains("Give Series Instance UIDs");
    CliRun missing = run("metadata", "--from", dir.resolve("nope.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(missing.err()).contains("--from").contains("nope.txt");
    Path csvExport = dir.resolve("series.csv");
    Files.writeString(csvExport, ",SeriesInstanceUID,Modality\n0," + uids.get(0) + ",MR\n1," + uids.get(1) + ",MR\n",
        StandardCharsets.UTF_8);
    Path manifest = dir.resolve("cart.tcia");
    Files.writeString(manifest, "downloadServerUrl=https://nbia.cancerimagingarchive.net/nbia-download/servlet/"
        + "DownloadServlet\nincludeAnnotation=true\nnoOfrRetry=4\ndatabasketId=manifest-1.tcia\nmanifestVersion=3.0\n"
        + "ListOfSeriesToDownload=\n" + uids.get(2) + "\n" + uids.get(3) + "\n", StandardCharsets.UTF_8);
    assertThat(json(run("metadata", "--from", csvExport.toString(), "-f", "json")))
        .extracting(r -> r.get("SeriesInstanceUID")).containsExactly(uids.get(0), uids.get(1));
    assertThat(json(run("metadata", "--from", manifest.toString(), "-f", "json")))
        .extracting(r -> r.get("SeriesInstanceUID")).containsExactly(uids.get(2), uids.get(3));
    CliRun bad = run("metadata", "1.2.3", "x.y");
    assertThat(bad.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(bad.err()).contains("seriesUids[1] 'x.y'");
  }

  @Test
  void cartAndDoi() {
    var cart = data.cart("nbia-10000000000000001").orElseThrow();
    assertThat(csvColumn(run("cart", cart.name(), "-f", "csv"), "SeriesInstanceUID"))
        .containsExactlyElementsOf(cart.seriesInstanceUids());
    assertThat(run("cart", cart.name(), "-f", "csv").out().lines().findFirst().orElseThrow()).endsWith("Date Released");
    assertThat(run("cart", "nbia-0", "-f", "json").out().trim()).isEqualTo("[]");

    String doi = publicSeries(LUNG).stream().filter(s -> s.modality().equals("CT")).findFirst().orElseThrow()
        .dataDescriptionUri().orElseThrow();
    List<Map<String, Object>> collections = json(run("doi", doi.replace("https://doi.org/", "doi:"), "-f", "json"));
    assertThat(collections).singleElement().satisfies(r -> {
      assertThat(r.get("collection")).isEqualTo(LUNG);
      assertThat(r).containsEntry("thirdPartyAnanlysis", "NO");
    });
    assertThat(json(run("doi", doi, "--series", "-f", "json"))).hasSizeGreaterThan(1)
        .allSatisfy(r -> assertThat(r.get("seriesInstanceUID")).isNotNull());
    CliRun bad = run("doi", "not-a-doi");
    assertThat(bad.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(bad.err()).contains("is not a DOI");
  }

  @Test
  void tagsNeedAServerThatHasThemAndAValidUid() {
    CliRun bad = run("tags", "abc");
    assertThat(bad.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(bad.err()).contains("seriesUid 'abc' is not a valid DICOM UID");
    CliRun v1 = run("tags", "1.2.3", "--api", "v1", "--referenced");
    assertThat(v1.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(v1.err()).contains("getSegRefSeries is not available on API generation V1");
  }

  @Test
  void embeddedSandboxAndOlderGenerations() {
    CliRun embedded = CliRun.of("series", "--sandbox", "--collection", LUNG, "-f", "csv");
    assertThat(embedded.exitCode()).as(embedded.err()).isZero();
    assertThat(new TreeSet<>(csvColumn(embedded, "SeriesInstanceUID"))).isEqualTo(uids(publicSeries(LUNG)));

    List<Map<String, Object>> v1 = json(run("series", "--collection", LUNG, "--api", "V1", "-f", "json"));
    List<Map<String, Object>> v2 = json(run("series", "--collection", LUNG, "--api", "V2", "-f", "json"));
    assertThat(v1).hasSize(publicSeries(LUNG).size());
    assertThat(v2).hasSize(publicSeries(LUNG).size());
    assertThat(v1.get(0)).containsKey("DataDescriptionURI").doesNotContainKey("CollectionURI");
  }
}
