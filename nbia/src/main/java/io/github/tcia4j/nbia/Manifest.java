package io.github.tcia4j.nbia;

import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.nbia.download.internal.PathNames;
import io.github.tcia4j.nbia.download.internal.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code .tcia} manifest: the file the TCIA portal and {@code getManifestForSimpleSearch} hand
 * out, which the NBIA Data Retriever (and {@code NbiaClient} downloads) read. It holds a header of
 * {@code key=value} lines and one Series Instance UID per line ({@code nbia-api.md} section 5).
 *
 * <pre>{@code
 * Manifest manifest = Manifest.read(Path.of("cart.tcia"));
 * manifest.seriesUids().forEach(System.out::println);
 * Manifest.of(List.of("1.2.3", "1.2.4")).write(Path.of("mine.tcia"));
 * }</pre>
 *
 * <p>Reading is robust where {@code tcia_utils.manifestToList} is positional: blank lines,
 * {@code #} comments and every {@code key=value} line (wherever it is) are not UIDs; a line that is
 * neither a header line nor a UID (digits and dots) is an error naming its line number instead of
 * being passed on as a "UID". UIDs follow the DICOM rule the queries apply: digits in dot-separated
 * components, at most 64 characters, so that a manifest the download would fail on is refused when
 * it is read. A file that is not UTF-8 text is refused naming the byte offset and line.
 *
 * @param header the header lines in file order, key to value (e.g. {@code downloadServerUrl},
 *     {@code includeAnnotation}, {@code noOfrRetry}, {@code databasketId},
 *     {@code manifestVersion}, {@code ListOfSeriesToDownload} with an empty value); unmodifiable
 * @param seriesUids the Series Instance UIDs in file order; unmodifiable
 */
public record Manifest(Map<String, String> header, List<String> seriesUids) {
  /** The download servlet of the public NBIA server, the default {@code downloadServerUrl}. */
  public static final String DEFAULT_DOWNLOAD_SERVER_URL =
      "https://nbia.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet";
  /** The header key after which the UIDs follow. */
  public static final String LIST_KEY = "ListOfSeriesToDownload";

  private static final Pattern UID = Pattern.compile("[0-9.]+");
  private static final List<String> STANDARD_KEYS =
      List.of("downloadServerUrl", "includeAnnotation", "noOfrRetry", "databasketId", "manifestVersion");

  /**
   * Checks and copies the parts.
   *
   * @param header the header lines, key to value
   * @param seriesUids the UIDs; each must be a DICOM UID: digits in dot-separated components, at most
   *     64 characters
   * @throws IllegalArgumentException when a UID is not a DICOM UID (naming its index and the
   *     reason), or a header key is blank or contains {@code =}
   */
  public Manifest {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(seriesUids, "seriesUids");
    Map<String, String> copy = new LinkedHashMap<>();
    header.forEach((k, v) -> {
      if (k == null || k.isBlank() || k.contains("=") || k.contains("\n")) {
        throw new IllegalArgumentException("Manifest header key '" + k + "' is not valid: give a non-blank key"
            + " without '=' or line breaks");
      }
      Objects.requireNonNull(v, () -> "value of manifest header key " + k);
      if (v.contains("\n") || v.contains("\r")) {
        throw new IllegalArgumentException("Manifest header value of " + k + " contains a line break");
      }
      copy.put(k, v);
    });
    header = Collections.unmodifiableMap(copy);
    for (int i = 0; i < seriesUids.size(); i++) {
      String uid = seriesUids.get(i);
      Optional<String> problem = PathNames.uidProblem(uid);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("seriesUids[" + i + "] = '" + (uid == null ? null : abbreviate(uid))
            + "' is not a Series Instance UID: " + problem.get());
      }
    }
    seriesUids = List.copyOf(seriesUids);
  }

  /**
   * Creates a manifest for the public NBIA server in the server's format: annotations not
   * included, 4 retries, {@code databasketId=manifest-<current epoch millis>.tcia}, version 3.0.
   *
   * @param seriesUids the Series Instance UIDs
   * @return the manifest
   * @throws IllegalArgumentException when a UID is not a DICOM UID (digits and dots, at most 64
   *     characters)
   */
  public static Manifest of(List<String> seriesUids) {
    return of(DEFAULT_DOWNLOAD_SERVER_URL, false, seriesUids);
  }

  /**
   * Creates a manifest in the server's format for any download server.
   *
   * @param downloadServerUrl the download servlet, e.g. {@link #DEFAULT_DOWNLOAD_SERVER_URL}
   * @param includeAnnotation whether the retriever should fetch annotations too
   * @param seriesUids the Series Instance UIDs
   * @return the manifest
   * @throws IllegalArgumentException when the URL is blank or a UID is not a DICOM UID (digits and
   *     dots, at most 64 characters)
   */
  public static Manifest of(String downloadServerUrl, boolean includeAnnotation, List<String> seriesUids) {
    Objects.requireNonNull(downloadServerUrl, "downloadServerUrl");
    if (downloadServerUrl.isBlank()) {
      throw new IllegalArgumentException("downloadServerUrl is blank; give the download servlet URL, e.g. "
          + DEFAULT_DOWNLOAD_SERVER_URL);
    }
    Map<String, String> h = new LinkedHashMap<>();
    h.put("downloadServerUrl", downloadServerUrl.trim());
    h.put("includeAnnotation", Boolean.toString(includeAnnotation));
    h.put("noOfrRetry", "4");
    h.put("databasketId", "manifest-" + System.currentTimeMillis() + ".tcia");
    h.put("manifestVersion", "3.0");
    h.put(LIST_KEY, "");
    return new Manifest(h, seriesUids);
  }

  /**
   * Parses manifest text.
   *
   * @param text the content of a {@code .tcia} file
   * @return the manifest; empty text gives an empty manifest
   * @throws IllegalArgumentException naming the line number of a line that is neither a header
   *     line, a comment, blank, nor a DICOM UID (digits in dot-separated components, at most 64
   *     characters)
   */
  public static Manifest parse(String text) {
    return parse(Objects.requireNonNull(text, "text"), "Manifest");
  }

  /**
   * Reads a manifest file (UTF-8).
   *
   * @param file the {@code .tcia} file
   * @return the manifest
   * @throws IllegalArgumentException when the file does not exist, is a directory, is not UTF-8
   *     text, or has a line that is not a UID (the message names the file and the line number)
   * @throws io.github.tcia4j.common.error.TciaException when reading fails otherwise (e.g. no
   *     permission)
   */
  public static Manifest read(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("Manifest " + file + " is a directory; give the path of a .tcia file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Manifest file not found: " + file + " (absolute path "
          + file.toAbsolutePath() + "); check the path", e);
    } catch (IOException e) {
      throw new io.github.tcia4j.common.error.TciaException("Reading the manifest " + file + " failed: " + e, e);
    }
    return parse(TextFiles.utf8(bytes, file, "Manifest"), "Manifest " + file);
  }

  private static Manifest parse(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Map<String, String> header = new LinkedHashMap<>();
    List<String> uids = new java.util.ArrayList<>();
    int lineNumber = 0;
    for (String line : (Iterable<String>) body.lines()::iterator) {
      lineNumber++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int eq = t.indexOf('=');
      if (eq >= 0) {
        String key = t.substring(0, eq).strip();
        if (!key.isEmpty()) {
          header.put(key, t.substring(eq + 1).strip());
        }
        continue;
      }
      if (!UID.matcher(t).matches()) {
        throw new IllegalArgumentException(source + ", line " + lineNumber + ": '" + abbreviate(t)
            + "' is not a Series Instance UID (digits and dots), a 'key=value' header line or a '#' comment");
      }
      Optional<String> problem = PathNames.uidProblem(t);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(source + ", line " + lineNumber + ": '" + abbreviate(t)
            + "' is not a valid Series Instance UID: " + problem.get());
      }
      uids.add(t);
    }
    return new Manifest(header, uids);
  }

  /**
   * Returns one header value.
   *
   * @param key the header key, e.g. {@code downloadServerUrl}
   * @return the value, or empty when the header has no such key
   */
  public Optional<String> headerValue(String key) {
    return Optional.ofNullable(header.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Returns the download servlet the manifest names.
   *
   * @return the URL, or empty when the header has none
   */
  public Optional<String> downloadServerUrl() {
    return headerValue("downloadServerUrl");
  }

  /**
   * Returns the manifest's id (the server sets it to the file name it suggests).
   *
   * @return e.g. {@code manifest-1664554157579.tcia}, or empty when absent
   */
  public Optional<String> databasketId() {
    return headerValue("databasketId");
  }

  /**
   * Returns the manifest format version.
   *
   * @return e.g. {@code 3.0}, or empty when absent
   */
  public Optional<String> manifestVersion() {
    return headerValue("manifestVersion");
  }

  /**
   * Returns the number of series.
   *
   * @return the number of UIDs
   */
  public int size() {
    return seriesUids.size();
  }

  /**
   * Writes the manifest in the server's format ({@code nbia-api.md} section 5.1): the header lines
   * {@code downloadServerUrl}, {@code includeAnnotation}, {@code noOfrRetry}, {@code databasketId},
   * {@code manifestVersion} in this order (missing ones get the server's defaults: the public
   * download servlet, {@code false}, {@code 4}, {@code manifest.tcia}, {@code 3.0}), then any other
   * header lines in their order, then {@code ListOfSeriesToDownload=} and one UID per line. Lines
   * end with {@code \n}, including the last.
   *
   * @return the text
   */
  public String toText() {
    return toText("manifest.tcia");
  }

  /**
   * Writes the manifest to a file atomically (a temporary file in the same folder, then moved
   * into place), creating missing folders. A header without {@code databasketId} gets the file
   * name.
   *
   * @param file the file to create or replace, e.g. {@code cart.tcia}
   * @return the file
   * @throws IllegalArgumentException when the path is a directory
   * @throws io.github.tcia4j.common.error.TciaException when writing fails
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return AtomicFiles.writeString(file, toText(name == null ? "manifest.tcia" : name.toString()), "manifest");
  }

  private String toText(String defaultBasketId) {
    Map<String, String> defaults = Map.of("downloadServerUrl", DEFAULT_DOWNLOAD_SERVER_URL,
        "includeAnnotation", "false", "noOfrRetry", "4", "databasketId", defaultBasketId, "manifestVersion", "3.0");
    StringBuilder sb = new StringBuilder();
    for (String key : STANDARD_KEYS) {
      sb.append(key).append('=').append(header.getOrDefault(key, defaults.get(key))).append('\n');
    }
    header.forEach((k, v) -> {
      if (!STANDARD_KEYS.contains(k) && !k.equals(LIST_KEY)) {
        sb.append(k).append('=').append(v).append('\n');
      }
    });
    sb.append(LIST_KEY).append("=\n");
    for (String uid : seriesUids) {
      sb.append(uid).append('\n');
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
