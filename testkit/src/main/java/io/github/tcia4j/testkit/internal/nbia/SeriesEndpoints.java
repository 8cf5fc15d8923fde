package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import io.github.tcia4j.testkit.internal.table.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code getSeries}, {@code getUpdatedSeries}, {@code getSeriesSize},
 * {@code getSOPInstanceUIDs} (reference section 4.3).
 */
final class SeriesEndpoints {
  static final String SERIES_UID_REQUIRED =
      "A parameter, SeriesInstanceUID is required for this API call.";
  private static final LocalDate DEFAULT_FROM = LocalDate.of(1900, 1, 1);

  private SeriesEndpoints() {}

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V1, Family.V2, Family.V4)) {
      boolean v4 = f == Family.V4;
      t.get(f, "getSeries", v4 ? Whitelist.query("Collection", "format", "PatientID",
          "StudyInstanceUID", "Modality", "BodyPartExamined", "ManufacturerModelName",
          "Manufacturer", "SeriesInstanceUID") : null, SeriesEndpoints::series);
      t.get(f, "getUpdatedSeries", v4 ? Whitelist.query("fromDate", "format") : null,
          SeriesEndpoints::updatedSeries);
      t.get(f, "getSeriesSize", v4 ? Whitelist.query("SeriesInstanceUID", "format") : null,
          SeriesEndpoints::seriesSize);
      t.get(f, "getSOPInstanceUIDs", v4 ? Whitelist.query("SeriesInstanceUID", "format") : null,
          SeriesEndpoints::sopInstanceUids);
    }
  }

  private static SandboxResponse series(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Params p = req.query();
    Access a = Access.of(req);
    List<SeriesView> rows = a.visibleSeries().stream()
        .filter(s -> Match.ignoreCase(p.nonEmpty("Collection"), s.collection())
            && Match.ignoreCase(p.nonEmpty("PatientID"), s.patientId())
            && Match.exact(p.nonEmpty("StudyInstanceUID"), s.studyInstanceUid())
            && Match.exact(p.nonEmpty("SeriesInstanceUID"), s.seriesInstanceUid())
            && Match.by(v4, p.nonEmpty("Modality"), s.modality())
            && Match.by(v4, p.nonEmpty("BodyPartExamined"), s.bodyPartExamined())
            && Match.by(v4, p.nonEmpty("Manufacturer"), s.manufacturer())
            && Match.by(v4, p.nonEmpty("ManufacturerModelName"), s.manufacturerModelName()))
        .map(s -> SeriesView.of(a.dataset(), s))
        .collect(Collectors.toList());
    List<SeriesColumns.Col> cols = v4 ? SeriesColumns.v4Series(req.context().era())
        : SeriesColumns.legacySeries(req.context().era());
    return TableOutput.respond(req, SeriesColumns.table(cols, rows));
  }

  private static SandboxResponse updatedSeries(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Optional<String> from = req.query().nonEmpty("fromDate");
    LocalDate date = from.map(v4 ? Dates::parseV4 : Dates::parseDayFirst).orElse(DEFAULT_FROM);
    LocalDateTime after = date.atStartOfDay();
    Access a = Access.of(req);
    List<SeriesView> rows = a.visibleSeries().stream()
        .filter(s -> s.dateReleased().isAfter(after))
        .map(s -> SeriesView.of(a.dataset(), s))
        .collect(Collectors.toList());
    List<SeriesColumns.Col> cols = v4 ? SeriesColumns.v4Series(req.context().era())
        : SeriesColumns.legacyUpdatedSeries();
    return TableOutput.respond(req, SeriesColumns.table(cols, rows));
  }

  private static SandboxResponse seriesSize(SandboxRequest req) {
    Optional<String> uid = req.query().nonEmpty("SeriesInstanceUID");
    if (uid.isEmpty()) {
      return Responses.badRequestAsJson(SERIES_UID_REQUIRED);
    }
    Access a = Access.of(req);
    Optional<Series> s = a.dataset().series(uid.get()).filter(a::series);
    Table t = Table.of("TotalSizeInBytes", "ObjectCount");
    if (s.isPresent()) {
      t.add(a.dataset().fileSize(uid.get()), s.get().imageCount());
    } else {
      t.add(null, 0);
    }
    return TableOutput.respond(req, t);
  }

  private static SandboxResponse sopInstanceUids(SandboxRequest req) {
    Optional<String> uid = req.query().nonEmpty("SeriesInstanceUID");
    if (uid.isEmpty()) {
      return Responses.badRequestAsJson(SERIES_UID_REQUIRED);
    }
    Dataset ds = req.context().dataset();
    boolean checked = req.family() != Family.V4;
    Table t = Table.of("SOPInstanceUID");
    Optional<Series> s = ds.series(uid.get());
    if (s.isPresent() && (!checked || Access.of(req).series(s.get()))) {
      for (Instance i : ds.instances(uid.get())) {
        t.add(i.sopInstanceUid());
      }
    }
    return TableOutput.respond(req, t);
  }
}
