package io.github.tcia4j.testkit.internal.table;

import java.util.Locale;
import java.util.Optional;

/** The values of NBIA's {@code format} parameter that the server knows. */
public enum TableFormat {
  /** {@code json} or absent: a JSON array of flat objects. */
  JSON,
  /** {@code csv} / {@code csvquoted}: fully quoted CSV. */
  CSV,
  /** {@code CSV-DOWNLOAD}: CSV with a {@code Content-Disposition} attachment header. */
  CSV_DOWNLOAD,
  /** {@code html}: an HTML table. */
  HTML,
  /** {@code xml}: the {@code <Results><Row>} document. */
  XML;

  /**
   * Reads a {@code format} value, ignoring case.
   *
   * @param value the parameter value; empty or absent means JSON
   * @return the format, or empty when the server does not know it
   */
  public static Optional<TableFormat> parse(Optional<String> value) {
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.of(JSON);
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "json":
        return Optional.of(JSON);
      case "csv":
      case "csvquoted":
        return Optional.of(CSV);
      case "csv-download":
        return Optional.of(CSV_DOWNLOAD);
      case "html":
        return Optional.of(HTML);
      case "xml":
        return Optional.of(XML);
      default:
        return Optional.empty();
    }
  }
}
