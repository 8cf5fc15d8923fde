package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.error.TciaDecodeException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV bodies of NBIA ({@code getSeriesMetadata}, {@code getSeriesMetadata2}) into
 * ordered rows, one map per line keyed by the header, in header order. An empty cell reads as
 * {@code null}, so a row converts to a record exactly like a JSON row with the key left out.
 *
 * <p>The server's quirk of writing a {@code null} first cell as {@code ","} (nbia-api.md section
 * 3.1) is undone: a first cell that is exactly a comma reads as {@code null}. An empty or blank
 * body is no rows. A data line with another number of cells than the header is a
 * {@link TciaDecodeException} naming the line.
 */
public final class CsvRows {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(true)
      .get();

  private CsvRows() {}

  /**
   * A CSV text as read: its header line and its data lines.
   *
   * @param header the column names in header order; empty when the text had no header line
   * @param rows the data lines, each an unmodifiable ordered map keyed by the header
   */
  public record Table(List<String> header, List<Map<String, Object>> rows) {
    /**
     * Makes both lists unmodifiable.
     *
     * @param header see the record description
     * @param rows see the record description
     */
    public Table {
      header = List.copyOf(header);
      rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
  }

  /**
   * Reads a CSV text.
   *
   * @param body the CSV text with a header line; empty or blank means no rows
   * @return the rows, unmodifiable, each an unmodifiable ordered map
   * @throws TciaDecodeException when the text is not CSV or a line has the wrong number of cells
   */
  public static List<Map<String, Object>> read(String body) {
    return readTable(body).rows();
  }

  /**
   * Reads a CSV text, keeping its header (also when no data line follows it).
   *
   * @param body the CSV text with a header line; empty or blank means no header and no rows
   * @return the header and the rows
   * @throws TciaDecodeException when the text is not CSV or a line has the wrong number of cells
   */
  public static Table readTable(String body) {
    Objects.requireNonNull(body, "body");
    String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
    if (text.isBlank()) {
      return new Table(List.of(), List.of());
    }
    return readTable(new StringReader(text));
  }

  /**
   * Reads CSV from a reader, which is read to the end but not closed.
   *
   * @param in the CSV text with a header line
   * @return the rows, unmodifiable; empty when the text has no header line
   * @throws TciaDecodeException when the text is not CSV or a line has the wrong number of cells
   * @throws UncheckedIOException when reading fails
   */
  public static List<Map<String, Object>> read(Reader in) {
    return readTable(in).rows();
  }

  private static Table readTable(Reader in) {
    Objects.requireNonNull(in, "in");
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    try {
      CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return new Table(List.of(), List.of());
      }
      records.next().forEach(header::add);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (record.size() != header.size()) {
          throw new TciaDecodeException("CSV line " + record.getRecordNumber() + " has " + record.size()
              + " cells but the header has " + header.size() + " columns (" + abbreviate(header) + ")", null);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String cell = record.get(i);
          if (cell.isEmpty() || (i == 0 && cell.equals(","))) {
            cell = null;
          }
          row.put(header.get(i), cell);
        }
        rows.add(Collections.unmodifiableMap(row));
      }
    } catch (CSVException e) {
      throw new TciaDecodeException("The body is not valid CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the CSV body failed: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException csv) {
        throw new TciaDecodeException("The body is not valid CSV: " + csv.getMessage(), csv);
      }
      throw e;
    }
    return new Table(header, rows);
  }

  private static String abbreviate(List<String> header) {
    String s = String.join(", ", header);
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
