package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.Study;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A series joined with its study, patient and collection: one row of the series endpoints. */
record SeriesView(Dataset dataset, Series series, Study study, Patient patient,
    CollectionInfo collection) {

  static SeriesView of(Dataset ds, Series s) {
    Study st = ds.study(s.studyInstanceUid()).orElseThrow();
    Patient p = ds.patient(s.collection(), s.patientId()).orElseThrow();
    CollectionInfo c = ds.collection(s.collection()).orElseThrow();
    return new SeriesView(ds, s, st, p, c);
  }

  /** v4 computes FileSize from the images. */
  long v4FileSize() {
    return dataset.fileSize(series.seriesInstanceUid());
  }

  /** v1/v2 report the stored series row (a recorded value when loaded from a recording). */
  long storedFileSize() {
    return series.storedFileSize().orElseGet(this::v4FileSize);
  }

  /** decimal(22,6): JSON prints 5, CSV prints 5.000000. */
  BigDecimal seriesNumber() {
    return series.seriesNumber().map(n -> BigDecimal.valueOf(n).setScale(6)).orElse(null);
  }

  String licenseName() {
    return series.license().map(License::name).orElse(null);
  }

  String licenseUri() {
    return series.license().map(License::uri).orElse(null);
  }

  /** GROUP_CONCAT(DISTINCT row spacing ORDER BY ... SEPARATOR ', '), 6 decimals. */
  String pixelSpacingRow() {
    if (!Modalities.hasPixels(series.modality())) {
      return null;
    }
    return concat(dataset.instances(series.seriesInstanceUid()).stream()
        .map(i -> Optional.of(i.pixelSpacingRow())).toList());
  }

  String sliceThickness() {
    if (!Modalities.hasPixels(series.modality())) {
      return null;
    }
    return concat(dataset.instances(series.seriesInstanceUid()).stream()
        .map(Instance::sliceThickness).toList());
  }

  private static String concat(List<Optional<Double>> values) {
    TreeSet<Double> distinct = new TreeSet<>();
    values.forEach(v -> v.ifPresent(distinct::add));
    if (distinct.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Double d : distinct) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
    }
    return sb.toString();
  }
}
