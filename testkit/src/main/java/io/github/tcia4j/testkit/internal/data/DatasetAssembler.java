package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SharedCart;
import io.github.tcia4j.testkit.data.Species;
import io.github.tcia4j.testkit.data.Study;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Collects the parts of one host's data set, assigns database keys and computes every instance's
 * exact file size with {@link SyntheticDicom#size} (arithmetic, no pixel is generated).
 */
final class DatasetAssembler {
  private final Host host;
  private final Map<String, CollectionInfo> collections = new LinkedHashMap<>();
  private final Map<String, Patient> patients = new LinkedHashMap<>();
  private final Map<String, Study> studies = new LinkedHashMap<>();
  private final List<Series> series = new ArrayList<>();
  private final Map<String, Supplier<List<Instance>>> instances = new HashMap<>();
  private final Map<String, SeriesDraft> drafts = new HashMap<>();
  private final List<SharedCart> carts = new ArrayList<>();
  private int nextPatientPk = 1000;
  private int nextStudyPk = 5000;
  private int nextSeriesPk = 100000;

  DatasetAssembler(Host host) {
    this.host = host;
  }

  boolean hasCollection(String name) {
    return collections.containsKey(name);
  }

  void collection(CollectionInfo c) {
    if (collections.putIfAbsent(c.name(), c) != null) {
      throw new IllegalArgumentException("Collection '" + c.name() + "' is defined twice on the "
          + host + " host; give each collection a distinct name");
    }
  }

  Optional<Patient> findPatient(String collection, String patientId) {
    return Optional.ofNullable(patients.get(collection + '\u0000' + patientId));
  }

  Optional<Study> findStudy(String uid) {
    return Optional.ofNullable(studies.get(uid));
  }

  Patient patient(String collection, String patientId, String name, Optional<String> sex,
      Optional<java.time.LocalDate> birthDate, Optional<String> ethnicGroup, Species species,
      String phantom) {
    Patient p = new Patient(nextPatientPk++, collection, patientId, name, sex, birthDate,
        ethnicGroup, species, phantom);
    patients.put(collection + '\u0000' + patientId, p);
    return p;
  }

  Study study(Study draftWithoutPk) {
    Study s = new Study(nextStudyPk++, draftWithoutPk.collection(), draftWithoutPk.patientId(),
        draftWithoutPk.studyInstanceUid(), draftWithoutPk.studyDate(),
        draftWithoutPk.description(), draftWithoutPk.studyId(),
        draftWithoutPk.accessionNumber(), draftWithoutPk.patientAge(),
        draftWithoutPk.admittingDiagnosesDescription(),
        draftWithoutPk.longitudinalTemporalEventType(),
        draftWithoutPk.longitudinalTemporalOffsetFromEvent());
    if (studies.putIfAbsent(s.studyInstanceUid(), s) != null) {
      throw new IllegalArgumentException("Study " + s.studyInstanceUid() + " is defined twice");
    }
    return s;
  }

  /**
   * Adds a series. Its instances are created and sized (exact file size of the synthetic DICOM
   * file) only when the data set first needs them.
   */
  Series series(SeriesDraft d) {
    Series s = d.toSeries(nextSeriesPk++);
    Patient p = findPatient(s.collection(), s.patientId()).orElseThrow(() ->
        new IllegalStateException("Series " + s.seriesInstanceUid() + " names unknown patient "
            + s.patientId()));
    Study st = findStudy(s.studyInstanceUid()).orElseThrow(() ->
        new IllegalStateException("Series " + s.seriesInstanceUid() + " names unknown study "
            + s.studyInstanceUid()));
    IntFunction<Instance> plan = d.instance;
    int count = d.imageCount;
    instances.put(s.seriesInstanceUid(), () -> {
      List<Instance> sized = new ArrayList<>(count);
      for (int n = 1; n <= count; n++) {
        Instance i = plan.apply(n);
        long size = SyntheticDicom.size(InstanceSpecs.of(p, st, s, i));
        sized.add(new Instance(i.sopInstanceUid(), i.instanceNumber(), i.acquisitionNumber(),
            i.pixelSpacingRow(), i.pixelSpacingColumn(), i.sliceThickness(), size,
            i.pixelSeed()));
      }
      return sized;
    });
    drafts.put(s.seriesInstanceUid(), d);
    series.add(s);
    return s;
  }

  List<Series> series() {
    return List.copyOf(series);
  }

  /** The SOP Instance UIDs of a series already added (derived without sizing). */
  List<String> sopInstanceUids(String seriesUid) {
    SeriesDraft d = drafts.get(seriesUid);
    List<String> uids = new ArrayList<>();
    for (int n = 1; d != null && n <= d.imageCount; n++) {
      uids.add(d.instance.apply(n).sopInstanceUid());
    }
    return uids;
  }

  void cart(SharedCart c) {
    carts.add(c);
  }

  Dataset build(List<Species> speciesTable) {
    return Dataset.of(host, new ArrayList<>(collections.values()),
        new ArrayList<>(patients.values()), new ArrayList<>(studies.values()), series,
        instances, speciesTable, carts);
  }
}
