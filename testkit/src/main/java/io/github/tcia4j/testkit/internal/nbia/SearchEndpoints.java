package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The portal search and the manifests (reference sections 4.6, 4.7, 5.1): v4
 * {@code getSimpleSearch}, advanced {@code getSimpleSearchWithModalityAndBodyPartPaged},
 * {@code getManifestForSimpleSearch} and {@code getManifestText} (v4 and advanced).
 */
final class SearchEndpoints {
  private SearchEndpoints() {}

  static void register(RouteTable t) {
    t.post(Family.V4, "getSimpleSearch", null, SearchEndpoints::search);
    t.post(Family.ADVANCED, "getSimpleSearchWithModalityAndBodyPartPaged", null,
        SearchEndpoints::search);
    for (Family f : List.of(Family.V4, Family.ADVANCED)) {
      t.post(f, "getManifestForSimpleSearch", null, SearchEndpoints::manifestForSearch);
      t.post(f, "getManifestText",
          f == Family.V4 ? Whitelist.form("list", "includeAnnotation") : null,
          SearchEndpoints::manifestText);
    }
  }

  private static SandboxResponse search(SandboxRequest req) {
    SimpleSearch s = SimpleSearch.parse(req.form(), req.family() == Family.V4);
    Access a = Access.of(req);
    List<SimpleSearch.Hit> all = s.run(a);
    List<SimpleSearch.Hit> page = s.page(all);
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> resultSet = new ArrayList<>();
    for (SimpleSearch.Hit h : page) {
      resultSet.add(patientResult(h));
    }
    out.put("resultSet", resultSet);
    out.put("totalPatients", all.size());
    out.put("bodyParts", facet(all, v -> v.series().bodyPartExamined().orElse(null)));
    out.put("modalities", facet(all, v -> v.series().modality()));
    out.put("collections", facet(all, v -> v.series().collection()));
    out.put("species", facet(all, v -> v.patient().species().code()));
    out.put("maxTimepoints", timepoints(all, true));
    out.put("minTimepoints", timepoints(all, false));
    out.put("sort", s.resolvedSortField() + "-" + s.sortDirection);
    return Responses.json(200, out, false);
  }

  private static Map<String, Object> patientResult(SimpleSearch.Hit h) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("subjectId", h.patient().patientId());
    p.put("project", h.patient().collection());
    p.put("id", h.patient().pk());
    Map<String, List<SeriesView>> byStudy = new LinkedHashMap<>();
    for (SeriesView v : h.series()) {
      byStudy.computeIfAbsent(v.study().studyInstanceUid(), k -> new ArrayList<>()).add(v);
    }
    List<Object> studies = new ArrayList<>();
    for (List<SeriesView> list : byStudy.values()) {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("studyIdentifier", list.get(0).study().pk());
      List<Integer> ids = new ArrayList<>();
      List<Object> pairs = new ArrayList<>();
      for (SeriesView v : list) {
        ids.add(v.series().pk());
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("seriesId", v.series().pk());
        pair.put("modality", v.series().modality());
        pairs.add(pair);
      }
      st.put("seriesIdentifiers", ids);
      st.put("seriesAndModality", pairs);
      studies.add(st);
    }
    p.put("studyIdentifiers", studies);
    p.put("totalNumberOfStudies", byStudy.size());
    p.put("totalNumberOfSeries", h.series().size());
    Set<String> modalities = new TreeSet<>();
    Set<String> bodyParts = new TreeSet<>();
    Map<String, Set<Integer>> timepoints = new TreeMap<>();
    for (SeriesView v : h.series()) {
      modalities.add(v.series().modality());
      v.series().bodyPartExamined().ifPresent(bodyParts::add);
      v.study().longitudinalTemporalEventType().ifPresent(e -> v.study()
          .longitudinalTemporalOffsetFromEvent().ifPresent(o -> timepoints
              .computeIfAbsent(e, k -> new TreeSet<>()).add(o)));
    }
    p.put("modalities", new ArrayList<>(modalities));
    p.put("bodyParts", new ArrayList<>(bodyParts));
    p.put("species", List.of(h.patient().species().code()));
    Map<String, Object> tp = new LinkedHashMap<>();
    timepoints.forEach((k, v) -> tp.put(k, new ArrayList<>(v)));
    p.put("timepoints", tp);
    p.put("authorized", 1);
    return p;
  }

  /** {@code [{"value":..,"count":patients}]}, values sorted, nulls left out. */
  private static List<Object> facet(List<SimpleSearch.Hit> hits,
      java.util.function.Function<SeriesView, String> value) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (SimpleSearch.Hit h : hits) {
      Set<String> mine = new LinkedHashSet<>();
      for (SeriesView v : h.series()) {
        String x = value.apply(v);
        if (x != null) {
          mine.add(x);
        }
      }
      mine.forEach(x -> counts.merge(x, 1, Integer::sum));
    }
    List<Object> out = new ArrayList<>();
    counts.forEach((k, n) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", k);
      m.put("count", n);
      out.add(m);
    });
    return out;
  }

  private static Map<String, Object> timepoints(List<SimpleSearch.Hit> hits, boolean max) {
    TreeMap<String, Integer> m = new TreeMap<>();
    for (SimpleSearch.Hit h : hits) {
      for (SeriesView v : h.series()) {
        v.study().longitudinalTemporalEventType().ifPresent(e -> v.study()
            .longitudinalTemporalOffsetFromEvent().ifPresent(o -> m.merge(e, o,
                max ? Math::max : Math::min)));
      }
    }
    return new LinkedHashMap<>(m);
  }

  private static SandboxResponse manifestForSearch(SandboxRequest req) {
    SimpleSearch s = SimpleSearch.parse(req.form(), req.family() == Family.V4);
    Access a = Access.of(req);
    List<String> uids = new ArrayList<>();
    for (SimpleSearch.Hit h : s.page(s.run(a))) {
      h.series().forEach(v -> uids.add(v.series().seriesInstanceUid()));
    }
    return manifest(req, uids, false);
  }

  private static SandboxResponse manifestText(SandboxRequest req) {
    List<String> requested = req.form().all("list");
    if (requested.stream().allMatch(String::isEmpty)) {
      return Responses.badRequest(MetadataEndpoints.LIST_REQUIRED);
    }
    Access a = Access.of(req);
    Dataset ds = a.dataset();
    List<String> uids = new ArrayList<>();
    for (String uid : requested) {
      if (ds.series(uid).filter(a::series).isPresent()) {
        uids.add(uid);
      }
    }
    boolean annotations = req.form().first("includeAnnotation")
        .map(Boolean::parseBoolean).orElse(false);
    return manifest(req, uids, annotations);
  }

  /** The six-line header of {@code ManifestMaker}, then one UID per line, each line ending in \n. */
  static SandboxResponse manifest(SandboxRequest req, List<String> uids, boolean annotations) {
    StringBuilder sb = new StringBuilder();
    sb.append("downloadServerUrl=").append(req.context().rootUrl())
        .append("/nbia-download/servlet/DownloadServlet\n");
    sb.append("includeAnnotation=").append(annotations).append('\n');
    sb.append("noOfrRetry=4\n");
    sb.append("databasketId=manifest-").append(req.context().clock().millis()).append(".tcia\n");
    sb.append("manifestVersion=3.0\n");
    sb.append("ListOfSeriesToDownload=\n");
    for (String uid : uids) {
      sb.append(uid).append('\n');
    }
    String type = req.family() == Family.V4 ? "text/plain" : "application/x-nbia-manifest-file";
    return SandboxResponse.text(200, type, sb.toString());
  }
}
