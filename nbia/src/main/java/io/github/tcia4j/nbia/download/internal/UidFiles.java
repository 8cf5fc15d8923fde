package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Series Instance UIDs from a file: a CSV export with a {@code SeriesInstanceUID} column (as
 * {@code tcia4j} or pandas write it, index column and all), a JSON export (an array of row objects,
 * or pandas' column-oriented object), JSON Lines, or plain text with one UID per line ({@code #}
 * comments and blank lines skipped). The format follows the extension ({@code .csv}, {@code .json},
 * {@code .jsonl}/{@code .ndjson}, {@code .txt}); other extensions are recognised by content.
 * Manifests ({@code .tcia}, or content with {@code key=value} lines) are recognised here and read
 * by the caller with {@code Manifest}.
 */
public final class UidFiles {
  /** The formats this reader knows. */
  public enum Format {
    /** CSV with a header line. */
    CSV,
    /** A JSON document. */
    JSON,
    /** One JSON object per line. */
    JSONL,
    /** One UID per line. */
    TEXT,
    /** A {@code .tcia} manifest. */
    MANIFEST
  }

  private UidFiles() {}

  /**
   * Guesses the format of a file from its extension, else from its first non-blank line.
   *
   * @param file the file name
   * @param text the file content
   * @return the format
   */
  public static Format detect(Path file, String text) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".tcia")) {
      return Format.MANIFEST;
    }
    if (name.endsWith(".txt")) {
      return Format.TEXT;
    }
    String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (first.startsWith("[") || (first.startsWith("{") && !first.endsWith("}"))) {
      return Format.JSON;
    }
    if (first.startsWith("{")) {
      return Format.JSONL;
    }
    if (first.startsWith("downloadServerUrl") || first.contains("=")) {
      return Format.MANIFEST;
    }
    return first.contains(",") ? Format.CSV : Format.TEXT;
  }

  /**
   * Reads a whole file as text.
   *
   * @param file the file
   * @return its UTF-8 content, without a byte order mark
   * @throws IllegalArgumentException when it is not UTF-8 text (naming the byte offset and line)
   * @throws TciaException when it cannot be read
   */
  public static String read(Path file) {
    try {
      return TextFiles.utf8(Files.readAllBytes(file), file, "UID file");
    } catch (IOException e) {
      throw new TciaException("Cannot read the UID file " + file + ": " + e + "; check the path", e);
    }
  }

  /**
   * Reads the UIDs of a CSV, JSON, JSON Lines or text file.
   *
   * @param file the file, for messages
   * @param text its content
   * @param format its format (not {@link Format#MANIFEST})
   * @return the UIDs in file order
   * @throws IllegalArgumentException when the file has no {@code SeriesInstanceUID} column or key,
   *     or a value is not a UID (the message names the file and the line or row)
   */
  public static List<String> uids(Path file, String text, Format format) {
    return switch (format) {
      case CSV -> csv(file, text);
      case JSON -> json(file, text);
      case JSONL -> jsonLines(file, text);
      case TEXT -> lines(file, text);
      case MANIFEST -> throw new IllegalArgumentException("Manifest " + file + " must be read with Manifest.read");
    };
  }

  private static List<String> csv(Path file, String text) {
    List<String> uids = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
        .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()).get()) {
      int column = -1;
      List<String> header = null;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = record.toList();
          column = header.indexOf(SeriesInputs.COLUMN);
          if (column < 0) {
            throw new IllegalArgumentException("CSV file " + file + " has no '" + SeriesInputs.COLUMN
                + "' column; its columns are " + header + ". Export the series with their " + SeriesInputs.COLUMN
                + " column, or list one UID per line in a .txt file");
          }
          continue;
        }
        if (column >= record.size()) {
          throw new IllegalArgumentException("CSV file " + file + " line " + record.getRecordNumber()
              + " has no " + SeriesInputs.COLUMN + " cell");
        }
        String value = record.get(column);
        if (!value.isBlank()) {
          uids.add(PathNames.requireUid(value, "CSV file " + file + " line " + record.getRecordNumber() + " "
              + SeriesInputs.COLUMN));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("CSV file " + file + " is not valid CSV: " + e.getMessage(), e);
    }
    return uids;
  }

  private static List<String> json(Path file, String text) {
    JsonValue root;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      root = reader.readValue();
    } catch (JsonException e) {
      throw new IllegalArgumentException("JSON file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    List<String> uids = new ArrayList<>();
    if (root instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        JsonValue row = array.get(i);
        if (row instanceof JsonString s) {
          uids.add(PathNames.requireUid(s.getString(), "JSON file " + file + " element " + i));
        } else if (row instanceof JsonObject o) {
          uids.add(uidOf(o, "JSON file " + file + " row " + i));
        } else {
          throw new IllegalArgumentException("JSON file " + file + " element " + i + " is neither a row object"
              + " nor a UID string");
        }
      }
      return uids;
    }
    if (root instanceof JsonObject object) {
      JsonValue column = object.get(SeriesInputs.COLUMN);
      if (column instanceof JsonObject byIndex) {
        byIndex.forEach((index, value) -> uids.add(uidText(value, "JSON file " + file + " "
            + SeriesInputs.COLUMN + "[" + index + "]")));
        return uids;
      }
      if (column instanceof JsonArray list) {
        for (int i = 0; i < list.size(); i++) {
          uids.add(uidText(list.get(i), "JSON file " + file + " " + SeriesInputs.COLUMN + "[" + i + "]"));
        }
        return uids;
      }
      if (column != null) {
        uids.add(uidText(column, "JSON file " + file + " " + SeriesInputs.COLUMN));
        return uids;
      }
    }
    throw new IllegalArgumentException("JSON file " + file + " has no '" + SeriesInputs.COLUMN + "' key; expected"
        + " an array of row objects (as tcia4j exports them) or a pandas column object");
  }

  private static List<String> jsonLines(Path file, String text) {
    List<String> uids = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "JSON Lines file " + file + " line " + (i + 1);
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        uids.add(uidOf(reader.readObject(), where));
      } catch (JsonException e) {
        throw new IllegalArgumentException(where + " is not a JSON object: " + e.getMessage(), e);
      }
    }
    return uids;
  }

  private static List<String> lines(Path file, String text) {
    List<String> uids = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      uids.add(PathNames.requireUid(line, "UID file " + file + " line " + (i + 1)));
    }
    return uids;
  }

  private static String uidOf(JsonObject row, String where) {
    JsonValue value = row.get(SeriesInputs.COLUMN);
    if (value == null) {
      throw new IllegalArgumentException(where + " has no '" + SeriesInputs.COLUMN + "' key (keys: "
          + row.keySet() + ")");
    }
    return uidText(value, where);
  }

  private static String uidText(JsonValue value, String where) {
    if (value instanceof JsonString s) {
      return PathNames.requireUid(s.getString(), where);
    }
    throw new IllegalArgumentException(where + " is not a UID string: " + value);
  }
}
