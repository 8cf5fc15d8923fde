package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadTotals;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes download receipts: JSON (an object with {@code totals} and {@code series}) and CSV (one
 * row per series, with the same series columns, so pandas reads it as is; the totals go into a
 * second small CSV next to it, {@code <name>.totals.csv}). CSV goes through {@code common.export}.
 */
public final class Receipts {
  /** The tool name and version written into receipts and completion records. */
  public static final String TOOL = "tcia4j " + ClientConfig.VERSION;

  /** The series columns of both receipt formats. */
  public static final TableSchema<SeriesOutcome> SERIES_COLUMNS = TableSchema.<SeriesOutcome>builder()
      .column("SeriesInstanceUID", SeriesOutcome::seriesInstanceUid)
      .column("Status", SeriesOutcome::status)
      .column("Location", o -> o.location().toString())
      .column("Bytes", SeriesOutcome::bytes)
      .column("Images", SeriesOutcome::images)
      .column("ExpectedImages", SeriesOutcome::expectedImages)
      .column("MD5", SeriesOutcome::md5)
      .column("Attempts", SeriesOutcome::attempts)
      .column("HttpRequests", SeriesOutcome::httpRequests)
      .column("DurationSeconds", o -> seconds(o.duration()))
      .column("BytesReceived", SeriesOutcome::bytesReceived)
      .column("Collection", SeriesOutcome::collection)
      .column("LicenseName", SeriesOutcome::licenseName)
      .column("LicenseURI", SeriesOutcome::licenseUri)
      .column("DataDescriptionURI", SeriesOutcome::doi)
      .column("Warnings", o -> String.join("; ", o.warnings()))
      .column("Error", SeriesOutcome::error)
      .build();

  /** The columns of the totals CSV (one row per run). */
  public static final TableSchema<DownloadReport> TOTALS_COLUMNS = TableSchema.<DownloadReport>builder()
      .column("Tool", r -> TOOL)
      .column("StartTime", r -> r.startTime().toString())
      .column("DurationSeconds", r -> seconds(r.duration()))
      .column("Overall", DownloadReport::overall)
      .column("Requested", r -> r.totals().requested())
      .column("Downloaded", r -> r.totals().downloaded())
      .column("AlreadyPresent", r -> r.totals().alreadyPresent())
      .column("Repaired", r -> r.totals().repaired())
      .column("Failed", r -> r.totals().failed())
      .column("Cancelled", r -> r.totals().cancelled())
      .column("Bytes", r -> r.totals().bytes())
      .column("Images", r -> r.totals().images())
      .column("BytesReceived", r -> r.totals().bytesReceived())
      .build();

  private static final String TOTALS_SUFFIX = ".totals.csv";

  private Receipts() {}

  /**
   * Writes the CSV receipt: the series CSV (one row per series) and, next to it, the totals CSV
   * ({@link #totalsFile(Path)}: a header row and one row for the run).
   *
   * @param report the report
   * @param file the series CSV, replaced atomically (as is the totals CSV)
   */
  public static void writeCsv(DownloadReport report, Path file) {
    Export.write(report.outcomes(), SERIES_COLUMNS, TableFormat.CSV, file);
    Export.write(List.of(report), TOTALS_COLUMNS, TableFormat.CSV, totalsFile(file));
  }

  /**
   * Names the totals CSV of a series CSV: {@code run.csv} gives {@code run.totals.csv}, a name
   * without the {@code .csv} extension gets {@code .totals.csv} appended ({@code run} gives
   * {@code run.totals.csv}).
   *
   * @param csv the series CSV
   * @return the totals CSV in the same folder
   * @throws IllegalArgumentException when the path has no file name
   */
  public static Path totalsFile(Path csv) {
    Path name = csv.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("The CSV receipt needs a file name, e.g. receipt.csv (got '" + csv + "')");
    }
    String text = name.toString();
    boolean hasExtension = text.length() > 4 && text.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    String base = hasExtension ? text.substring(0, text.length() - 4) : text;
    return csv.resolveSibling(base + TOTALS_SUFFIX);
  }

  /**
   * Writes the JSON receipt.
   *
   * @param report the report
   * @param file the target, replaced atomically
   */
  public static void writeJson(DownloadReport report, Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
        .createGenerator(out, StandardCharsets.UTF_8);
    json.writeStartObject();
    json.write("tool", TOOL);
    json.write("startTime", report.startTime().toString());
    json.write("durationSeconds", seconds(report.duration()));
    json.write("overall", report.overall().name());
    json.write("summary", report.summary());
    writeTotals(json, report.totals());
    writeValue(json, "warnings", report.warnings());
    json.writeStartArray("series");
    for (SeriesOutcome outcome : report.outcomes()) {
      json.writeStartObject();
      for (Map.Entry<String, Object> cell : SERIES_COLUMNS.toMap(outcome).entrySet()) {
        Object value = cell.getKey().equals("Warnings") ? outcome.warnings() : cell.getValue();
        writeValue(json, cell.getKey(), value);
      }
      json.writeEnd();
    }
    json.writeEnd();
    json.writeEnd();
    json.close();
    AtomicFiles.writeString(file, out.toString(StandardCharsets.UTF_8), "download receipt");
  }

  private static void writeTotals(JsonGenerator json, DownloadTotals t) {
    json.writeStartObject("totals");
    json.write("requested", t.requested());
    json.write("downloaded", t.downloaded());
    json.write("alreadyPresent", t.alreadyPresent());
    json.write("repaired", t.repaired());
    json.write("failed", t.failed());
    json.write("cancelled", t.cancelled());
    json.write("bytes", t.bytes());
    json.write("images", t.images());
    json.write("bytesReceived", t.bytesReceived());
    json.writeEnd();
  }

  private static void writeValue(JsonGenerator json, String key, Object value) {
    if (value == null) {
      json.writeNull(key);
    } else if (value instanceof Integer i) {
      json.write(key, i);
    } else if (value instanceof Long l) {
      json.write(key, l);
    } else if (value instanceof Double d) {
      json.write(key, d);
    } else if (value instanceof Collection<?> list) {
      json.writeStartArray(key);
      list.forEach(item -> json.write(String.valueOf(item)));
      json.writeEnd();
    } else {
      json.write(key, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  /**
   * Converts a duration to seconds with millisecond precision.
   *
   * @param d the duration
   * @return the seconds
   */
  public static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  /**
   * Lists the series columns.
   *
   * @return the column names
   */
  public static List<String> columnNames() {
    return SERIES_COLUMNS.names();
  }
}
