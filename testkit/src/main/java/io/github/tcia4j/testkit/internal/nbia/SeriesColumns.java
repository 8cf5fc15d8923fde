package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.ColumnEra;
import io.github.tcia4j.testkit.internal.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The column sets of the series endpoints per family and {@link ColumnEra} (reference sections
 * 3.3, 4.3 and 4.8), each column with the function that computes its cell.
 */
final class SeriesColumns {
  /** One column: its name on the wire and its cell. */
  record Col(String name, Function<SeriesView, Object> value) {}

  private static final Integer AUTHORIZED = 1;

  private SeriesColumns() {}

  static Table table(List<Col> cols, List<SeriesView> rows) {
    Table t = new Table(cols.stream().map(Col::name).collect(Collectors.toList()));
    for (SeriesView v : rows) {
      Object[] cells = new Object[cols.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cols.get(i).value().apply(v);
      }
      t.add(cells);
    }
    return t;
  }

  private static Col col(String name, Function<SeriesView, Object> f) {
    return new Col(name, f);
  }

  /** The 16 original getSeries keys; dates in v4 or v1/v2 style. */
  private static List<Col> base16(boolean v4) {
    List<Col> c = new ArrayList<>();
    c.add(col("SeriesInstanceUID", v -> v.series().seriesInstanceUid()));
    c.add(col("StudyInstanceUID", v -> v.series().studyInstanceUid()));
    c.add(col("Modality", v -> v.series().modality()));
    c.add(col("ProtocolName", v -> v.series().protocolName().orElse(null)));
    c.add(col("SeriesDate", v -> v4 ? Dates.v4(v.series().seriesDate())
        : Dates.legacy(v.series().seriesDate())));
    c.add(col("SeriesDescription", v -> v.series().description().orElse(null)));
    c.add(col("BodyPartExamined", v -> v.series().bodyPartExamined().orElse(null)));
    c.add(col("SeriesNumber", SeriesView::seriesNumber));
    c.add(col("AnnotationsFlag", v -> v.series().annotationsFlag().orElse(null)));
    c.add(col("Collection", v -> v.series().collection()));
    c.add(col("PatientID", v -> v.series().patientId()));
    c.add(col("Manufacturer", v -> v.series().manufacturer().orElse(null)));
    c.add(col("ManufacturerModelName", v -> v.series().manufacturerModelName().orElse(null)));
    c.add(col("SoftwareVersions", v -> v.series().softwareVersions().orElse(null)));
    c.add(col("ImageCount", v -> v.series().imageCount()));
    c.add(col("TimeStamp", v -> v4 ? Dates.v4(v.series().maxSubmissionTimestamp())
        : Dates.legacy(v.series().maxSubmissionTimestamp())));
    return c;
  }

  /** The 8 keys added to getSeries in 2023-24, with the given DOI column name. */
  private static List<Col> added8(boolean v4, String doiName) {
    List<Col> c = new ArrayList<>();
    c.add(col("LicenseName", SeriesView::licenseName));
    c.add(col("LicenseURI", SeriesView::licenseUri));
    c.add(col(doiName, v -> v.series().dataDescriptionUri().orElse(null)));
    c.add(col("FileSize", v -> v4 ? v.v4FileSize() : v.storedFileSize()));
    c.add(col("DateReleased", v -> v4 ? Dates.v4(v.series().dateReleased())
        : Dates.legacy(v.series().dateReleased())));
    c.add(col("StudyDesc", v -> v.study().description().orElse(null)));
    c.add(col("StudyDate", v -> v4 ? Dates.v4(v.study().studyDate())
        : Dates.legacy(v.study().studyDate())));
    c.add(col("ThirdPartyAnalysis", v -> v.series().thirdPartyAnalysis().orElse(null)));
    return c;
  }

