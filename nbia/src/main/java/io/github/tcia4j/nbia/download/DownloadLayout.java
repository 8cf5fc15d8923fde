package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.download.internal.Digests;
import io.github.tcia4j.nbia.download.internal.PathNames;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where each series goes below the download folder.
 *
 * <ul>
 *   <li>{@link #flat()} (the default) is the {@code tcia_utils} layout:
 *       {@code <path>/<SeriesInstanceUID>/} holding the server's file names ({@code 1-01.dcm},
 *       ..., {@code LICENSE}), or {@code <path>/<SeriesInstanceUID>.zip} for zip downloads;
 *   <li>{@link #template(String)} builds a hierarchy from the series metadata, for example
 *       {@code template("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}")}.
 *       {@code /} separates folders; each placeholder names a metadata column
 *       ({@link #placeholders()}). After filling in, every folder name is cleaned: characters that
 *       are not allowed in file names on Windows, macOS or Linux ({@code / \ : * ? " < > |} and
 *       control characters) become {@code _}, trailing dots and spaces are dropped, a name that is
 *       empty (or {@code .}/{@code ..}) becomes {@code unknown}, reserved Windows names such as
 *       {@code CON} get a leading {@code _}, and names longer than 120 characters are cut and end
 *       with a short hash of the full value (so two long names stay apart). A missing metadata
 *       value becomes {@code unknown}.
 * </ul>
 *
 * <p>Immutable; equal layouts have equal templates.
 */
public final class DownloadLayout {
  private static final DownloadLayout FLAT = new DownloadLayout(null);
  private static final Map<String, Function<SeriesMetadata, Object>> PLACEHOLDERS = placeholderMap();

  private final String pattern;

  private DownloadLayout(String pattern) {
    this.pattern = pattern;
  }

  /**
   * Returns the {@code tcia_utils} layout: one folder per series named by its UID, directly in
   * the download folder.
   *
   * @return the flat layout
   */
  public static DownloadLayout flat() {
    return FLAT;
  }

  /**
   * Returns a hierarchical layout built from series metadata.
   *
   * @param pattern folders separated by {@code /}, with placeholders such as {@code {Collection}};
   *     it must contain {@code {SeriesInstanceUID}} so that every series gets its own folder
   * @return the layout
   * @throws IllegalArgumentException when the pattern is blank, absolute, contains {@code \},
   *     {@code ..} or an empty folder, has an unknown or unclosed placeholder (the message lists
   *     the valid ones), or lacks {@code {SeriesInstanceUID}}
   */
  public static DownloadLayout template(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    String p = pattern.strip();
    String hint = " Example: \"{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}\".";
    if (p.isEmpty()) {
      throw new IllegalArgumentException("Layout template must not be blank." + hint);
    }
    if (p.startsWith("/") || PathNames.hasDriveLetter(p)) {
      throw new IllegalArgumentException("Layout template '" + pattern + "' must be relative to the download folder"
          + " (no leading / or drive letter)." + hint);
    }
    if (p.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("Layout template '" + pattern + "' must separate folders with /, not \\."
          + hint);
    }
    for (String component : p.split("/", -1)) {
      if (component.isBlank()) {
        throw new IllegalArgumentException("Layout template '" + pattern + "' has an empty folder name (// or a"
            + " trailing /)." + hint);
      }
      if (component.strip().equals(".") || component.strip().equals("..")) {
        throw new IllegalArgumentException("Layout template '" + pattern + "' must not contain '.' or '..' folders."
            + hint);
      }
      checkPlaceholders(component, pattern);
    }
    if (!p.contains("{SeriesInstanceUID}")) {
      throw new IllegalArgumentException("Layout template '" + pattern + "' must contain {SeriesInstanceUID} so"
          + " that every series gets its own folder." + hint);
    }
    return new DownloadLayout(p);
  }

  /**
   * Lists the placeholders a template may use (metadata column names).
   *
   * @return the names, without braces
   */
  public static List<String> placeholders() {
    return List.copyOf(PLACEHOLDERS.keySet());
  }

  /**
   * Tells whether this is the flat {@code tcia_utils} layout.
   *
   * @return {@code true} for {@link #flat()}
   */
  public boolean isFlat() {
    return pattern == null;
  }

  /**
   * Returns the template of a hierarchical layout.
   *
   * @return the pattern, or empty for the flat layout
   */
  public Optional<String> pattern() {
    return Optional.ofNullable(pattern);
  }

  /**
   * Lists the metadata columns this layout needs besides the Series Instance UID, so a download
   * can tell whether a series whose metadata could not be read still has a proper place.
   *
   * @return the placeholder names other than {@code SeriesInstanceUID}, in template order without
   *     duplicates; empty for the flat layout
   */
  public List<String> metadataFields() {
    List<String> names = new ArrayList<>();
    if (pattern == null) {
      return names;
    }
    int open = pattern.indexOf('{');
    while (open >= 0) {
      int close = pattern.indexOf('}', open);
      String name = pattern.substring(open + 1, close);
      if (!name.equals("SeriesInstanceUID") && !names.contains(name)) {
        names.add(name);
      }
      open = pattern.indexOf('{', close);
    }
    return List.copyOf(names);
  }

  /**
   * Returns the folder of a series relative to the download folder.
   *
   * @param seriesUid the Series Instance UID (must be a valid UID)
   * @param metadata the series metadata, or empty when the server did not describe the series
   *     (placeholders other than {@code {SeriesInstanceUID}} then become {@code unknown})
   * @return the relative folder path, every component cleaned
   * @throws IllegalArgumentException when the UID is not a DICOM UID
   */
  public Path relativeFolder(String seriesUid, Optional<SeriesMetadata> metadata) {
    String uid = PathNames.requireUid(seriesUid, "SeriesInstanceUID");
    if (pattern == null) {
      return Path.of(uid);
    }
    List<String> components = new ArrayList<>();
    for (String component : pattern.split("/")) {
      components.add(clean(fill(component, uid, metadata)));
    }
    return Path.of(components.get(0), components.subList(1, components.size()).toArray(new String[0]));
  }

  /**
   * Cleans one value so that it is safe as a single folder or file name (the rules of the class
   * description).
   *
   * @param value the raw value
   * @return the cleaned name, 1 to 120 characters
   */
  public static String clean(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      sb.append(PathNames.isForbidden(c) ? '_' : c);
    }
    String name = sb.toString().strip();
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
      end--;
    }
    name = name.substring(0, end);
    if (name.isEmpty()) {
      return "unknown";
    }
    if (PathNames.isWindowsReserved(name)) {
      name = "_" + name;
    }
    if (name.length() > PathNames.MAX_COMPONENT_LENGTH) {
      byte[] hash = Digests.sha256().digest(value.getBytes(StandardCharsets.UTF_8));
      String suffix = "-" + HexFormat.of().formatHex(hash, 0, 4);
      name = name.substring(0, PathNames.MAX_COMPONENT_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  private static String fill(String component, String uid, Optional<SeriesMetadata> metadata) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < component.length()) {
      int open = component.indexOf('{', i);
      if (open < 0) {
        sb.append(component, i, component.length());
        break;
      }
      int close = component.indexOf('}', open);
      sb.append(component, i, open);
      String name = component.substring(open + 1, close);
      Object value = name.equals("SeriesInstanceUID") ? uid : metadata.map(PLACEHOLDERS.get(name)).orElse(null);
      String text = value == null ? "" : value.toString().strip();
      sb.append(text.isEmpty() ? "unknown" : text);
      i = close + 1;
    }
    return sb.toString();
  }

  private static void checkPlaceholders(String component, String pattern) {
    int i = 0;
    while (i < component.length()) {
      char c = component.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("Layout template '" + pattern + "' has a '}' without '{'.");
      }
      if (c != '{') {
        i++;
        continue;
      }
      int close = component.indexOf('}', i);
      int nextOpen = component.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        throw new IllegalArgumentException("Layout template '" + pattern + "' has an unclosed '{'.");
      }
      String name = component.substring(i + 1, close);
      if (!PLACEHOLDERS.containsKey(name)) {
        throw new IllegalArgumentException("Layout template '" + pattern + "' uses the unknown placeholder {"
            + name + "}. Valid placeholders: " + String.join(", ", PLACEHOLDERS.keySet().stream()
                .map(n -> "{" + n + "}").toList()) + ".");
      }
      i = close + 1;
    }
  }

  private static Map<String, Function<SeriesMetadata, Object>> placeholderMap() {
    Map<String, Function<SeriesMetadata, Object>> m = new LinkedHashMap<>();
    m.put("Collection", SeriesMetadata::collection);
    m.put("Site", SeriesMetadata::site);
    m.put("PatientID", SeriesMetadata::patientId);
    m.put("PatientName", SeriesMetadata::patientName);
    m.put("PatientSex", SeriesMetadata::patientSex);
    m.put("PatientAge", SeriesMetadata::patientAge);
    m.put("StudyInstanceUID", SeriesMetadata::studyInstanceUid);
    m.put("StudyDate", SeriesMetadata::studyDate);
    m.put("StudyDesc", SeriesMetadata::studyDesc);
    m.put("StudyID", SeriesMetadata::studyId);
    m.put("SeriesInstanceUID", SeriesMetadata::seriesInstanceUid);
    m.put("SeriesNumber", s -> s.seriesNumber() == null ? null : s.seriesNumber().toPlainString());
    m.put("SeriesDate", SeriesMetadata::seriesDate);
    m.put("SeriesDescription", SeriesMetadata::seriesDescription);
    m.put("Modality", SeriesMetadata::modality);
    m.put("BodyPartExamined", SeriesMetadata::bodyPartExamined);
    m.put("Manufacturer", SeriesMetadata::manufacturer);
    m.put("ManufacturerModelName", SeriesMetadata::manufacturerModelName);
    m.put("ProtocolName", SeriesMetadata::protocolName);
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DownloadLayout other && Objects.equals(pattern, other.pattern);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(pattern);
  }

  @Override
  public String toString() {
    return pattern == null ? "DownloadLayout[flat]" : "DownloadLayout[" + pattern + "]";
  }
}
