package io.github.tcia4j.cli.command;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The two receipt files of {@code tcia download --receipt FILE}: the name given keeps the format
 * its extension says, and the other format is written next to it under the same base name.
 * {@code run.json} gives {@code run.json} and {@code run.csv}; {@code run.csv} gives
 * {@code run.csv} and {@code run.json}; a name without either extension is the JSON receipt
 * and gets a {@code .csv} appended for the CSV one ({@code run} gives {@code run} and
 * {@code run.csv}).
 *
 * @param json the JSON receipt
 * @param csv the CSV receipt
 */
record ReceiptFiles(Path json, Path csv) {

  /**
   * Applies the naming rule to the {@code --receipt} value.
   *
   * @param file the file the user named
   * @return both files
   */
  static ReceiptFiles of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("--receipt needs a file name, e.g. --receipt receipt.json (got '" + file
          + "')");
    }
    String text = name.toString();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") && text.length() > 4) {
      return new ReceiptFiles(file.resolveSibling(text.substring(0, text.length() - 4) + ".json"), file);
    }
    if (lower.endsWith(".json") && text.length() > 5) {
      return new ReceiptFiles(file, file.resolveSibling(text.substring(0, text.length() - 5) + ".csv"));
    }
    return new ReceiptFiles(file, file.resolveSibling(text + ".csv"));
  }
}
