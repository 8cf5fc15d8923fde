package io.github.tcia4j.nbia;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.Study;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the sandbox data say a search should find, computed directly from the data set (not through
 * the client): the visible series of public collections and the patients owning them.
 */
final class SandboxData {
  /** One visible series with its study and patient. */
  record Row(Series series, Study study, Patient patient) {
    String patientKey() {
      return patient.collection() + "/" + patient.patientId();
    }
  }

  private final Dataset dataset;
  private final Set<String> restricted;

  SandboxData(Dataset dataset) {
    this.dataset = dataset;
    this.restricted = dataset.collections().stream().filter(CollectionInfo::restricted).map(CollectionInfo::name)
        .collect(Collectors.toSet());
  }

  /** Visible series of public collections matching a predicate, grouped by patient key. */
  Map<String, Set<String>> seriesByPatient(Predicate<Row> filter) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Series s : dataset.series()) {
      if (!s.visible() || restricted.contains(s.collection())) {
        continue;
      }
      Study st = dataset.study(s.studyInstanceUid()).orElseThrow();
      Patient p = dataset.patient(s.collection(), s.patientId()).orElseThrow();
      Row row = new Row(s, st, p);
      if (filter.test(row)) {
        out.computeIfAbsent(row.patientKey(), k -> new TreeSet<>()).add(s.seriesInstanceUid());
      }
    }
    return out;
  }

  /** Patient keys ({@code collection/patientId}) with at least one matching series. */
  Set<String> patients(Predicate<Row> filter) {
    return new TreeSet<>(seriesByPatient(filter).keySet());
  }

  /** UIDs of the matching series. */
  Set<String> seriesUids(Predicate<Row> filter) {
    return seriesByPatient(filter).values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
  }
}
