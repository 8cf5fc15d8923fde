package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A getSeries result exported to CSV and JSON reads in pandas with the tcia_utils column names,
 * integer columns as {@code int64} and dates that {@code pd.to_datetime} parses. Skipped when
 * {@code /usr/bin/python3} has no pandas.
 */
class PandasRoundTripTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  /** The v4 getSeries columns of tcia_utils' DataFrame (tcia-utils-surface.md section 1.2). */
  private static final List<String> TCIA_UTILS_COLUMNS = List.of("SeriesInstanceUID", "StudyInstanceUID", "Modality",
      "ProtocolName", "SeriesDate", "SeriesDescription", "BodyPartExamined", "SeriesNumber", "AnnotationsFlag",
      "Collection", "Site", "PatientID", "PatientSex", "PatientAge", "AdmittingDiagnosisDescription", "Manufacturer",
      "ManufacturerModelName", "SoftwareVersions", "ImageCount", "MaxSubmissionTimestamp", "LicenseName", "LicenseURI",
      "DataDescriptionURI", "FileSize", "ReleasedStatus", "DateReleased", "StudyDesc", "StudyDate",
      "ThirdPartyAnalysis", "Authorized");

  private static final String SCRIPT = String.join("\n",
      "import json, sys",
      "import pandas as pd",
      "kind, path = sys.argv[1], sys.argv[2]",
      "df = pd.read_csv(path) if kind == 'csv' else pd.read_json(path, orient='records')",
      "out = {'columns': list(df.columns), 'dtypes': {c: str(t) for c, t in df.dtypes.items()}, 'rows': len(df)}",
      "out['imageCount'] = int(df['ImageCount'].sum())",
      "out['fileSize'] = int(df['FileSize'].sum())",
      "dates = {}",
      "for c in ['SeriesDate', 'StudyDate', 'DateReleased', 'MaxSubmissionTimestamp']:",
      "    parsed = pd.to_datetime(df[c], errors='raise')",
      "    dates[c] = [None if pd.isna(x) else x.isoformat() for x in parsed]",
      "out['dates'] = dates",
      "print(json.dumps(out))",
      "");

  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static List<Series> series;

  @BeforeAll
  static void fetch() {
    assumeTrue(pandasAvailable(), "/usr/bin/python3 with pandas is not available");
    try (NbiaClient nbia = NbiaClient.connect(SANDBOX.sandbox().nbiaUrl())) {
      series = nbia.getSeries(SeriesQuery.collection("SBX-Lung-CT"));
    }
  }

  @AfterAll
  static void forget() {
    series = null;
  }

  private static boolean pandasAvailable() {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import pandas").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void csvExportReadsInPandas(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("series.csv");
    Export.write(series, TableSchema.ofRecordWithExtras(Series.class, series), TableFormat.CSV, file);

    check(pandas(dir, "csv", file));
  }

  @Test
  void jsonExportReadsInPandas(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("series.json");
    Export.write(series, TableSchema.ofRecordWithExtras(Series.class, series), TableFormat.JSON, file);

    check(pandas(dir, "json", file));
  }

  @SuppressWarnings("unchecked")
  private static void check(Map<String, Object> out) {
    assertThat(series).hasSizeGreaterThan(10);
    assertThat((List<String>) out.get("columns")).containsExactlyElementsOf(TCIA_UTILS_COLUMNS);
    Map<String, Object> dtypes = (Map<String, Object>) out.get("dtypes");
    assertThat(dtypes).containsEntry("ImageCount", "int64").containsEntry("FileSize", "int64")
        .containsEntry("SeriesNumber", "int64").containsEntry("Authorized", "int64");
    assertThat(((Number) out.get("rows")).intValue()).isEqualTo(series.size());
    assertThat(((Number) out.get("imageCount")).longValue())
        .isEqualTo(series.stream().mapToLong(Series::imageCount).sum());
    assertThat(((Number) out.get("fileSize")).longValue()).isEqualTo(series.stream().mapToLong(Series::fileSize).sum());
    Map<String, List<String>> dates = (Map<String, List<String>>) out.get("dates");
    assertThat(dates.get("SeriesDate")).containsExactlyElementsOf(series.stream()
        .map(s -> s.seriesDate() == null ? null : s.seriesDate().atStartOfDay().toString() + ":00").toList());
    assertThat(dates.get("DateReleased")).containsExactlyElementsOf(series.stream()
        .map(s -> s.dateReleased().toLocalDate().atStartOfDay() + ":00").toList());
    assertThat(dates.get("StudyDate")).doesNotContainNull();
    assertThat(dates.get("MaxSubmissionTimestamp")).doesNotContainNull();
  }

  private static Map<String, Object> pandas(Path dir, String kind, Path file) throws Exception {
    Path script = dir.resolve("read_" + kind + ".py");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), kind, file.toString())
        .redirectError(dir.resolve("stderr_" + kind + ".txt").toFile()).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python finished").isTrue();
    assertThat(p.exitValue()).as("python exit code; stderr: %s",
        Files.readString(dir.resolve("stderr_" + kind + ".txt"))).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> out = JsonCodec.standard().readObject(stdout, Map.class);
    return out;
  }
}
