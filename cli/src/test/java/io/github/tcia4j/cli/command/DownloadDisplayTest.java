package io.github.tcia4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.cli.TciaCommand;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two displays of tcia download, the exit-code mapping and the receipt naming rule. */
class DownloadDisplayTest {
  private static final Path ROOT = Path.of("data");
  private static final DownloadPlan PLAN = new DownloadPlan(ROOT, 3, 2, 1, 2_000_000, 4, 0);

  static SeriesOutcome outcome(String uid, SeriesStatus status, long bytes, int images, int attempts, String error) {
    return new SeriesOutcome(uid, status, ROOT.resolve(uid), bytes, images, 2, status.isComplete()
        ? Md5Check.VERIFIED : Md5Check.NOT_CHECKED, attempts, Duration.ofMillis(2500), "SBX", null, null, null,
        List.of(), error, bytes, attempts);
  }

  static DownloadReport report(SeriesOutcome... outcomes) {
    return DownloadReport.of(List.of(outcomes), Instant.EPOCH, Duration.ofSeconds(4), List.of());
  }

  @Test
  void runWarningsGoToStandardErrorAndOnlyWrittenReceiptsAreNamed(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("run.json");
    Path csv = dir.resolve("run.csv");
    Files.writeString(json, "{}");
    DownloadRequest request = DownloadRequest.builder().seriesUids("1.2.3").path(dir.resolve("data"))
        .receiptJson(json).receiptCsv(csv).build();
    DownloadReport report = report(outcome("1.2.3", SeriesStatus.DOWNLOADED, 10, 2, 1, null))
        .withWarning("receiptCsv " + csv + " could not be written: disk full");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    DownloadCommand.printOutputs(report, request, new PrintWriter(out), new PrintWriter(err));

    assertThat(err.toString()).isEqualTo("tcia: warning: receiptCsv " + csv + " could not be written: disk full\n");
    assertThat(out.toString().trim()).isEqualTo("Receipt: " + json);
  }

  @Test
  void plainLinesShowThePlanEachSeriesAndTheSummaryWithoutCarriageReturns() {
    StringWriter text = new StringWriter();
    DownloadLines lines = new DownloadLines(new PrintWriter(text), 4);
    SeriesOutcome done = outcome("1.2.3", SeriesStatus.DOWNLOADED, 1_500_000, 2, 1, null);
    SeriesOutcome failed = outcome("1.2.4", SeriesStatus.FAILED, 0, 0, 3, "getImage answered 500");
    SeriesOutcome notStarted = outcome("1.2.5", SeriesStatus.CANCELLED, 0, 0, 0, "cancelled");
    lines.started(PLAN);
    lines.seriesFinished(done);
    lines.seriesFinished(failed);
    lines.seriesFinished(notStarted);
    lines.finish(report(done, failed, notStarted));
    assertThat(text.toString()).doesNotContain("\r");
    assertThat(text.toString().lines().toList()).containsExactly(
        "Downloading 3 series into data: 2 to fetch (2.00 MB), 1 already present, 4 workers",
        "DOWNLOADED       1.2.3  2 images  1.50 MB  1 attempt  2.5 s",
        "FAILED           1.2.4  0/2 images  0.00 B  3 attempts  2.5 s  error: getImage answered 500",
        "Downloaded 1 of 3 series, 1 failed, 0 already present, 1 cancelled; 1.50 MB received in 4.0 s (0.4 MB/s)");
  }