  /** v4 getSeries and getUpdatedSeries. */
  static List<Col> v4Series(ColumnEra era) {
    if (era == ColumnEra.CURRENT) {
      List<Col> c = new ArrayList<>();
      c.add(col("SeriesInstanceUID", v -> v.series().seriesInstanceUid()));
      c.add(col("StudyInstanceUID", v -> v.series().studyInstanceUid()));
      c.add(col("Modality", v -> v.series().modality()));
      c.add(col("ProtocolName", v -> v.series().protocolName().orElse(null)));
      c.add(col("SeriesDate", v -> Dates.v4(v.series().seriesDate())));
      c.add(col("SeriesDescription", v -> v.series().description().orElse(null)));
      c.add(col("BodyPartExamined", v -> v.series().bodyPartExamined().orElse(null)));
      c.add(col("SeriesNumber", SeriesView::seriesNumber));
      c.add(col("AnnotationsFlag", v -> v.series().annotationsFlag().orElse(null)));
      c.add(col("Collection", v -> v.series().collection()));
      c.add(col("Site", v -> v.series().site().orElse(null)));
      c.add(col("PatientID", v -> v.series().patientId()));
      c.add(col("PatientSex", v -> v.patient().sex().orElse(null)));
      c.add(col("PatientAge", v -> v.study().patientAge().orElse(null)));
      c.add(col("AdmittingDiagnosisDescription",
          v -> v.study().admittingDiagnosesDescription().orElse(null)));
      c.add(col("Manufacturer", v -> v.series().manufacturer().orElse(null)));
      c.add(col("ManufacturerModelName", v -> v.series().manufacturerModelName().orElse(null)));
      c.add(col("SoftwareVersions", v -> v.series().softwareVersions().orElse(null)));
      c.add(col("ImageCount", v -> v.series().imageCount()));
      c.add(col("MaxSubmissionTimestamp", v -> Dates.v4(v.series().maxSubmissionTimestamp())));
      c.add(col("LicenseName", SeriesView::licenseName));
      c.add(col("LicenseURI", SeriesView::licenseUri));
      c.add(col("DataDescriptionURI", v -> v.series().dataDescriptionUri().orElse(null)));
      c.add(col("FileSize", SeriesView::v4FileSize));
      c.add(col("ReleasedStatus", v -> v.series().releasedStatus().orElse(null)));
      c.add(col("DateReleased", v -> Dates.v4(v.series().dateReleased())));
      c.add(col("StudyDesc", v -> v.study().description().orElse(null)));
      c.add(col("StudyDate", v -> Dates.v4(v.study().studyDate())));
      c.add(col("ThirdPartyAnalysis", v -> v.series().thirdPartyAnalysis().orElse(null)));
      c.add(col("Authorized", v -> AUTHORIZED));
      return c;
    }
    String doi = era == ColumnEra.V4_2025_08_29 ? "DataDescriptionURI" : "CollectionURI";
    List<Col> c = base16(true);
    c.addAll(added8(true, doi));
    c.add(col("Authorized", v -> AUTHORIZED));
    return c;
  }

  /** v1/v2 getSeries: 16 keys in 2022, 24 keys since 2023. */
  static List<Col> legacySeries(ColumnEra era) {
    List<Col> c = base16(false);
    if (era != ColumnEra.LEGACY_2022) {
      c.addAll(added8(false, "CollectionURI"));
    }
    return c;
  }

  /** v1/v2 getUpdatedSeries: the first 15 getSeries keys, then DateReleased. */
  static List<Col> legacyUpdatedSeries() {
    List<Col> c = new ArrayList<>(base16(false).subList(0, 15));
    c.add(col("DateReleased", v -> Dates.legacy(v.series().dateReleased())));
    return c;
  }

  /** v1/v2 getContentsByName: 15 getSeries keys, then "Date Released" (with a space). */
  static List<Col> cartContents() {
    List<Col> c = new ArrayList<>(base16(false).subList(0, 15));
    c.add(col("Date Released", v -> Dates.legacy(v.series().dateReleased())));
    return c;
  }

