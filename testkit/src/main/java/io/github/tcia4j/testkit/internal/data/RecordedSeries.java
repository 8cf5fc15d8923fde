package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Species;
import io.github.tcia4j.testkit.data.Study;
import io.github.tcia4j.testkit.internal.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Loads a recorded {@code getSeries} answer (a JSON array of series rows, v1/v2 or v4 keys and
 * date formats) into a data set, keeping every recorded value: UIDs, collections, patients,
 * studies, modalities, dates, licences, DOIs, {@code ImageCount} and the stored
 * {@code FileSize}. Instances are synthesised to match each series' {@code ImageCount}; their
 * own sizes come from the synthetic files, so v4 (which sums the images) reports a different
 * {@code FileSize} than the recording, while v1/v2 report the recorded one.
 */
final class RecordedSeries extends Generator {
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter V4_DATE = DateTimeFormatter.ofPattern("MM-dd-yyyy");
  private static final Set<String> NO_PIXELS = Set.of("RTSTRUCT", "RTPLAN", "SR", "PR", "REG",
      "KO");
  private final Map<String, License> licenses = new HashMap<>();
  private int nextId = 401;

  RecordedSeries(long seed, LocalDate today, int rows, int columns) {
    super(seed, today, rows, columns);
  }

  void load(DatasetAssembler a, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the recorded getSeries file " + file, e);
    }
    Object parsed;
    try {
      parsed = JsonReader.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The recorded getSeries file " + file
          + " is not valid JSON: " + e.getMessage(), e);
    }
    if (!(parsed instanceof List)) {
      throw new IllegalArgumentException("The recorded getSeries file " + file
          + " must hold a JSON array of series objects");
    }
    List<?> rows = (List<?>) parsed;
    Map<String, Integer> studyIndex = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!(rows.get(i) instanceof Map)) {
        throw new IllegalArgumentException("Row " + i + " of " + file + " is not a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) rows.get(i);
      addRow(a, file, i, row, studyIndex);
    }
  }

  private void addRow(DatasetAssembler a, Path file, int i, Map<String, Object> row,
      Map<String, Integer> studyIndex) {
    String where = "row " + i + " of " + file;
    String seriesUid = required(row, "SeriesInstanceUID", where);
    String studyUid = required(row, "StudyInstanceUID", where);
    String collection = required(row, "Collection", where);
    String patientId = required(row, "PatientID", where);
    String modality = required(row, "Modality", where);
    Optional<String> doi = text(row, "DataDescriptionURI").or(() -> text(row, "CollectionURI"));
    Optional<License> license = text(row, "LicenseName").map(n -> license(n,
        text(row, "LicenseURI").orElse("")));
    if (!a.hasCollection(collection)) {
      a.collection(collectionInfo(collection, false, Optional.of("<p>Loaded from a recorded "
          + "getSeries answer (" + file.getFileName() + ").</p>"), nextId++, doi,
          license.orElse(License.CC_BY_3_0), today));
    }
    Patient p = a.findPatient(collection, patientId).orElseGet(() -> a.patient(collection,
        patientId, patientId, text(row, "PatientSex"), Optional.empty(), Optional.empty(),
        Species.HUMAN, "NO"));
    Study st = a.findStudy(studyUid).orElseGet(() -> {
      int k = studyIndex.merge(collection + '\u0000' + patientId, 1, Integer::sum);
      return a.study(new Study(0, collection, p.patientId(), studyUid, date(row, "StudyDate",
          where), text(row, "StudyDesc"), Optional.of(Integer.toString(k)), Optional.empty(),
          text(row, "PatientAge"), text(row, "AdmittingDiagnosisDescription"), Optional.empty(),
          Optional.empty()));
    });
    if (!st.patientId().equals(patientId) || !st.collection().equals(collection)) {
      throw new IllegalArgumentException("Study " + studyUid + " in " + where
          + " belongs to another patient or collection in the same file");
    }
    SeriesDraft d = new SeriesDraft();
    d.seriesInstanceUid = seriesUid;
    d.studyInstanceUid = studyUid;
    d.patientId = patientId;
    d.collection = collection;
    d.modality = modality;
    d.protocolName = text(row, "ProtocolName");
    d.seriesDate = date(row, "SeriesDate", where);
    d.description = text(row, "SeriesDescription");
    d.bodyPartExamined = text(row, "BodyPartExamined");
    d.seriesNumber = number(row, "SeriesNumber", where).map(BigDecimal::intValue);
    d.annotationsFlag = Optional.ofNullable(row.get("AnnotationsFlag"))
        .filter(Boolean.class::isInstance).map(Boolean.class::cast);
    d.site = text(row, "Site");
    d.manufacturer = text(row, "Manufacturer");
    d.manufacturerModelName = text(row, "ManufacturerModelName");
    d.softwareVersions = text(row, "SoftwareVersions");
    d.frameOfReferenceUid = Optional.of(uid("frame", studyUid));
    d.license = license;
    d.dataDescriptionUri = doi;
    d.thirdPartyAnalysis = text(row, "ThirdPartyAnalysis");
    d.releasedStatus = text(row, "ReleasedStatus").or(() -> Optional.of("Yes"));
    Optional<LocalDateTime> submitted = timestamp(row, "TimeStamp", where)
        .or(() -> timestamp(row, "MaxSubmissionTimestamp", where));
    Optional<LocalDateTime> released = timestamp(row, "DateReleased", where);
    d.dateReleased = released.or(() -> submitted).orElse(LocalDate.of(2000, 1, 1).atStartOfDay());
    d.maxSubmissionTimestamp = submitted.orElse(d.dateReleased);
    d.storedFileSize = number(row, "FileSize", where).map(n -> OptionalLong.of(n.longValue()))
        .orElse(OptionalLong.empty());
    d.rows = rows;
    d.columns = columns;
    int images = number(row, "ImageCount", where).map(BigDecimal::intValue).orElse(1);
    if (images < 0) {
      throw new IllegalArgumentException("ImageCount " + images + " in " + where
          + " is negative");
    }
    boolean pixels = !NO_PIXELS.contains(modality.toUpperCase(Locale.ROOT));
    boolean derived = modality.equalsIgnoreCase("SEG") || !pixels;
    instances(d, new Rng(seed, seriesUid), images, x -> 1.0,
        pixels ? Optional.of(1.0) : Optional.empty(),
        x -> derived ? Optional.empty() : Optional.of(1));
    a.series(d);
  }

  private License license(String name, String uri) {
    for (License l : List.of(License.CC_BY_3_0, License.CC_BY_4_0, License.CC_BY_NC_3_0,
        License.CC_BY_NC_4_0)) {
      if (l.name().equals(name) && l.uri().equals(uri)) {
        return l;
      }
    }
    return licenses.computeIfAbsent(name + '\u0000' + uri,
        k -> new License(name, name, uri, 10 + licenses.size()));
  }

  private static String required(Map<String, Object> row, String key, String where) {
    return text(row, key).orElseThrow(() -> new IllegalArgumentException("The key " + key
        + " is missing or empty in " + where + "; every recorded series row needs it"));
  }

  private static Optional<String> text(Map<String, Object> row, String key) {
    Object v = row.get(key);
    if (v == null || v == JsonReader.NULL || v instanceof Map || v instanceof List) {
      return Optional.empty();
    }
    String s = v.toString();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static Optional<BigDecimal> number(Map<String, Object> row, String key,
      String where) {
    Optional<String> t = text(row, key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(t.get().trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The value of " + key + " in " + where
          + " is not a number: '" + t.get() + "'");
    }
  }

  private static Optional<LocalDateTime> timestamp(Map<String, Object> row, String key,
      String where) {
    Optional<String> t = text(row, key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String s = t.get().trim();
    try {
      if (s.length() == 10 && s.charAt(2) == '-') {
        return Optional.of(LocalDate.parse(s, V4_DATE).atStartOfDay());
      }
      return Optional.of(LocalDateTime.parse(s, TIMESTAMP));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The value of " + key + " in " + where + " is not a "
          + "date like '2003-12-12 00:00:00.0' (v1/v2) or '12-12-2003' (v4): '" + s + "'");
    }
  }

  private static Optional<LocalDate> date(Map<String, Object> row, String key, String where) {
    return timestamp(row, key, where).map(LocalDateTime::toLocalDate);
  }
}
