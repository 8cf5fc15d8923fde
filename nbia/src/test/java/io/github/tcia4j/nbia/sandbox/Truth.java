package io.github.tcia4j.nbia.sandbox;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What a sandbox data set holds, as an anonymous client may see it: the expected answers. */
final class Truth {
  private final Dataset dataset;

  Truth(Dataset dataset) {
    this.dataset = dataset;
  }

  Dataset dataset() {
    return dataset;
  }

  /** Visible series of public collections. */
  List<Series> series() {
    return dataset.series().stream().filter(this::isPublic).toList();
  }

  List<Series> series(Predicate<Series> filter) {
    return series().stream().filter(filter).toList();
  }

  List<Series> seriesOf(String collection) {
    return series(s -> s.collection().equals(collection));
  }

  boolean isPublic(Series s) {
    return s.visible() && !dataset.collection(s.collection()).map(CollectionInfo::restricted).orElse(true);
  }

  Set<String> uids(List<Series> series) {
    return series.stream().map(Series::seriesInstanceUid).collect(Collectors.toCollection(TreeSet::new));
  }

  Set<String> patients(List<Series> series) {
    return series.stream().map(Series::patientId).collect(Collectors.toCollection(TreeSet::new));
  }

  Set<String> studies(List<Series> series) {
    return series.stream().map(Series::studyInstanceUid).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Distinct values as v4 reports them (upper-cased), nulls left out. */
  static Set<String> upperValues(List<Series> series, Function<Series, Optional<String>> value) {
    return series.stream().map(value).flatMap(Optional::stream).map(v -> v.toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Distinct values as stored (v1/v2), nulls left out. */
  static Set<String> storedValues(List<Series> series, Function<Series, Optional<String>> value) {
    return series.stream().map(value).flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
  }
}
