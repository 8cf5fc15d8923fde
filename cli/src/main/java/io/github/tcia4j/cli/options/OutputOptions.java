package io.github.tcia4j.cli.options;

import io.github.tcia4j.cli.output.OutputFormat;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --output} options shared by every query command. */
public final class OutputOptions {

  /** How results are printed. */
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: table (default, for reading), csv, json or jsonl (for pandas and scripts).",
      converter = OutputFormat.Converter.class)
  OutputFormat format = OutputFormat.TABLE;

  /** Where results go. */
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the results to FILE instead of the terminal (written atomically; folders are created).")
  Path output;

  /**
   * Returns the chosen format.
   *
   * @return the format
   */
  public OutputFormat format() {
    return format;
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
