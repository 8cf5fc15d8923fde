package io.github.tcia4j.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Generates realistic v4 {@code getSeries} rows: the 30 columns of the current server, in server
 * order, with UIDs, dates, licences and DOIs shaped like real ones. Row {@code i} is always the
 * same, so runs compare. Some optional columns are left out on some rows, as the server omits
 * nulls.
 */
final class SeriesRows {
  private static final DateTimeFormatter V4 = DateTimeFormatter.ofPattern("MM-dd-uuuu", Locale.ROOT);
  private static final String[] MODALITIES = {"CT", "MR", "PT", "SEG", "RTSTRUCT", "CR", "DX"};
  private static final String[] BODY_PARTS = {"CHEST", "LUNG", "BRAIN", "ABDOMEN", "BREAST", "HEADNECK"};
  private static final String[] MANUFACTURERS = {"SIEMENS", "GE MEDICAL SYSTEMS", "Philips Medical Systems", "TOSHIBA"};
  private static final String[] MODELS = {"SOMATOM Definition AS", "LightSpeed VCT", "Ingenia", "Aquilion ONE"};
  private static final String[] COLLECTIONS = {"4D-Lung", "NSCLC Radiogenomics", "Soft-tissue-Sarcoma", "TCGA-LIHC",
      "Pancreatic-CT-CBCT-SEG", "CPTAC-PDA", "LIDC-IDRI", "Breast-MRI-NACT-Pilot"};
  private static final LocalDate BASE = LocalDate.of(1995, 1, 1);

  private SeriesRows() {}

  private static String uid(String root, long n) {
    return "1.3.6.1.4.1.14519.5.2.1." + root + "." + (100_000_000_000_000_000L + n * 7_919L);
  }

  private static String date(long n, int spread) {
    return V4.format(BASE.plusDays(n % spread));
  }

  /**
   * Returns row {@code i} as the server's JSON object would be read: column name to value.
   *
   * @param i the row number
   * @return the row, in server column order
   */
  static Map<String, Object> row(long i) {
    Map<String, Object> r = new LinkedHashMap<>();
    int k = (int) (i % 997);
    String collection = COLLECTIONS[(int) (i / 5000 % COLLECTIONS.length)];
    r.put("SeriesInstanceUID", uid("6834.5010", i));
    r.put("StudyInstanceUID", uid("6834.5010", i / 4 + 900_000_000L));
    r.put("Modality", MODALITIES[k % MODALITIES.length]);
    if (k % 3 != 0) {
      r.put("ProtocolName", "5.1 4DCT & ITV FB + 4D + INSP/EXP " + (k % 11));
    }
    r.put("SeriesDate", date(i, 9000));
    r.put("SeriesDescription", "P4^P100^S" + (100 + k) + "^I0, Gated, " + (k % 10) * 10 + ".0%");
    if (k % 7 != 0) {
      r.put("BodyPartExamined", BODY_PARTS[k % BODY_PARTS.length]);
    }
    r.put("SeriesNumber", 500 + k % 40);
    if (k % 5 == 0) {
      r.put("AnnotationsFlag", Boolean.TRUE);
    }
    r.put("Collection", collection);
    r.put("Site", "VCU");
    r.put("PatientID", String.format(Locale.ROOT, "%03d_HM%05d", i / 40 % 1000, i / 40));
    r.put("PatientSex", k % 2 == 0 ? "M" : "F");
    r.put("PatientAge", String.format(Locale.ROOT, "%03dY", 30 + k % 60));
    if (k % 4 == 0) {
      r.put("AdmittingDiagnosisDescription", "C34.1 Malignant neoplasm of upper lobe, bronchus or lung");
    }
    r.put("Manufacturer", MANUFACTURERS[k % MANUFACTURERS.length]);
    r.put("ManufacturerModelName", MODELS[k % MODELS.length]);
    r.put("SoftwareVersions", "syngo CT 2012B");
    r.put("ImageCount", 40 + k % 300);
    r.put("MaxSubmissionTimestamp", date(i + 3, 4000));
    r.put("LicenseName", "Creative Commons Attribution 3.0 Unported License");
    r.put("LicenseURI", "http://creativecommons.org/licenses/by/3.0/");
    r.put("DataDescriptionURI", "https://doi.org/10.7937/K9/TCIA.2016.ELN8YGLE");
    r.put("FileSize", 26_405_888L + i * 131L % 900_000_000L);
    r.put("ReleasedStatus", "Yes");
    r.put("DateReleased", date(i + 7, 4000));
    r.put("StudyDesc", "CT CHEST W CONTRAST");
    r.put("StudyDate", date(i / 4, 9000));
    r.put("ThirdPartyAnalysis", k % 9 == 0 ? "YES" : "NO");
    r.put("Authorized", 1);
    return r;
  }

  /**
   * Writes {@code count} rows as one compact JSON array, UTF-8, as the server sends it.
   *
   * @param count the number of rows
   * @return the body
   */
  static byte[] jsonBody(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 1000);
    StringBuilder sb = new StringBuilder(1200);
    out.write('[');
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      if (i > 0) {
        sb.append(',');
      }
      appendObject(sb, row(i));
      out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.write(']');
    return out.toByteArray();
  }

  private static void appendObject(StringBuilder sb, Map<String, Object> row) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v instanceof String s) {
        sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append('}');
  }
}
