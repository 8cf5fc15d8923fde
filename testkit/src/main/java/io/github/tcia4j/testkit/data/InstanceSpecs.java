package io.github.tcia4j.testkit.data;

import io.github.tcia4j.testkit.dicom.InstanceSpec;
import io.github.tcia4j.testkit.dicom.ReferencedSeries;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link InstanceSpec} of an instance of the data set: what its synthetic DICOM file
 * holds, and what {@code Instance.fileSize()} was computed from.
 *
 * <p>Values that DICOM cannot hold as stored (e.g. a recorded description with a backslash or
 * longer than its value representation allows) are cleaned for the file only: control characters
 * and backslashes become spaces, text is trimmed and cut to its maximum length, code strings are
 * upper-cased with other characters replaced by {@code _}, and an unreadable sex or age is left
 * out. The metadata endpoints keep the stored values.
 */
public final class InstanceSpecs {
  private InstanceSpecs() {}

  /**
   * The spec of an instance, looking up its patient and study.
   *
   * @param dataset the data set holding the series
   * @param series the series
   * @param instance one of its instances
   * @return the spec
   * @throws IllegalArgumentException if the series' study or patient is not in the data set
   */
  public static InstanceSpec of(Dataset dataset, Series series, Instance instance) {
    Study st = dataset.study(series.studyInstanceUid()).orElseThrow(() ->
        new IllegalArgumentException("Study " + series.studyInstanceUid() + " of series "
            + series.seriesInstanceUid() + " is not in the data set"));
    Patient p = dataset.patient(series.collection(), series.patientId()).orElseThrow(() ->
        new IllegalArgumentException("Patient " + series.patientId() + " of series "
            + series.seriesInstanceUid() + " is not in the data set"));
    return of(p, st, series, instance);
  }

  /**
   * The spec of an instance.
   *
   * @param patient the patient
   * @param study the study
   * @param series the series
   * @param instance the instance
   * @return the spec
   */
  public static InstanceSpec of(Patient patient, Study study, Series series, Instance instance) {
    InstanceSpec.Builder b = InstanceSpec.builder()
        .sopClassUid(series.sopClassUid())
        .sopInstanceUid(instance.sopInstanceUid())
        .patientId(text(Optional.of(patient.patientId()), 64))
        .patientName(text(Optional.of(patient.patientName()), 64))
        .patientSex(patient.sex().filter(s -> s.equals("M") || s.equals("F") || s.equals("O"))
            .orElse(null))
        .patientAge(study.patientAge().filter(a -> a.matches("[0-9]{3}[DWMY]")).orElse(null))
        .patientBirthDate(patient.birthDate().orElse(null))
        .studyInstanceUid(study.studyInstanceUid())
        .studyDate(study.studyDate().orElse(null))
        .studyDescription(text(study.description(), 64))
        .studyId(text(study.studyId(), 16))
        .accessionNumber(text(study.accessionNumber(), 16))
        .seriesInstanceUid(series.seriesInstanceUid())
        .seriesDate(series.seriesDate().orElse(null))
        .seriesDescription(text(series.description(), 64))
        .seriesNumber(series.seriesNumber().orElse(null))
        .modality(code(Optional.of(series.modality())))
        .bodyPartExamined(code(series.bodyPartExamined()))
        .protocolName(text(series.protocolName(), 64))
        .manufacturer(text(series.manufacturer(), 64))
        .manufacturerModelName(text(series.manufacturerModelName(), 64))
        .softwareVersions(text(series.softwareVersions(), 64))
        .frameOfReferenceUid(series.frameOfReferenceUid()
            .orElseGet(() -> io.github.tcia4j.testkit.dicom.DicomUids.derive("frame",
                series.seriesInstanceUid())))
        .institutionName(text(series.institutionName(), 64))
        .instanceNumber(instance.instanceNumber())
        .acquisitionNumber(instance.acquisitionNumber().orElse(null))
        .rows(series.rows())
        .columns(series.columns())
        .pixelSpacingRow(instance.pixelSpacingRow())
        .pixelSpacingColumn(instance.pixelSpacingColumn())
        .sliceThickness(instance.sliceThickness().orElse(null))
        .pixelSeed(instance.pixelSeed());
    for (SeriesReference r : series.references()) {
      if (!r.sopInstanceUids().isEmpty()) {
        b.addReference(new ReferencedSeries(r.studyInstanceUid(), r.seriesInstanceUid(),
            r.sopInstanceUids(), r.referencedSopClassUid()));
      }
    }
    return b.build();
  }

  private static String text(Optional<String> value, int max) {
    if (value.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(value.get().length());
    for (char c : value.get().toCharArray()) {
      sb.append(c < 0x20 || c == 0x7F || c == '\\' ? ' ' : c);
    }
    String s = sb.toString().strip();
    if (s.length() > max) {
      s = s.substring(0, max).strip();
    }
    return s.isEmpty() ? null : s;
  }

  private static String code(Optional<String> value) {
    if (value.isEmpty()) {
      return null;
    }
    String s = value.get().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_ ]", "_");
    if (s.length() > 16) {
      s = s.substring(0, 16).strip();
    }
    return s.isEmpty() ? null : s;
  }
}
