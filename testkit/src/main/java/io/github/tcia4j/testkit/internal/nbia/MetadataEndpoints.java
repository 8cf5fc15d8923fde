package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.ServerFailure;
import io.github.tcia4j.testkit.internal.table.TableFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * v4 {@code POST getSeriesMetadata}, v1/v2 {@code GET getSeriesMetaData} and advanced
 * {@code POST getSeriesMetadata2} (reference section 4.3).
 */
final class MetadataEndpoints {
  static final String LIST_REQUIRED =
      "A form parameter, list, containing at least one SeriesInstanceUID is required.";

  private MetadataEndpoints() {}

  static void register(RouteTable t) {
    t.post(Family.V4, "getSeriesMetadata", null, MetadataEndpoints::metadata);
    for (Family f : List.of(Family.V1, Family.V2)) {
      t.get(f, "getSeriesMetaData", null, MetadataEndpoints::legacyMetaData);
    }
    t.post(Family.ADVANCED, "getSeriesMetadata2", null, MetadataEndpoints::metadata2);
  }

  /**
   * One query per {@code list} value (so repeated values keep request order); characters
   * outside {@code [0-9,.]} are removed and each value is split on commas; invisible or unknown
   * UIDs are skipped. Absent or {@code csv} format means {@code CSV-DOWNLOAD}.
   */
  private static SandboxResponse metadata(SandboxRequest req) {
    List<List<String>> groups = new ArrayList<>();
    for (String value : req.form().all("list")) {
      List<String> uids = new ArrayList<>();
      for (String uid : value.replaceAll("[^0-9,.]", "").split(",")) {
        if (!uid.isEmpty()) {
          uids.add(uid);
        }
      }
      if (!uids.isEmpty()) {
        groups.add(uids);
      }
    }
    if (groups.isEmpty()) {
      return Responses.badRequest(LIST_REQUIRED);
    }
    Access a = Access.of(req);
    List<SeriesView> rows = new ArrayList<>();
    for (List<String> uids : groups) {
      Set<String> wanted = new HashSet<>(uids);
      for (Series s : a.visibleSeries()) {
        if (wanted.contains(s.seriesInstanceUid())) {
          rows.add(SeriesView.of(a.dataset(), s));
        }
      }
    }
    Optional<String> format = req.form().first("format")
        .map(f -> f.equalsIgnoreCase("csv") ? "CSV-DOWNLOAD" : f);
    return TableOutput.respond(format, SeriesColumns.table(
        SeriesColumns.metadata(req.context().era()), rows), TableFormat.CSV_DOWNLOAD);
  }

  /** One series by UID; 204 when it is not accessible. */
  private static SandboxResponse legacyMetaData(SandboxRequest req) {
    Optional<String> uid = req.query().nonEmpty("SeriesInstanceUID");
    if (uid.isEmpty()) {
      return Responses.badRequestAsJson(SeriesEndpoints.SERIES_UID_REQUIRED);
    }
    Access a = Access.of(req);
    Optional<Series> s = a.dataset().series(uid.get()).filter(a::series);
    if (s.isEmpty()) {
      return SandboxResponse.empty(204);
    }
    return TableOutput.respond(req, SeriesColumns.table(
        SeriesColumns.legacySeriesMetaData(req.context().era()),
        List.of(SeriesView.of(a.dataset(), s.get()))));
  }

  /** The first {@code list} value split on commas; quoted CSV. */
  private static SandboxResponse metadata2(SandboxRequest req) {
    List<String> values = req.form().all("list");
    if (values.isEmpty()) {
      throw ServerFailure.nullPointer();
    }
    Set<String> wanted = new HashSet<>(Arrays.asList(values.get(0).split(",")));
    Access a = Access.of(req);
    List<SeriesView> rows = new ArrayList<>();
    for (Series s : a.visibleSeries()) {
      if (wanted.contains(s.seriesInstanceUid())) {
        rows.add(SeriesView.of(a.dataset(), s));
      }
    }
    return TableOutput.respond(Optional.of("csv"),
        SeriesColumns.table(SeriesColumns.metadata2(), rows), TableFormat.CSV);
  }
}
