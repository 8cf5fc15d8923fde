package io.github.tcia4j.cli.output;

import io.github.tcia4j.common.export.TableFormat;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of the query commands: a text table for people, or an export format. */
public enum OutputFormat {
  /** Aligned columns for reading in a terminal. */
  TABLE(null),
  /** RFC 4180 CSV with a header, as pandas {@code read_csv} expects. */
  CSV(TableFormat.CSV),
  /** One JSON array of objects, as pandas {@code read_json} expects. */
  JSON(TableFormat.JSON),
  /** One JSON object per line, as pandas {@code read_json(lines=True)} expects. */
  JSONL(TableFormat.JSONL);

  private final TableFormat exportFormat;

  OutputFormat(TableFormat exportFormat) {
    this.exportFormat = exportFormat;
  }

  /**
   * Returns the export format, or empty for the text table.
   *
   * @return the export format
   */
  public Optional<TableFormat> exportFormat() {
    return Optional.ofNullable(exportFormat);
  }

  /** Parses {@code table|csv|json|jsonl} in any case, with a message listing the choices. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a format; use table, csv, json or jsonl");
      }
    }
  }
}
