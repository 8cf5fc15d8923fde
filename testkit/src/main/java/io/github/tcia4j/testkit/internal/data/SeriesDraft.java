package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SeriesReference;
import io.github.tcia4j.testkit.dicom.SopClasses;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.IntFunction;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A series being built: every {@link Series} attribute plus a plan of its instances (created and
 * sized lazily by the {@link DatasetAssembler}). Fields are set directly by the generators.
 */
final class SeriesDraft {
  String seriesInstanceUid;
  String studyInstanceUid;
  String patientId;
  String collection;
  String modality;
  Optional<String> protocolName = Optional.empty();
  Optional<LocalDate> seriesDate = Optional.empty();
  Optional<String> description = Optional.empty();
  Optional<String> bodyPartExamined = Optional.empty();
  Optional<Integer> seriesNumber = Optional.empty();
  Optional<Boolean> annotationsFlag = Optional.empty();
  Optional<String> site = Optional.empty();
  Optional<String> manufacturer = Optional.empty();
  Optional<String> manufacturerModelName = Optional.empty();
  Optional<String> softwareVersions = Optional.empty();
  Optional<String> institutionName = Optional.empty();
  Optional<String> frameOfReferenceUid = Optional.empty();
  Optional<License> license = Optional.empty();
  Optional<String> dataDescriptionUri = Optional.empty();
  Optional<String> thirdPartyAnalysis = Optional.empty();
  Optional<String> releasedStatus = Optional.of("Yes");
  LocalDateTime dateReleased;
  LocalDateTime maxSubmissionTimestamp;
  boolean visible = true;
  List<SeriesReference> references = new ArrayList<>();
  int rows;
  int columns;
  OptionalLong storedFileSize = OptionalLong.empty();
  /** How many instances the series has. */
  int imageCount;
  /** Creates instance i (1-based) without its file size; must be a pure function. */
  IntFunction<Instance> instance = i -> {
    throw new IllegalStateException("Series " + seriesInstanceUid + " has no instance plan");
  };

  Series toSeries(int pk) {
    return new Series(pk, seriesInstanceUid, studyInstanceUid, patientId, collection, modality,
        SopClasses.forModality(modality), protocolName, seriesDate, description,
        bodyPartExamined, seriesNumber, annotationsFlag, site, manufacturer,
        manufacturerModelName, softwareVersions, institutionName, frameOfReferenceUid, license,
        dataDescriptionUri, thirdPartyAnalysis, releasedStatus, dateReleased,
        maxSubmissionTimestamp, visible, references, rows, columns, imageCount,
        storedFileSize);
  }
}
