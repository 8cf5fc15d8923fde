package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.OverallStatus;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures around the series themselves never cost a run its report: a metadata chunk that fails
 * with any exception, and output files that cannot be written at the end of the run.
 */
class DownloadRobustnessTest {
  @TempDir
  Path dir;
  private EngineHarness h;

  @BeforeEach
  void start() {
    h = new EngineHarness(dir.resolve("tciaDownload"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aMetadataChunkFailingWithAnyExceptionCostsOnlyItsOwnSeriesTheirMetadata() {
    List<String> uids = h.server.addSeries("1.2.826.41", 3, 2);
    String bad = uids.get(1);
    h.catalog(real -> new SeriesCatalog() {
      @Override
      public List<SeriesMetadata> metadata(List<String> chunk) {
        if (chunk.contains(bad)) {
          throw new IllegalArgumentException("seriesUids[0] '" + bad + "' is not a valid DICOM UID");
        }
        return real.metadata(chunk);
      }

      @Override
      public int metadataChunkSize() {
        return 1;
      }

      @Override
      public List<String> sopInstanceUids(String seriesUid) {
        return real.sopInstanceUids(seriesUid);
      }
    });

    DownloadReport report = h.run(h.request(uids).build());

    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(report.outcomes()).extracting(SeriesOutcome::status).containsOnly(SeriesStatus.DOWNLOADED);
    SeriesOutcome withoutMetadata = report.outcome(bad).orElseThrow();
    assertThat(withoutMetadata.expectedImages()).isNull();
    assertThat(withoutMetadata.warnings()).anySatisfy(w -> assertThat(w)
        .contains("metadata could not be read", "chunk 2 of 3", "IllegalArgumentException", "not a valid DICOM UID"));
    assertThat(report.outcome(uids.get(0)).orElseThrow().expectedImages()).isEqualTo(2);
    assertThat(report.outcome(uids.get(2)).orElseThrow().expectedImages()).isEqualTo(2);
  }

  @Test
  void anOutputThatCannotBeWrittenAtTheEndBecomesAWarningAndTheOthersAreStillWritten() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.42", 2, 1);
    Path metadataCsv = dir.resolve("out").resolve("metadata.csv");
    Path json = dir.resolve("out").resolve("receipt.json");
    Path csv = dir.resolve("out").resolve("receipt.csv");
    AtomicReference<DownloadReport> finished = new AtomicReference<>();
    DownloadListener blocker = new DownloadListener() {
      @Override
      public void started(DownloadPlan plan) {
        try {
          // the build() check passed; a folder appears at the path while the run goes on
          Files.createDirectories(metadataCsv);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finished(DownloadReport report) {
        finished.set(report);
      }
    };

    DownloadReport report = h.run(h.request(uids).metadataCsv(metadataCsv).receiptJson(json).receiptCsv(csv)
        .listener(blocker).build());

    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(report.totals().downloaded()).isEqualTo(2);
    assertThat(report.warnings()).singleElement().asString()
        .startsWith("metadataCsv " + metadataCsv + " could not be written").contains("directory");
    assertThat(finished.get()).as("the listener hears of the end, with the warning").isEqualTo(report);
    assertThat(metadataCsv).isDirectory();
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(json))) {
      JsonObject receipt = reader.readObject();
      assertThat(receipt.getJsonArray("warnings").getString(0)).startsWith("metadataCsv ");
      assertThat(receipt.getJsonArray("series")).hasSize(2);
    }
    assertThat(Files.readAllLines(csv)).hasSize(3);
  }

  @Test
  void everyOutputFailingStillReturnsTheReport() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.43", 1, 1);
    Path json = dir.resolve("receipt.json");
    Path csv = dir.resolve("receipt.csv");
    DownloadListener blocker = new DownloadListener() {
      @Override
      public void started(DownloadPlan plan) {
        try {
          Files.createDirectories(json);
          Files.createDirectories(csv);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };

    DownloadReport report = h.run(h.request(uids).receiptJson(json).receiptCsv(csv).listener(blocker).build());

    assertThat(report.outcomes()).extracting(SeriesOutcome::status).containsExactly(SeriesStatus.DOWNLOADED);
    assertThat(report.warnings()).hasSize(2);
    assertThat(report.warnings().get(0)).startsWith("receiptJson " + json + " could not be written");
    assertThat(report.warnings().get(1)).startsWith("receiptCsv " + csv + " could not be written");
  }
}
