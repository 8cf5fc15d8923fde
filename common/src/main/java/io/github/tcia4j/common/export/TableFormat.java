package io.github.tcia4j.common.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The table formats the exporter writes. All are UTF-8 without byte order mark. */
public enum TableFormat {
  /**
   * RFC 4180 CSV: a header line of column names, one line per row, {@code \n} line ends (also
   * after the last row), fields quoted only when they need it. Readable by pandas as is.
   */
  CSV("csv", "text/csv"),
  /** One JSON array of objects, one object per row in row order, keys in column order. */
  JSON("json", "application/json"),
  /** JSON Lines: one JSON object per line, each line ending with {@code \n}. */
  JSONL("jsonl", "application/x-ndjson");

  private final String extension;
  private final String mediaType;

  TableFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /**
   * Returns the usual file name extension, without the dot.
   *
   * @return {@code csv}, {@code json} or {@code jsonl}
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns the media type of the format.
   *
   * @return e.g. {@code text/csv}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Parses a format name, ignoring case and surrounding spaces.
   *
   * @param text {@code csv}, {@code json} or {@code jsonl}
   * @return the format
   * @throws IllegalArgumentException if the text names no format; the message lists the valid
   *     names
   */
  public static TableFormat parse(String text) {
    Objects.requireNonNull(text, "format");
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown table format '" + text + "'; use one of "
        + validNames());
  }

  /**
   * Guesses the format from a file name's extension ({@code .csv}, {@code .json},
   * {@code .jsonl}), ignoring case.
   *
   * @param fileName the file name, e.g. {@code series.csv}
   * @return the format, or empty when the extension is not one of them
   */
  public static Optional<TableFormat> forFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
  }

  private static String validNames() {
    return Arrays.stream(values()).map(TableFormat::extension).collect(Collectors.joining(", "));
  }
}