  /** v4 getSeriesMetadata, header per era. */
  static List<Col> metadata(ColumnEra era) {
    boolean camel = era == ColumnEra.CURRENT;
    boolean renamed = era == ColumnEra.CURRENT || era == ColumnEra.V4_2025_08_29;
    boolean siteAndStatus = renamed || era == ColumnEra.V4_2025_08_05;
    boolean birthDate = era == ColumnEra.V4_2025_05_23 || era == ColumnEra.V4_2025_05_22
        || era == ColumnEra.LEGACY_2022;
    boolean spacing = era != ColumnEra.V4_2025_05_22 && era != ColumnEra.LEGACY_2022;
    List<Col> c = new ArrayList<>();
    c.add(col(camel ? "PatientID" : "Patient ID", v -> v.patient().patientId()));
    c.add(col(camel ? "PatientName" : "Patient Name", v -> v.patient().patientName()));
    if (birthDate) {
      c.add(col("Patient Birth Date", v -> Dates.v4(v.patient().birthDate())));
    }
    c.add(col(camel ? "PatientSex" : "Patient Sex", v -> v.patient().sex().orElse(null)));
    c.add(col(camel ? "EthnicGroup" : "Ethnic Group",
        v -> v.patient().ethnicGroup().orElse(null)));
    c.add(col("Phantom", v -> v.patient().phantom()));
    c.add(col(camel ? "SpeciesCode" : "Species Code", v -> v.patient().species().code()));
    c.add(col(camel ? "SpeciesDescription" : "Species Description",
        v -> v.patient().species().description()));
    c.add(col(camel ? "StudyInstanceUID" : "Study Instance UID",
        v -> v.study().studyInstanceUid()));
    c.add(col(camel ? "StudyDate" : "Study Date", v -> Dates.v4(v.study().studyDate())));
    c.add(col(camel ? "StudyDesc" : "Study Description",
        v -> v.study().description().orElse(null)));
    c.add(col(camel ? "AdmittingDiagnosisDescription" : "Admitting Diagnosis Description",
        v -> v.study().admittingDiagnosesDescription().orElse(null)));
    c.add(col(camel ? "StudyID" : "Study ID", v -> v.study().studyId().orElse(null)));
    c.add(col(camel ? "PatientAge" : "Patient Age", v -> v.study().patientAge().orElse(null)));
    c.add(col(camel ? "LongitudinalTemporalEventType" : "Longitudinal Temporal Event Type",
        v -> v.study().longitudinalTemporalEventType().orElse(null)));
    c.add(col(camel ? "LongitudinalTemporalOffsetFromEvent"
        : "Longitudinal Temporal Offset From Event",
        v -> v.study().longitudinalTemporalOffsetFromEvent().orElse(null)));
    c.add(col(camel ? "SeriesInstanceUID" : "Series Instance UID",
        v -> v.series().seriesInstanceUid()));
    c.add(col(renamed ? "Collection" : "Project", v -> v.series().collection()));
    if (siteAndStatus) {
      c.add(col("Site", v -> v.series().site().orElse(null)));
    }
    c.add(col("Modality", v -> v.series().modality()));
    c.add(col(camel ? "ProtocolName" : "Protocol Name",
        v -> v.series().protocolName().orElse(null)));
    c.add(col(camel ? "SeriesDate" : "Series Date", v -> Dates.v4(v.series().seriesDate())));
    c.add(col(camel ? "SeriesDescription" : "Series Description",
        v -> v.series().description().orElse(null)));
    c.add(col(camel ? "BodyPartExamined" : "Body Part Examined",
        v -> v.series().bodyPartExamined().orElse(null)));
    c.add(col(camel ? "SeriesNumber" : "Series Number", SeriesView::seriesNumber));
    c.add(col(camel ? "AnnotationsFlag" : "Annotations Flag",
        v -> v.series().annotationsFlag().orElse(null)));
    c.add(col("Manufacturer", v -> v.series().manufacturer().orElse(null)));
    c.add(col(camel ? "ManufacturerModelName" : "Manufacturer Model Name",
        v -> v.series().manufacturerModelName().orElse(null)));
    if (spacing) {
      c.add(col(camel ? "PixelSpacing(mm)-Row" : "Pixel Spacing(mm)- Row",
          SeriesView::pixelSpacingRow));
      c.add(col(camel ? "SliceThickness(mm)" : "Slice Thickness(mm)",
          SeriesView::sliceThickness));
    }
    c.add(col(camel ? "SoftwareVersions" : "Software Versions",
        v -> v.series().softwareVersions().orElse(null)));
    c.add(col(camel ? "ImageCount" : "Image Count", v -> v.series().imageCount()));
    c.add(col(camel ? "MaxSubmissionTimestamp" : "Max Submission Timestamp",
        v -> Dates.v4(v.series().maxSubmissionTimestamp())));
    c.add(col(camel ? "LicenseName" : "License Name", SeriesView::licenseName));
    c.add(col(camel ? "LicenseURI" : "License URI", SeriesView::licenseUri));
    c.add(col(camel ? "DataDescriptionURI" : renamed ? "Data Description URI" : "Collection URI",
        v -> v.series().dataDescriptionUri().orElse(null)));
    c.add(col(camel ? "FileSize" : "File Size", SeriesView::v4FileSize));
    if (siteAndStatus) {
      c.add(col(camel ? "ReleasedStatus" : "Released Status",
          v -> v.series().releasedStatus().orElse(null)));
    }
    c.add(col(camel ? "DateReleased" : "Date Released",
        v -> Dates.v4(v.series().dateReleased())));
    c.add(col(camel ? "ThirdPartyAnalysis" : "Third Party Analysis",
        v -> v.series().thirdPartyAnalysis().orElse(null)));
    if (spacing) {
      c.add(col("Authorized", v -> AUTHORIZED));
    }
    return c;
  }

