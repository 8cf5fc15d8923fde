package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a series is complete on disk: its completion record must exist, name the series
 * and match the files present. For a folder: every file the record lists is a regular file (not a
 * link) of the listed size, and no other visible file is there (names starting with {@code .} are
 * ignored, so {@code .DS_Store} does no harm); with the deep check each MD5 is recomputed. For a
 * zip: the zip has the recorded size (and, deep, the recorded SHA-256).
 *
 * @param record the valid record, or empty
 * @param reason why the series is not complete (empty when it is)
 */
public record RecordCheck(Optional<SeriesRecord> record, String reason) {

  /**
   * Tells whether the series is complete.
   *
   * @return {@code true} when the record is valid
   */
  public boolean complete() {
    return record.isPresent();
  }

  private static RecordCheck valid(SeriesRecord record) {
    return new RecordCheck(Optional.of(record), "");
  }

  private static RecordCheck invalid(String reason) {
    return new RecordCheck(Optional.empty(), reason);
  }

  /**
   * Checks a series folder.
   *
   * @param folder the series folder
   * @param seriesUid the Series Instance UID it must hold
   * @param deep whether to recompute the MD5 of every file
   * @return the result
   */
  public static RecordCheck folder(Path folder, String seriesUid, boolean deep) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return invalid("not on disk");
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return invalid(folder + " is not a folder");
    }
    Optional<SeriesRecord> read = SeriesRecord.read(folder.resolve(SeriesRecord.FOLDER_RECORD));
    if (read.isEmpty()) {
      return invalid("the folder has no valid completion record " + SeriesRecord.FOLDER_RECORD);
    }
    SeriesRecord record = read.get();
    if (!record.seriesInstanceUid().equals(seriesUid) || record.zip().isPresent()) {
      return invalid("the completion record belongs to another series");
    }
    Map<String, SeriesRecord.FileEntry> expected = new HashMap<>();
    record.files().forEach(f -> expected.put(f.name(), f));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      int seen = 0;
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        SeriesRecord.FileEntry file = expected.get(name);
        if (file == null) {
          return invalid("the folder holds '" + name + "', which the completion record does not list");
        }
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          return invalid("'" + name + "' is not a regular file");
        }
        if (attributes.size() != file.size()) {
          return invalid("'" + name + "' has " + attributes.size() + " bytes, the record says " + file.size());
        }
        if (deep && !Digests.hash(entry, Digests.md5()).equals(file.md5())) {
          return invalid("'" + name + "' does not match its recorded MD5");
        }
        seen++;
      }
      if (seen != expected.size()) {
        return invalid((expected.size() - seen) + " of the files the completion record lists are missing");
      }
    } catch (IOException e) {
      return invalid("the folder cannot be read: " + e);
    }
    return valid(record);
  }

  /**
   * Checks a series zip and its record.
   *
   * @param zip the zip file
   * @param seriesUid the Series Instance UID it must hold
   * @param deep whether to recompute the zip's SHA-256
   * @return the result
   */
  public static RecordCheck zip(Path zip, String seriesUid, boolean deep) {
    if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
      return invalid("not on disk");
    }
    Optional<SeriesRecord> read = SeriesRecord.read(recordOfZip(zip));
    if (read.isEmpty()) {
      return invalid("the zip has no valid completion record " + recordOfZip(zip).getFileName());
    }
    SeriesRecord record = read.get();
    if (!record.seriesInstanceUid().equals(seriesUid) || record.zip().isEmpty()) {
      return invalid("the completion record belongs to another series");
    }
    SeriesRecord.ZipInfo info = record.zip().get();
    try {
      BasicFileAttributes attributes = Files.readAttributes(zip, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return invalid(zip.getFileName() + " is not a regular file");
      }
      if (attributes.size() != info.size()) {
        return invalid(zip.getFileName() + " has " + attributes.size() + " bytes, the record says " + info.size());
      }
      if (deep && !Digests.hash(zip, Digests.sha256()).equals(info.sha256())) {
        return invalid(zip.getFileName() + " does not match its recorded SHA-256");
      }
    } catch (IOException e) {
      return invalid("the zip cannot be read: " + e);
    }
    return valid(record);
  }

  /**
   * Returns the record file of a zip.
   *
   * @param zip the zip file
   * @return {@code <zip>.tcia4j.json} beside it
   */
  public static Path recordOfZip(Path zip) {
    return zip.resolveSibling(zip.getFileName() + SeriesRecord.ZIP_SUFFIX);
  }
}
