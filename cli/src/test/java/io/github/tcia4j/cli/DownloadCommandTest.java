package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tcia download} against a sandbox: every input kind, layouts, zips, options, receipts, bad input. */
class DownloadCommandTest {
  private static final String LUNG = "SBX-Lung-CT";
  private static final String XRAY = "SBX-Chest-XRay";

  private static TciaSandbox sandbox;
  private static Dataset data;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
    data = sandbox.dataset(Host.NBIA);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static CliRun download(String... args) {
    List<String> all = new ArrayList<>();
    all.add("download");
    all.addAll(Arrays.asList(args));
    all.add("--base-url");
    all.add(sandbox.nbiaUrl());
    return CliRun.of(all.toArray(String[]::new));
  }

  private static List<Series> visible(String collection, String modality) {
    boolean restricted = data.collection(collection).map(CollectionInfo::restricted).orElse(true);
    return data.series().stream().filter(s -> !restricted && s.visible() && s.collection().equals(collection)
        && (modality == null || s.modality().equals(modality))).toList();
  }

  private static List<String> uids(List<Series> series) {
    return series.stream().map(Series::seriesInstanceUid).toList();
  }

  private static List<String> folders(Path root) throws Exception {
    try (Stream<Path> files = Files.list(root)) {
      return files.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void assertHoldsTheSeries(Path folder, String uid) throws Exception {
    assertThat(SeriesOnDisk.md5sOfDicomFiles(folder)).as("files of %s", uid)
        .isEqualTo(SeriesOnDisk.expectedMd5s(data, uid));
  }

  @Test
  void uidArgumentsAreDownloadedVerifiedAndSkippedOnTheNextRun() throws Exception {
    List<String> uids = uids(visible(LUNG, "CT")).subList(0, 2);
    Path root = dir.resolve("dl");
    CliRun run = download(uids.get(0), uids.get(1), "--path", root.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Downloading 2 series into " + root).contains("2 to fetch")
        .contains("0 already present", "8 workers");
    for (String uid : uids) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("DOWNLOADED").contains("  " + uid + "  ")
          .contains(data.series(uid).orElseThrow().imageCount() + " images").contains("1 attempt"));
      assertHoldsTheSeries(root.resolve(uid), uid);
    }
    assertThat(lines.get(lines.size() - 1)).startsWith("Downloaded 2 of 2 series, 0 failed, 0 already present,"
        + " 0 cancelled;").contains("received in");
    assertThat(run.out()).doesNotContain("\r");
    assertThat(SeriesOnDisk.leftovers(root)).isEmpty();

    CliRun again = download(uids.get(0), uids.get(1), "--path", root.toString());
    assertThat(again.exitCode()).as(again.err()).isEqualTo(TciaCommand.OK);
    assertThat(again.out().lines().filter(l -> l.startsWith("ALREADY_PRESENT"))).hasSize(2);
    assertThat(again.out()).contains("Downloaded 0 of 0 series, 0 failed, 2 already present");
  }

  @Test
  void manifestInput() throws Exception {
    List<String> uids = uids(visible(LUNG, "CT")).subList(2, 5);
    Path manifest = Manifest.of(uids).write(dir.resolve("cart.tcia"));
    Path root = dir.resolve("dl");
    CliRun run = download("--manifest", manifest.toString(), "--path", root.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(root)).containsExactlyInAnyOrderElementsOf(uids);
    for (String uid : uids) {
      assertHoldsTheSeries(root.resolve(uid), uid);
    }
  }

  @Test
  void fromCsvJsonAndTextFiles() throws Exception {
    List<String> xray = uids(visible(XRAY, null));
    Path csv = dir.resolve("series.csv");
    Path json = dir.resolve("series.json");
    assertThat(CliRun.of("series", "--collection", XRAY, "-f", "csv", "-o", csv.toString(), "--base-url",
        sandbox.nbiaUrl()).exitCode()).isZero();
    assertThat(CliRun.of("series", "--collection", XRAY, "-f", "json", "-o", json.toString(), "--base-url",
        sandbox.nbiaUrl()).exitCode()).isZero();

    CliRun fromCsv = download("--from", csv.toString(), "--number", "2", "--path", dir.resolve("a").toString());
    assertThat(fromCsv.exitCode()).as(fromCsv.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(dir.resolve("a"))).hasSize(2).allSatisfy(uid -> assertThat(xray).contains(uid));
    assertThat(fromCsv.out()).contains("Downloaded 2 of 2 series");

    CliRun fromJson = download("--from", json.toString(), "--path", dir.resolve("b").toString());
    assertThat(fromJson.exitCode()).as(fromJson.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(dir.resolve("b"))).containsExactlyInAnyOrderElementsOf(xray);

    Path text = Files.writeString(dir.resolve("uids.txt"), String.join("\n", xray.subList(0, 3)) + "\n");
    CliRun fromText = download("--from", text.toString(), "--path", dir.resolve("c").toString());
    assertThat(fromText.exitCode()).as(fromText.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(dir.resolve("c"))).containsExactlyInAnyOrderElementsOf(xray.subList(0, 3));
  }

  @Test
  void queryOptionsDownloadEveryMatchingSeries() throws Exception {
    List<String> expected = uids(visible(XRAY, "DX"));
    assertThat(expected).isNotEmpty();
    Path root = dir.resolve("dl");
    CliRun run = download("--collection", XRAY, "--modality", "DX", "--path", root.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(root)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(run.out()).contains("Downloaded " + expected.size() + " of " + expected.size() + " series");
  }

  @Test
  void templateLayoutPutsSeriesInAHierarchy() throws Exception {
    Series s = visible(LUNG, "CT").get(0);
    Path root = dir.resolve("dl");
    CliRun run = download(s.seriesInstanceUid(), "--path", root.toString(), "--layout",
        "{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    Path folder = root.resolve(LUNG).resolve(s.patientId()).resolve(s.studyInstanceUid())
        .resolve("CT_" + s.seriesInstanceUid());
    assertHoldsTheSeries(folder, s.seriesInstanceUid());
  }

  @Test
  void zipKeepsEachSeriesAsAVerifiedZip() throws Exception {
    List<String> uids = uids(visible(LUNG, "CT")).subList(0, 2);
    Path root = dir.resolve("dl");
    CliRun run = download(uids.get(0), uids.get(1), "--zip", "--path", root.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(root)).isEmpty();
    for (String uid : uids) {
      Path zip = root.resolve(uid + ".zip");
      assertThat(zip).isRegularFile();
      assertThat(SeriesOnDisk.md5sOfDicomEntries(zip)).isEqualTo(SeriesOnDisk.expectedMd5s(data, uid));
    }
  }

  @Test
  void numberDownloadsOnlyTheFirstSeriesNotYetOnDisk() throws Exception {
    List<String> uids = uids(visible(LUNG, "CT")).subList(0, 4);
    Path root = dir.resolve("dl");
    List<String> args = new ArrayList<>(uids);
    args.addAll(List.of("--number", "1", "--path", root.toString()));
    CliRun first = download(args.toArray(String[]::new));
    assertThat(first.exitCode()).as(first.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(root)).containsExactly(uids.get(0));

    CliRun second = download(args.toArray(String[]::new));
    assertThat(second.exitCode()).as(second.err()).isEqualTo(TciaCommand.OK);
    assertThat(folders(root)).containsExactlyInAnyOrder(uids.get(0), uids.get(1));
    assertThat(second.out()).contains("ALREADY_PRESENT  " + uids.get(0)).contains("DOWNLOADED       " + uids.get(1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void receiptInBothFormatsAndMetadataCsv() throws Exception {
    List<String> uids = uids(visible(LUNG, "CT")).subList(0, 2);
    Path receipt = dir.resolve("out/run.csv");
    Path metadata = dir.resolve("out/meta.csv");
    CliRun run = download(uids.get(0), uids.get(1), "--path", dir.resolve("dl").toString(), "--receipt",
        receipt.toString(), "--metadata", metadata.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    assertThat(run.out()).contains("Receipt: " + dir.resolve("out/run.json") + ", " + receipt + ", "
        + dir.resolve("out/run.totals.csv"));
    List<String> totalsCsv = Files.readAllLines(dir.resolve("out/run.totals.csv"), StandardCharsets.UTF_8);
    assertThat(totalsCsv).hasSize(2);
    assertThat(totalsCsv.get(0)).contains("Overall,Requested,Downloaded,AlreadyPresent,Repaired,Failed,Cancelled,"
        + "Bytes,Images,BytesReceived");
    assertThat(totalsCsv.get(1)).contains(",COMPLETE,2,2,0,0,0,0,");

    List<String> csv = Files.readAllLines(receipt, StandardCharsets.UTF_8);
    assertThat(csv.get(0)).startsWith("SeriesInstanceUID,Status,Location,Bytes,Images,ExpectedImages,MD5,Attempts");
    assertThat(csv).hasSize(3);
    assertThat(csv.subList(1, 3)).allSatisfy(l -> assertThat(l).contains(",DOWNLOADED,", ",VERIFIED,", LUNG));

    Map<String, Object> json = (Map<String, Object>) JsonCodec.standard().readRows(
        "[" + Files.readString(dir.resolve("out/run.json")) + "]").get(0);
    assertThat(json.get("overall")).isEqualTo("COMPLETE");
    Map<String, Object> totals = (Map<String, Object>) json.get("totals");
    assertThat(((Number) totals.get("downloaded")).intValue()).isEqualTo(2);
    assertThat(((Number) totals.get("failed")).intValue()).isZero();
    assertThat((List<Object>) json.get("series")).hasSize(2);

    List<String> meta = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    assertThat(meta.get(0)).contains("SeriesInstanceUID");
    assertThat(meta).hasSize(3);
    assertThat(String.join("\n", meta)).contains(uids.get(0), uids.get(1));
  }

  @Test
  void noVerifySkipsTheMd5Comparison() throws Exception {
    String uid = uids(visible(LUNG, "CT")).get(0);
    Path receipt = dir.resolve("run.json");
    CliRun run = download(uid, "--no-verify", "--path", dir.resolve("dl").toString(), "--receipt", receipt.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.OK);
    List<String> csv = Files.readAllLines(dir.resolve("run.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(1)).contains(",DOWNLOADED,").contains(",NOT_CHECKED,").doesNotContain("VERIFIED");
    assertHoldsTheSeries(dir.resolve("dl").resolve(uid), uid);
  }

  @Test
  void unknownSeriesMakesTheRunPartialAndIsNamed() throws Exception {
    String good = uids(visible(LUNG, "CT")).get(0);
    String unknown = "1.2.840.99999.1.2.3";
    CliRun run = download(good, unknown, "--path", dir.resolve("dl").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.PARTIAL);
    assertThat(run.out()).contains("DOWNLOADED       " + good)
        .contains("FAILED           " + unknown).contains("the server does not know this series")
        .contains("1 series not complete; run the same command again");
  }

  @Test
  void badInputIsAUsageErrorThatNamesTheProblem() throws Exception {
    String uid = uids(visible(LUNG, "CT")).get(0);
    Path manifest = Manifest.of(List.of(uid)).write(dir.resolve("m.tcia"));
    Path noColumn = Files.writeString(dir.resolve("bad.csv"), "Collection,Modality\nX,CT\n");

    assertUsage(download(), "Give the series one way", "got none");
    assertUsage(download(uid, "--manifest", manifest.toString()), "got UID arguments and --manifest");
    assertUsage(download("--collection", LUNG, "--from", manifest.toString()), "--from and query options (--collection)");
    assertUsage(download("1.2.abc"), "1.2.abc");
    assertUsage(download("--manifest", dir.resolve("missing.tcia").toString()), "--manifest: no such file",
        "missing.tcia");
    assertUsage(download("--from", noColumn.toString()), "SeriesInstanceUID", "bad.csv");
    assertUsage(download(uid, "--layout", "{Nope}/{SeriesInstanceUID}"), "--layout", "unknown placeholder {Nope}",
        "{Collection}");
    assertUsage(download(uid, "--layout", "{Collection}"), "must contain {SeriesInstanceUID}");
    assertUsage(download(uid, "--workers", "0"), "--workers must be between 1 and 64, was 0");
    assertUsage(download(uid, "--number", "-1"), "--number must be 0 (all) or positive, was -1");
    assertUsage(download(uid, "--attempts", "0"), "--attempts must be between 1 and 20");
    assertUsage(download("--collection", "SBX-No-Such-Collection"), "The query matched no series",
        "--collection SBX-No-Such-Collection");
  }

  private static void assertUsage(CliRun run, String... words) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).contains(words);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void helpDocumentsExitCodesAndReceipts() {
    CliRun run = CliRun.of("download", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--manifest=FILE", "--from=FILE", "--layout=flat|TEMPLATE", "--workers=N",
        "--number=N", "--zip", "--no-verify", "--receipt=FILE", "--metadata=FILE", "--no-progress", "--sandbox");
    assertThat(run.out()).contains("Exit codes:", "3   partial", "4   failed", "Receipts:", "run.json -> run.json + run.csv + run.totals.csv",
        "run.csv  -> run.csv + run.totals.csv + run.json", "--workers=N", "(default: 8, the bounded");
    CliRun root = CliRun.of("--help");
    assertThat(root.out()).contains("download", "Exit codes:", "3   download: some series failed or were cancelled");
  }
}
