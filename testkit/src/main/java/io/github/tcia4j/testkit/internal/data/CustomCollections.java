package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Species;
import io.github.tcia4j.testkit.data.Study;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Custom collections from {@link CollectionSpec}: series spread round-robin over the patients,
 * one study per patient, every image of the spec's matrix, released 30 days before the sandbox
 * clock's date.
 */
final class CustomCollections extends Generator {
  private static final Set<String> PROJECTION = Set.of("CR", "DX", "MG", "US");
  private int nextId = 301;

  CustomCollections(long seed, LocalDate today, int rows, int columns) {
    super(seed, today, rows, columns);
  }

  void add(DatasetAssembler a, CollectionSpec spec) {
    String name = spec.name();
    String key = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
    String doi = DOI_PREFIX + "CUSTOM." + key;
    a.collection(collectionInfo(name, false, Optional.of("<p>Custom sandbox collection <b>"
        + name + "</b>: " + spec.seriesCount() + " " + spec.modality() + " series of "
        + spec.imagesPerSeries() + " images.</p>"), nextId++, Optional.of(doi),
        License.CC_BY_4_0, today));
    Rng r = new Rng(seed, "custom:" + name);
    LocalDate wave = today.minusDays(30);
    Meta m = new Meta(name, License.CC_BY_4_0, doi, "SBX Bench Site", "SBX Bench Site",
        Optional.of("NO"), List.of(wave));
    int patients = spec.patients() > 0 ? spec.patients() : Math.min(spec.seriesCount(), 10);
    List<Study> studies = new ArrayList<>();
    String prefix = "SBX-" + (key.length() > 20 ? key.substring(0, 20) : key);
    for (int i = 0; i < patients; i++) {
      LocalDate birth = LocalDate.of(r.range(1940, 1990), r.range(1, 12), r.range(1, 28));
      Patient p = patient(a, r, name, String.format("%s-%04d", prefix, i + 1), Species.HUMAN,
          "NO", birth);
      LocalDate date = LocalDate.of(r.range(2005, 2020), r.range(1, 12), r.range(1, 28));
      studies.add(study(a, r, p, 0, date, spec.modality() + " STUDY",
          Optional.of(age(birth, date)), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    int rowsOf = spec.rows() > 0 ? spec.rows() : rows;
    int colsOf = spec.columns() > 0 ? spec.columns() : columns;
    boolean projection = PROJECTION.contains(spec.modality());
    for (int i = 0; i < spec.seriesCount(); i++) {
      Study st = studies.get(i % patients);
      int number = i / patients + 1;
      SeriesDraft d = series(r, m, st, spec.modality(), number, spec.modality() + " SERIES "
          + (i + 1), wave);
      d.bodyPartExamined = spec.bodyPart();
      d.manufacturer = Optional.of("SBX Benchmark Scanner");
      d.manufacturerModelName = Optional.of("Bench-1");
      d.rows = rowsOf;
      d.columns = colsOf;
      instances(d, r, spec.imagesPerSeries(), x -> 0.7, projection ? Optional.empty()
          : Optional.of(1.0), x -> projection ? Optional.empty() : Optional.of(1));
      a.series(d);
    }
  }
}
