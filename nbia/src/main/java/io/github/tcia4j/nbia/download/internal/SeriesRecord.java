package io.github.tcia4j.nbia.download.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The completion record of a series: what makes "already downloaded" trustworthy. A series folder
 * holds it as {@value #FOLDER_RECORD}; a series zip has it beside it as
 * {@code <zip name>}{@value #ZIP_SUFFIX}. It names the series, its files (name, size, MD5), the
 * image count, the total size, whether the MD5s were verified against the server's, the source
 * URL, the completion time and the tool version; for a zip also the zip's size and SHA-256.
 *
 * @param seriesInstanceUid the Series Instance UID
 * @param status {@code DOWNLOADED} or {@code REPAIRED}
 * @param imageCount the DICOM files
 * @param expectedImageCount the metadata {@code ImageCount}, or {@code null}
 * @param totalBytes the sum of the file sizes
 * @param md5Verified whether every DICOM file matched the server's MD5
 * @param source the redacted request URL the series came from
 * @param completed when it was completed
 * @param tool the tool and version that wrote it
 * @param warnings warnings of the download
 * @param files the files; unmodifiable
 * @param zip the zip's size and hash, for an {@code asZip} download
 */
public record SeriesRecord(String seriesInstanceUid, String status, int imageCount, Integer expectedImageCount,
    long totalBytes, boolean md5Verified, String source, Instant completed, String tool, List<String> warnings,
    List<FileEntry> files, Optional<ZipInfo> zip) {
  /** The record's file name inside a series folder. */
  public static final String FOLDER_RECORD = ".tcia4j-series.json";
  /** Appended to a zip's file name to name its record. */
  public static final String ZIP_SUFFIX = ".tcia4j.json";
  /** The value of the {@code format} key. */
  public static final String FORMAT = "tcia4j-series-record/1";

  /**
   * Copies the lists.
   *
   * @param seriesInstanceUid the UID
   * @param status the status
   * @param imageCount the DICOM files
   * @param expectedImageCount the metadata count, or {@code null}
   * @param totalBytes the total size
   * @param md5Verified whether MD5s were verified
   * @param source the source URL
   * @param completed the completion time
   * @param tool the tool
   * @param warnings the warnings
   * @param files the files
   * @param zip the zip information
   */
  public SeriesRecord {
    warnings = List.copyOf(warnings);
    files = List.copyOf(files);
  }

  /**
   * One file of a series.
   *
   * @param name the file name
   * @param size the size in bytes
   * @param md5 the MD5, lower-case hex
   * @param dicom whether it is a DICOM instance
   */
  public record FileEntry(String name, long size, String md5, boolean dicom) {}

  /**
   * The zip of an {@code asZip} download.
   *
   * @param name the zip's file name
   * @param size its size in bytes
   * @param sha256 its SHA-256, lower-case hex
   */
  public record ZipInfo(String name, long size, String sha256) {}

  /**
   * Writes the record as JSON.
   *
   * @param out the stream (not closed)
   */
  public void writeTo(OutputStream out) {
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("seriesInstanceUID", seriesInstanceUid)
        .add("status", status)
        .add("imageCount", imageCount);
    if (expectedImageCount == null) {
      o.addNull("expectedImageCount");
    } else {
      o.add("expectedImageCount", expectedImageCount);
    }
    o.add("totalBytes", totalBytes)
        .add("md5Verified", md5Verified)
        .add("source", source)
        .add("completed", completed.toString())
        .add("tool", tool);
    JsonArrayBuilder w = Json.createArrayBuilder();
    warnings.forEach(w::add);
    o.add("warnings", w);
    zip.ifPresent(z -> o.add("zip", Json.createObjectBuilder().add("name", z.name()).add("size", z.size())
        .add("sha256", z.sha256())));
    JsonArrayBuilder f = Json.createArrayBuilder();
    for (FileEntry e : files) {
      f.add(Json.createObjectBuilder().add("name", e.name()).add("size", e.size()).add("md5", e.md5())
          .add("dicom", e.dicom()));
    }
    o.add("files", f);
    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(o.build());
  }

  /**
   * Returns the record as JSON text.
   *
   * @return the pretty-printed JSON
   */
  public String toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a record file without following links.
   *
   * @param file the record file
   * @return the record, or empty when the file is missing, a link, or not a valid record
   */
  public static Optional<SeriesRecord> read(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        JsonReader reader = Json.createReader(in)) {
      return Optional.of(parse(reader.readObject()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static SeriesRecord parse(JsonObject o) {
    if (!FORMAT.equals(o.getString("format"))) {
      throw new IllegalArgumentException("unknown record format");
    }
    List<String> warnings = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("warnings")) {
      warnings.add(((JsonString) v).getString());
    }
    List<FileEntry> files = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("files")) {
      JsonObject f = (JsonObject) v;
      String name = f.getString("name");
      ZipEntryNames.check(name);
      files.add(new FileEntry(name, f.getJsonNumber("size").longValueExact(), f.getString("md5"),
          f.getBoolean("dicom")));
    }
    JsonValue expected = o.get("expectedImageCount");
    Integer expectedCount = expected instanceof JsonNumber n ? n.intValueExact() : null;
    Optional<ZipInfo> zip = Optional.empty();
    if (o.get("zip") instanceof JsonObject z) {
      zip = Optional.of(new ZipInfo(z.getString("name"), z.getJsonNumber("size").longValueExact(),
          z.getString("sha256")));
    }
    return new SeriesRecord(o.getString("seriesInstanceUID"), o.getString("status"), o.getInt("imageCount"),
        expectedCount, o.getJsonNumber("totalBytes").longValueExact(), o.getBoolean("md5Verified"),
        o.getString("source"), Instant.parse(o.getString("completed")), o.getString("tool"), warnings, files,
        zip);
  }
}