  /** v1/v2 getSeriesMetaData (one series, spaced keys, sanitised descriptions). */
  static List<Col> legacySeriesMetaData(ColumnEra era) {
    boolean old = era == ColumnEra.LEGACY_2022;
    List<Col> c = new ArrayList<>();
    c.add(col("Series UID", v -> v.series().seriesInstanceUid()));
    c.add(col("Collection", v -> v.series().collection()));
    if (!old) {
      c.add(col("3rd Party Analysis", v -> v.series().thirdPartyAnalysis().orElse(null)));
    }
    c.add(col("Data Description URI", v -> v.series().dataDescriptionUri().orElse(null)));
    c.add(col("Subject ID", v -> v.series().patientId()));
    c.add(col("Study UID", v -> v.series().studyInstanceUid()));
    c.add(col("Study Description",
        v -> v.study().description().map(SeriesColumns::sanitise).orElse(null)));
    c.add(col("Study Date", v -> Dates.v4(v.study().studyDate())));
    c.add(col("Series Description",
        v -> v.series().description().map(SeriesColumns::sanitise).orElse(null)));
    c.add(col("Manufacturer", v -> v.series().manufacturer().map(m -> m.replace(',', ' '))
        .orElse(null)));
    c.add(col("Modality", v -> v.series().modality()));
    c.add(col("SOP Class UID", v -> v.series().sopClassUid()));
    c.add(col("Number of Images", v -> Integer.toString(v.series().imageCount())));
    c.add(col("File Size", v -> Long.toString(v.storedFileSize())));
    if (!old) {
      c.add(col("File Location", v -> null));
    }
    c.add(col("Series Number", v -> v.seriesNumber() == null ? null
        : v.seriesNumber().toPlainString()));
    c.add(col("License Name", SeriesView::licenseName));
    c.add(col("License URL", SeriesView::licenseUri));
    c.add(col("Annotation Size", v -> "0"));
    if (!old) {
      c.add(col("Date Released", v -> Dates.javaDate(v.series().dateReleased())));
      c.add(col("Series Date", v -> v.series().seriesDate()
          .map(d -> Dates.javaDate(d.atStartOfDay())).orElse(null)));
      c.add(col("Protocol Name", v -> v.series().protocolName().orElse(null)));
      c.add(col("Body Part Examined", v -> v.series().bodyPartExamined().orElse(null)));
      c.add(col("Annotations Flag", v -> v.series().annotationsFlag().orElse(false)));
      c.add(col("Manufacturer Model Name",
          v -> v.series().manufacturerModelName().orElse(null)));
      c.add(col("Software Versions", v -> v.series().softwareVersions().orElse(null)));
      c.add(col("TimeStamp", v -> Dates.javaDate(v.series().maxSubmissionTimestamp())));
    }
    return c;
  }

  /** Descriptions lose every character outside {@code [a-zA-Z0-9 .-]}. */
  static String sanitise(String s) {
    return s.replaceAll("[^a-zA-Z0-9 .\\-]", "");
  }

  /** Advanced getSeriesMetadata2 (quoted CSV, ISO dates). */
  static List<Col> metadata2() {
    List<Col> c = new ArrayList<>();
    c.add(col("Subject ID", v -> v.series().patientId()));
    c.add(col("Study UID", v -> v.series().studyInstanceUid()));
    c.add(col("Study Description", v -> v.study().description().orElse(null)));
    c.add(col("Study Date", v -> v.study().studyDate().map(Dates::iso).orElse(null)));
    c.add(col("Series ID", v -> v.series().seriesInstanceUid()));
    c.add(col("Series Description", v -> v.series().description().orElse(null)));
    c.add(col("Number of images", v -> v.series().imageCount()));
    c.add(col("File Size (Bytes)", SeriesView::storedFileSize));
    c.add(col("Collection Name", v -> v.series().collection()));
    c.add(col("Modality", v -> v.series().modality()));
    c.add(col("Manufacturer", v -> v.series().manufacturer().orElse(null)));
    c.add(col("3rd Party Analysis", v -> v.series().thirdPartyAnalysis().orElse(null)));
    c.add(col("Data Description URI", v -> v.series().dataDescriptionUri().orElse(null)));
    c.add(col("Series Number", SeriesView::seriesNumber));
    c.add(col("License Name", SeriesView::licenseName));
    c.add(col("License URL", SeriesView::licenseUri));
    c.add(col("Date Released", v -> Dates.iso(v.series().dateReleased().toLocalDate())));
    c.add(col("Series Date", v -> v.series().seriesDate().map(Dates::iso).orElse(null)));
    c.add(col("Protocol Name", v -> v.series().protocolName().orElse(null)));
    c.add(col("Body Part Examined", v -> v.series().bodyPartExamined().orElse(null)));
    c.add(col("Annotations Flag", v -> v.series().annotationsFlag().orElse(null)));
    c.add(col("Manufacturer Model Name", v -> v.series().manufacturerModelName().orElse(null)));
    c.add(col("Software Versions", v -> v.series().softwareVersions().orElse(null)));
    c.add(col("TimeStamp", v -> Dates.iso(v.series().maxSubmissionTimestamp().toLocalDate())));
    return c;
  }
}
