package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.Species;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code *ValuesAndCounts} family and {@code getSpeciesTax} (reference section 4.5). Counts
 * are distinct patients. v4 answers {@code [{"<Key>":..,"Count":n,"Authorized":1}]}; the old
 * unversioned endpoints answer {@code [{"criteria":..,"count":"n"}]} with the count as a string.
 * Both always answer JSON ({@code []} when nothing matches). A null body part is reported as
 * {@code NOT SPECIFIED}; series without a manufacturer are not counted.
 */
final class CountEndpoints {
  static final String NOT_SPECIFIED = "NOT SPECIFIED";

  private CountEndpoints() {}

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V4, Family.ADVANCED)) {
      boolean v4 = f == Family.V4;
      t.get(f, "getCollectionValuesAndCounts", null, req -> counts(req, "Collection",
          s -> Optional.of(s.collection()), false, s -> true));
      t.get(f, "getModalityValuesAndCounts",
          v4 ? Whitelist.query("Collection", "BodyPartExamined") : null,
          req -> counts(req, "Modality", s -> Optional.of(s.modality()), v4,
              filter(req, "Collection", "BodyPartExamined")));
      t.get(f, "getBodyPartValuesAndCounts", v4 ? Whitelist.query("Collection", "Modality") : null,
          req -> counts(req, "BodyPart",
              s -> Optional.of(s.bodyPartExamined().orElse(NOT_SPECIFIED)), true,
              filter(req, "Collection", "Modality")));
      t.get(f, "getManufacturerValuesAndCounts",
          v4 ? Whitelist.query("Collection", "Modality", "BodyPartExamined") : null,
          req -> counts(req, "Manufacturer", Series::manufacturer, v4,
              filter(req, "Collection", "Modality", "BodyPartExamined")));
      t.get(f, "getSpeciesValuesAndCounts", null, CountEndpoints::species);
      t.get(f, "getSpeciesTax", null, CountEndpoints::speciesTax);
    }
  }

  private static Predicate<Series> filter(SandboxRequest req, String... names) {
    Params p = req.query();
    boolean v4 = req.family() == Family.V4;
    return s -> {
      for (String n : names) {
        Optional<String> want = p.nonEmpty(n);
        boolean ok;
        switch (n) {
          case "Collection":
            ok = Match.ignoreCase(want, s.collection());
            break;
          case "Modality":
            ok = Match.by(v4, want, s.modality());
            break;
          case "BodyPartExamined":
            ok = Match.by(v4, want, s.bodyPartExamined());
            break;
          default:
            throw new IllegalStateException("No filter for " + n);
        }
        if (!ok) {
          return false;
        }
      }
      return true;
    };
  }

  private static SandboxResponse counts(SandboxRequest req, String key,
      Function<Series, Optional<String>> value, boolean upper, Predicate<Series> filter) {
    Access a = Access.of(req);
    TreeMap<String, Set<String>> patients = new TreeMap<>();
    for (Series s : a.visibleSeries()) {
      if (!filter.test(s)) {
        continue;
      }
      Optional<String> v = value.apply(s);
      if (v.isEmpty()) {
        continue;
      }
      String k = upper ? Match.upper(v.get()) : v.get();
      patients.computeIfAbsent(k, x -> new HashSet<>()).add(s.collection() + '\u0000'
          + s.patientId());
    }
    List<String> order = new ArrayList<>(patients.keySet());
    if (order.remove(NOT_SPECIFIED)) {
      order.add(0, NOT_SPECIFIED);
    }
    return answer(req, key, order, patients);
  }

  private static SandboxResponse species(SandboxRequest req) {
    Access a = Access.of(req);
    Dataset ds = a.dataset();
    TreeMap<String, Set<String>> patients = new TreeMap<>();
    for (Series s : a.visibleSeries()) {
      Patient p = ds.patient(s.collection(), s.patientId()).orElseThrow();
      patients.computeIfAbsent(p.species().code(), x -> new HashSet<>())
          .add(s.collection() + '\u0000' + s.patientId());
    }
    return answer(req, "Species", new ArrayList<>(patients.keySet()), patients);
  }

  private static SandboxResponse answer(SandboxRequest req, String key, List<String> order,
      Map<String, Set<String>> patients) {
    boolean v4 = req.family() == Family.V4;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String k : order) {
      int count = patients.get(k).size();
      Map<String, Object> row = new LinkedHashMap<>();
      if (v4) {
        row.put(key, k);
        row.put("Count", count);
        row.put("Authorized", 1);
      } else {
        row.put("criteria", k);
        row.put("count", Integer.toString(count));
      }
      rows.add(row);
    }
    return Responses.json(200, rows, false);
  }

  private static SandboxResponse speciesTax(SandboxRequest req) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Species s : req.context().dataset().speciesTable()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("speciesCode", s.code());
      row.put("speciesDescription", s.description());
      rows.add(row);
    }
    return Responses.json(200, rows, false);
  }
}