  @Test
  void barCountsWrittenBytesRestartsRetriedSeriesAndGivesBackFailedOnes() {
    StringWriter text = new StringWriter();
    DownloadBars bars = new DownloadBars(new TerminalLine(new PrintWriter(text), 120), 4, 20);
    bars.started(PLAN);
    bars.seriesStarted("1.2.3", 1_000_000, 2, 1);
    bars.fileWritten("1.2.3", "LICENSE", 700);
    bars.fileWritten("1.2.3", "1-1.dcm", 400_000);
    assertThat(bars.current()).as("DICOM files only, as FileSize").isEqualTo(400_000);
    bars.seriesStarted("1.2.3", 1_000_000, 2, 2);
    assertThat(bars.current()).as("a retry starts the series again").isZero();
    bars.fileWritten("1.2.3", "1-1.dcm", 500_000);
    bars.fileWritten("1.2.3", "1-2.dcm", 499_000);
    SeriesOutcome done = outcome("1.2.3", SeriesStatus.DOWNLOADED, 1_001_000, 2, 2, null);
    bars.seriesFinished(done);
    assertThat(bars.current()).as("a complete series counts its FileSize").isEqualTo(1_000_000);
    bars.seriesStarted("1.2.4", 1_000_000, 2, 1);
    bars.fileWritten("1.2.4", "1-1.dcm", 300_000);
    SeriesOutcome failed = outcome("1.2.4", SeriesStatus.FAILED, 0, 0, 1, "broken");
    bars.seriesFinished(failed);
    assertThat(bars.current()).as("a failed series gives its bytes back").isEqualTo(1_000_000);
    bars.finish(report(done, failed));

    String out = text.toString();
    assertThat(out).startsWith("Downloading 3 series into data: 2 to fetch (2.00 MB), 1 already present, 4 workers\n");
    assertThat(out).contains("\rDownload").contains(" 2/3 series").contains("50%").contains("kB");
    assertThat(out).contains("DOWNLOADED       1.2.3  2 images  1.00 MB  2 attempts  2.5 s\n")
        .contains("FAILED           1.2.4  0/2 images  0.00 B  1 attempt  2.5 s  error: broken\n");
    assertThat(out).endsWith("Downloaded 1 of 2 series, 1 failed, 0 already present, 0 cancelled; 1.00 MB received"
        + " in 4.0 s (0.3 MB/s)\n");
  }

  @Test
  void linesAboveTheBarEraseItAndDrawItAgain() {
    StringWriter text = new StringWriter();
    TerminalLine line = new TerminalLine(new PrintWriter(text), 60);
    line.accept("Download 10%");
    line.printAbove("DOWNLOADED 1.2.3");
    line.accept("Download 9%");
    line.close();
    assertThat(text.toString()).isEqualTo("\rDownload 10%\r            \rDOWNLOADED 1.2.3\nDownload 10%"
        + "\rDownload 9% \n");
    assertThat(line.getMaxRenderedLength()).isEqualTo(59);
    assertThat(new TerminalLine(new PrintWriter(new StringWriter()), 5).getMaxRenderedLength())
        .as("a tiny width is raised").isEqualTo(39);
  }

  @Test
  void exitCodesTellCompletePartialAndFailedApart() {
    SeriesOutcome ok = outcome("1.2.3", SeriesStatus.DOWNLOADED, 10, 2, 1, null);
    SeriesOutcome present = outcome("1.2.6", SeriesStatus.ALREADY_PRESENT, 10, 2, 0, null);
    SeriesOutcome failed = outcome("1.2.4", SeriesStatus.FAILED, 0, 0, 4, "x");
    SeriesOutcome cancelled = outcome("1.2.5", SeriesStatus.CANCELLED, 0, 0, 1, "cancelled");
    assertThat(DownloadCommand.exitCode(report(ok, present), false)).isEqualTo(TciaCommand.OK);
    assertThat(DownloadCommand.exitCode(report(ok, present), true)).as("interrupted after the end").isZero();
    assertThat(DownloadCommand.exitCode(report(ok, failed), false)).isEqualTo(TciaCommand.PARTIAL);
    assertThat(DownloadCommand.exitCode(report(failed), false)).isEqualTo(TciaCommand.DOWNLOAD_FAILED);
    assertThat(DownloadCommand.exitCode(report(cancelled), false)).isEqualTo(TciaCommand.PARTIAL);
    assertThat(DownloadCommand.exitCode(report(failed), true)).isEqualTo(TciaCommand.PARTIAL);
    assertThat(List.of(TciaCommand.OK, TciaCommand.FAILED, TciaCommand.USAGE, TciaCommand.PARTIAL,
        TciaCommand.DOWNLOAD_FAILED)).doesNotHaveDuplicates();
  }

  @Test
  void receiptNamesFollowTheExtension() {
    assertThat(ReceiptFiles.of(Path.of("out/run.json"))).isEqualTo(
        new ReceiptFiles(Path.of("out/run.json"), Path.of("out/run.csv")));
    assertThat(ReceiptFiles.of(Path.of("out/run.CSV"))).isEqualTo(
        new ReceiptFiles(Path.of("out/run.json"), Path.of("out/run.CSV")));
    assertThat(ReceiptFiles.of(Path.of("receipt"))).isEqualTo(
        new ReceiptFiles(Path.of("receipt"), Path.of("receipt.csv")));
    assertThat(ReceiptFiles.of(Path.of(".csv"))).as("no base name: taken as a name without extension")
        .isEqualTo(new ReceiptFiles(Path.of(".csv"), Path.of(".csv.csv")));
  }
}
