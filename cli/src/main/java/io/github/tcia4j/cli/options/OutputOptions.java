package io.github.tcia4j.cli.options;

import io.github.tcia4j.cli.output.OutputFormat;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --output} options shared by every query command. */
public final class OutputOptions {

  /** How results are printed. */
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = {"Output format: table (for reading), csv, json or jsonl (for pandas and scripts).",
          "Default: from the --output file's extension (.csv, .json, .jsonl or .ndjson), else table."},
      converter = OutputFormat.Converter.class)
  OutputFormat format;

  /** Where results go. */
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the results to FILE instead of the terminal (written atomically; folders are created).")
  Path output;

  /**
   * Returns the chosen format: {@code --format} when given, else the one the {@code --output}
   * file's extension names, else the text table.
   *
   * @return the format
   */
  public OutputFormat format() {
    if (format != null) {
      return format;
    }
    if (output != null && output.getFileName() != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return OutputFormat.CSV;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return OutputFormat.JSONL;
      }
      if (name.endsWith(".json")) {
        return OutputFormat.JSON;
      }
    }
    return OutputFormat.TABLE;
  }

  /**
   * Returns the output file, if one was given.
   *
   * @return the file or {@code null} for standard output
   */
  public Path output() {
    return output;
  }
}
