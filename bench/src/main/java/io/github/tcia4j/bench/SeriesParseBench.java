package io.github.tcia4j.bench;

import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.nbia.internal.NbiaConverters;
import io.github.tcia4j.nbia.model.Series;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Throughput and memory of the client's {@code getSeries} decoding path and of the CSV export.
 *
 * <ul>
 *   <li>{@code parse [ROWS]} (default 200,000): builds a realistic v4 {@code getSeries} JSON body
 *       in memory, reads it row by row with {@code JsonCodec.forEachRow} and maps each row to a
 *       {@link Series} record with the client's mapper as it is read (the path {@code NbiaHttp} takes), then exports the records to a temporary CSV file; prints
 *       rows/s of both steps and the peak heap. Needs a heap of about 2 GB for 200,000 rows (the
 *       body, the rows and the records are all in memory, as in the client).
 *   <li>{@code stream [ROWS...]} (default 200,000 and 1,000,000): exports rows produced lazily
 *       (each generated and mapped when the writer asks for it) to a temporary CSV file; prints
 *       rows/s and the peak heap of each run, after an unreported warm-up of 100,000 rows. Run it with a small heap (e.g. {@code -Xmx64m}) to
 *       see that the export does not grow the heap with the row count.
 * </ul>
 * Without arguments it runs {@code parse}. See {@code bench/README.md}.
 */
public final class SeriesParseBench {
  private static final RecordMapper<Series> MAPPER = NbiaConverters.mapper(Series.class);

  private SeriesParseBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code parse [ROWS]} or {@code stream [ROWS...]}
   * @throws IOException when the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    String mode = args.length == 0 ? "parse" : args[0];
    List<Long> counts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      counts.add(Long.parseLong(args[i].replace("_", "").replace(",", "")));
    }
    System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %.0f MB%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), HeapPeak.maxMegabytes());
    switch (mode) {
      case "parse" -> parse(counts.isEmpty() ? 200_000 : Math.toIntExact(counts.get(0)));
      case "stream" -> {
        exportLazily(100_000, false);
        for (long n : counts.isEmpty() ? List.of(200_000L, 1_000_000L) : counts) {
          stream(n);
        }
      }
      default -> {
        System.err.println("usage: SeriesParseBench parse [ROWS] | stream [ROWS...]");
        System.exit(2);
      }
    }
  }

  private static void parse(int rows) throws IOException {
    warmUp();
    byte[] body = SeriesRows.jsonBody(rows);
    System.out.printf(Locale.ROOT, "getSeries body: %,d rows, %.1f MB of JSON (%d bytes per row)%n", rows,
        body.length / 1e6, body.length / rows);

    HeapPeak.reset();
    long t0 = System.nanoTime();
    List<Series> series = new ArrayList<>(rows);
    JsonCodec.standard().forEachRow(new ByteArrayInputStream(body), row -> series.add(MAPPER.fromRow(row)));
    long t1 = System.nanoTime();
    report("parse (JsonCodec.forEachRow + RecordMapper, as NbiaHttp does)", series.size(), t1 - t0, body.length);
    System.out.printf(Locale.ROOT, "  peak heap during parse: %.0f MB (body %.0f MB included)%n", HeapPeak.megabytes(),
        body.length / (1024.0 * 1024.0));
    body = null;

    Path file = Files.createTempFile("tcia4j-bench-series", ".csv");
    try {
      HeapPeak.reset();
      long t2 = System.nanoTime();
      long written = Export.write(series, TableSchema.ofRecordWithExtras(Series.class, series), TableFormat.CSV, file);
      long t3 = System.nanoTime();
      report("export to CSV", written, t3 - t2, Files.size(file));
      System.out.printf(Locale.ROOT, "  peak heap during export: %.0f MB (the %,d records included)%n",
          HeapPeak.megabytes(), series.size());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void stream(long rows) throws IOException {
    exportLazily(rows, true);
  }

  private static void exportLazily(long rows, boolean print) throws IOException {
    Path file = Files.createTempFile("tcia4j-bench-stream", ".csv");
    try {
      HeapPeak.reset();
      long t0 = System.nanoTime();
      Stream<Series> lazy = LongStream.range(0, rows).mapToObj(i -> MAPPER.fromRow(SeriesRows.row(i)));
      long written = Export.write(lazy, TableSchema.ofRecord(Series.class), TableFormat.CSV, file);
      long t1 = System.nanoTime();
      if (print) {
        report("lazy export to CSV", written, t1 - t0, Files.size(file));
        System.out.printf(Locale.ROOT, "  peak heap: %.1f MB of %.0f MB allowed%n", HeapPeak.megabytes(),
            HeapPeak.maxMegabytes());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void warmUp() {
    byte[] body = SeriesRows.jsonBody(20_000);
    for (int i = 0; i < 3; i++) {
      List<Series> sink = new ArrayList<>();
      JsonCodec.standard().forEachRow(new ByteArrayInputStream(body), row -> sink.add(MAPPER.fromRow(row)));
    }
  }

  private static void report(String what, long rows, long nanos, long bytes) {
    double seconds = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%s: %,d rows in %.2f s = %,.0f rows/s (%.1f MB/s)%n", what, rows, seconds,
        rows / seconds, bytes / 1e6 / seconds);
  }
}
