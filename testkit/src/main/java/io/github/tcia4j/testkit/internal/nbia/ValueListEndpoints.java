package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import io.github.tcia4j.testkit.internal.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code getCollectionValues}, {@code getModalityValues}, {@code getBodyPartValues},
 * {@code getManufacturerValues} (reference section 4.1). v4 answers distinct upper-cased values
 * sorted by the upper-cased value (a null, which serialises as {@code {}}, first) and matches
 * every filter ignoring case; v1/v2 answer values as stored and match only Collection ignoring
 * case. Collection names are never upper-cased and sort in binary order.
 */
final class ValueListEndpoints {
  private ValueListEndpoints() {}

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V1, Family.V2, Family.V4)) {
      boolean v4 = f == Family.V4;
      t.get(f, "getCollectionValues", v4 ? Whitelist.query("format") : null,
          ValueListEndpoints::collections);
      t.get(f, "getModalityValues",
          v4 ? Whitelist.query("Collection", "BodyPartExamined", "format") : null,
          ValueListEndpoints::modalities);
      t.get(f, "getBodyPartValues",
          v4 ? Whitelist.query("Collection", "Modality", "format") : null,
          ValueListEndpoints::bodyParts);
      t.get(f, "getManufacturerValues",
          v4 ? Whitelist.query("Collection", "Modality", "BodyPartExamined", "format") : null,
          ValueListEndpoints::manufacturers);
    }
  }

  private static SandboxResponse collections(SandboxRequest req) {
    Access a = Access.of(req);
    TreeSet<String> names = a.visibleSeries().stream().map(Series::collection)
        .collect(Collectors.toCollection(TreeSet::new));
    Table t = Table.of("Collection");
    names.forEach(t::add);
    return TableOutput.respond(req, t);
  }

  private static SandboxResponse modalities(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Params p = req.query();
    List<Series> rows = filter(req, s -> Match.ignoreCase(p.nonEmpty("Collection"),
        s.collection()) && Match.by(v4, p.nonEmpty("BodyPartExamined"), s.bodyPartExamined()));
    return TableOutput.respond(req, distinct("Modality", rows, s -> Optional.of(s.modality()),
        v4));
  }

  private static SandboxResponse bodyParts(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Params p = req.query();
    List<Series> rows = filter(req, s -> Match.ignoreCase(p.nonEmpty("Collection"),
        s.collection()) && Match.by(v4, p.nonEmpty("Modality"), s.modality()));
    return TableOutput.respond(req, distinct("BodyPartExamined", rows, Series::bodyPartExamined,
        v4));
  }

  private static SandboxResponse manufacturers(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Params p = req.query();
    List<Series> rows = filter(req, s -> Match.ignoreCase(p.nonEmpty("Collection"),
        s.collection()) && Match.by(v4, p.nonEmpty("Modality"), s.modality())
        && Match.by(v4, p.nonEmpty("BodyPartExamined"), s.bodyPartExamined()));
    return TableOutput.respond(req, distinct("Manufacturer", rows, Series::manufacturer, v4));
  }

  private static List<Series> filter(SandboxRequest req, java.util.function.Predicate<Series> p) {
    return Access.of(req).visibleSeries().stream().filter(p).collect(Collectors.toList());
  }

  /** Distinct values, null first, then sorted; upper-cased for v4. */
  static Table distinct(String column, List<Series> rows,
      Function<Series, Optional<String>> value, boolean upper) {
    boolean hasNull = false;
    TreeSet<String> values = new TreeSet<>();
    for (Series s : rows) {
      Optional<String> v = value.apply(s);
      if (v.isEmpty()) {
        hasNull = true;
      } else {
        values.add(upper ? Match.upper(v.get()) : v.get());
      }
    }
    Table t = Table.of(column);
    List<String> ordered = new ArrayList<>(values);
    if (hasNull) {
      t.add((Object) null);
    }
    ordered.forEach(t::add);
    return t;
  }
}
