package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SeriesReference;
import io.github.tcia4j.testkit.data.Species;
import io.github.tcia4j.testkit.data.Study;
import io.github.tcia4j.testkit.dicom.DicomUids;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Shared building blocks of the synthetic generators: UIDs derived from the seed, patients,
 * studies, series drafts and their instances.
 */
class Generator {
  /** Where the fake DOIs of the sandbox live (an obviously unregistered prefix). */
  static final String DOI_PREFIX = "https://doi.org/10.80000/SBX.";

  final long seed;
  final LocalDate today;
  final int rows;
  final int columns;

  Generator(long seed, LocalDate today, int rows, int columns) {
    this.seed = seed;
    this.today = today;
    this.rows = rows;
    this.columns = columns;
  }

  /** A UID derived from the seed and the given parts. */
  String uid(String... parts) {
    String[] all = new String[parts.length + 2];
    all[0] = "tcia4j-sandbox";
    all[1] = Long.toString(seed);
    System.arraycopy(parts, 0, all, 2, parts.length);
    return DicomUids.derive(all);
  }

  /** The facts every series of a collection shares. */
  record Meta(String collection, License license, String doi, String site, String institution,
      Optional<String> thirdParty, List<LocalDate> waves) {}

  CollectionInfo collectionInfo(String name, boolean restricted, Optional<String> html, int id,
      Optional<String> doi, License license, LocalDate edited) {
    return new CollectionInfo(name, restricted, html, id, doi,
        edited.atTime(10, 30).toInstant(ZoneOffset.UTC), "sbx_curator", license);
  }

  Patient patient(DatasetAssembler a, Rng r, String collection, String id, Species species,
      String phantom, LocalDate birth) {
    return patient(a, r, collection, id, species, phantom, birth, r.pick("M", "F"));
  }

  Patient patient(DatasetAssembler a, Rng r, String collection, String id, Species species,
      String phantom, LocalDate birth, String sexCode) {
    Optional<String> sex = Optional.ofNullable(sexCode);
    Optional<String> ethnic = r.chance(0.5) ? Optional.empty()
        : Optional.of(r.pick("W", "B", "1", "2"));
    Optional<LocalDate> birthDate = r.chance(0.3) ? Optional.of(birth) : Optional.empty();
    return a.patient(collection, id, id, sex, birthDate, ethnic, species, phantom);
  }

  Study study(DatasetAssembler a, Rng r, Patient p, int index, LocalDate date, String description,
      Optional<String> age, Optional<String> diagnosis, Optional<String> event,
      Optional<Integer> offset) {
    String uid = uid("study", p.collection(), p.patientId(), Integer.toString(index));
    return a.study(new Study(0, p.collection(), p.patientId(), uid, Optional.of(date),
        Optional.of(description), Optional.of(Integer.toString(index + 1)),
        Optional.of(String.format("SBX%08d", Math.floorMod(r.nextLong(), 100_000_000L))), age,
        diagnosis, event, offset));
  }

  static String age(LocalDate birth, LocalDate at) {
    int years = Math.max(0, at.getYear() - birth.getYear());
    return String.format("%03dY", Math.min(years, 999));
  }

  /** A series draft with the collection facts, the release wave and a fresh UID. */
  SeriesDraft series(Rng r, Meta m, Study st, String modality, int number, String description,
      LocalDate wave) {
    SeriesDraft d = new SeriesDraft();
    d.seriesInstanceUid = uid("series", st.studyInstanceUid(), Integer.toString(number),
        modality, description);
    d.studyInstanceUid = st.studyInstanceUid();
    d.patientId = st.patientId();
    d.collection = st.collection();
    d.modality = modality;
    d.seriesDate = st.studyDate();
    d.description = Optional.of(description);
    d.seriesNumber = Optional.of(number);
    d.site = Optional.of(m.site());
    d.institutionName = Optional.of(m.institution());
    d.frameOfReferenceUid = Optional.of(uid("frame", st.studyInstanceUid()));
    d.license = Optional.of(m.license());
    d.dataDescriptionUri = Optional.of(m.doi());
    d.thirdPartyAnalysis = m.thirdParty();
    d.dateReleased = wave.atTime(LocalTime.of(r.range(8, 18), r.range(0, 59), r.range(0, 59)));
    d.maxSubmissionTimestamp = d.dateReleased.minusDays(r.range(1, 40))
        .withHour(r.range(7, 20)).withMinute(r.range(0, 59)).withSecond(r.range(0, 59));
    d.rows = rows;
    d.columns = columns;
    return d;
  }

  /**
   * Plans {@code images} instances with the given spacing, thickness and acquisition numbers.
   * The functions must not draw from {@code r}: instances are created lazily.
   */
  void instances(SeriesDraft d, Rng r, int images, IntFunction<Double> spacing,
      Optional<Double> thickness, IntFunction<Optional<Integer>> acquisition) {
    long pixelSeed = r.nextLong();
    String seriesUid = d.seriesInstanceUid;
    d.imageCount = images;
    d.instance = i -> {
      double sp = spacing.apply(i);
      return new Instance(uid("instance", seriesUid, Integer.toString(i)), i,
          acquisition.apply(i), sp, sp, thickness, 0, pixelSeed);
    };
  }

  /** A reference to every instance of a source series (for SEG and RTSTRUCT). */
  static SeriesReference reference(DatasetAssembler a, Series source) {
    return new SeriesReference(source.studyInstanceUid(), source.seriesInstanceUid(),
        a.sopInstanceUids(source.seriesInstanceUid()), source.sopClassUid());
  }

  /** The release wave of the i-th of n patients: 60 % first, 25 % second, the rest third. */
  static LocalDate wave(List<LocalDate> waves, int i, int n) {
    double f = (double) i / n;
    int w = f < 0.6 ? 0 : f < 0.85 ? 1 : 2;
    return waves.get(Math.min(w, waves.size() - 1));
  }
}
