package io.github.tcia4j.nbia.download.internal;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks, when a download request is built, the files a run writes at its end (the metadata CSV
 * and the receipts), so that a path that cannot be written fails before any series is fetched
 * instead of after the whole download. The run still writes each of them on its own and turns a
 * late failure into a warning of the report.
 */
public final class OutputTargets {
  private final Path downloadRoot;
  private final Map<Path, String> claimed = new LinkedHashMap<>();

  /**
   * Starts the checks of one request.
   *
   * @param downloadFolder the request's download folder
   */
  public OutputTargets(Path downloadFolder) {
    this.downloadRoot = downloadFolder.toAbsolutePath().normalize();
  }

  /**
   * Checks one output file: it has a file name, is not a directory, is not the download folder or
   * one of its parents, is not already used by another output of the request, and its folder
   * exists as a writable directory or can be created (the nearest existing ancestor is a writable
   * directory).
   *
   * @param file the file
   * @param option the builder option that set it, for the message, e.g. {@code "receiptJson"}
   * @throws IllegalArgumentException naming the option, the path and what is wrong
   */
  public void check(Path file, String option) {
    Path name = file.getFileName();
    if (name == null) {
      throw new IllegalArgumentException(option + " needs a file name, e.g. " + option + "(Path.of(\""
          + example(option) + "\")), but was '" + file + "'");
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException(option + " " + file + " is a directory; give a file inside it, e.g. "
          + file.resolve(example(option)));
    }
    if (downloadRoot.startsWith(absolute)) {
      throw new IllegalArgumentException(option + " " + file + " is " + (downloadRoot.equals(absolute)
          ? "the download folder" : "a parent folder of the download folder " + downloadRoot)
          + "; give a file name, e.g. " + downloadRoot.resolve(example(option)));
    }
    claim(absolute, option, option + " " + file);
    if (option.equals("receiptCsv")) {
      Path totals = Receipts.totalsFile(absolute);
      claim(totals, option + " (its totals CSV)", "The totals CSV " + totals + " of receiptCsv " + file);
    }
    Path folder = absolute.getParent();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new IllegalArgumentException(option + " " + file + " cannot be created: no folder of its path exists");
    }
    if (!Files.isDirectory(existing)) {
      throw new IllegalArgumentException(option + " " + file + " cannot be created: " + existing
          + " is a file, not a folder; choose another location");
    }
    if (!Files.isWritable(existing)) {
      throw new IllegalArgumentException(option + " " + file + " cannot be written: the folder " + existing
          + " is not writable; choose another location or make the folder writable");
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
      throw new IllegalArgumentException(option + " " + file + " exists and is not a regular file; choose"
          + " another name");
    }
  }

  private void claim(Path absolute, String owner, String described) {
    String other = claimed.putIfAbsent(absolute, owner);
    if (other != null) {
      throw new IllegalArgumentException(described + " is the same file as " + other + "; give each output its own"
          + " file");
    }
  }

  private static String example(String option) {
    return switch (option) {
      case "receiptJson" -> "receipt.json";
      case "receiptCsv" -> "receipt.csv";
      default -> "metadata.csv";
    };
  }
}
