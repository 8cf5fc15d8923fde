package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Series;
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
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST getCollectionOrSeriesForDOI} (reference section 4.9): the {@code DOI} must equal a
 * series' DataDescriptionURI exactly (full URL form). {@code CollectionOrSeries=series} (any
 * case) gives one row per series, anything else one row per collection and third-party value.
 * Keys in field order {@code collection, seriesInstanceUID, thirdPartyAnanlysis} (sic),
 * {@code authorized} (v4 only); nulls left out; no match gives {@code []}.
 */
final class DoiEndpoints {
  private DoiEndpoints() {}

  static void register(RouteTable t) {
    t.post(Family.V4, "getCollectionOrSeriesForDOI", Whitelist.form("DOI", "CollectionOrSeries"),
        DoiEndpoints::lookup);
    t.post(Family.ADVANCED, "getCollectionOrSeriesForDOI", null, DoiEndpoints::lookup);
  }

  private static SandboxResponse lookup(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Optional<String> doi = req.form().first("DOI");
    boolean bySeries = req.form().first("CollectionOrSeries")
        .map(v -> v.equalsIgnoreCase("series")).orElse(false);
    Access a = Access.of(req);
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Series s : a.visibleSeries()) {
      if (doi.isEmpty() || !s.dataDescriptionUri().equals(doi)) {
        continue;
      }
      String third = s.thirdPartyAnalysis().orElse(null);
      if (!bySeries && !seen.add(s.collection() + '\u0000' + third)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("collection", s.collection());
      if (bySeries) {
        row.put("seriesInstanceUID", s.seriesInstanceUid());
      }
      row.put("thirdPartyAnanlysis", third);
      if (v4) {
        row.put("authorized", 1);
      }
      rows.add(row);
    }
    return Responses.json(200, rows, false);
  }
}
