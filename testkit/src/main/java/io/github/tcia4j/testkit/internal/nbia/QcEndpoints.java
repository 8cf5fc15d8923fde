package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.Study;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.ServerFailure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advanced {@code POST getAdvancedQCSearch} (reference section 4.10; curators only, others get
 * 401 {@code Insufficiant Privileges}). Criteria {@code criteriaType<i>} from 0, contiguous, each
 * with {@code inputType<i>}, {@code value<i>} and {@code boolean<i>} ({@code AND}/{@code OR}).
 * Entries of the same criterion are ORed (a date range is two entries: earliest, latest); the
 * groups combine left to right with the first entry's boolean. Curators see every series,
 * including invisible ones.
 */
final class QcEndpoints {
  static final String INSUFFICIENT = "Insufficiant Privileges";
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");

  private QcEndpoints() {}

  static void register(RouteTable t) {
    t.post(Family.ADVANCED, "getAdvancedQCSearch", null, QcEndpoints::search);
  }

  private record Entry(String criteria, String inputType, String value, String bool) {}

  private static SandboxResponse search(SandboxRequest req) {
    if (!req.user().map(u -> u.curator()).orElse(false)) {
      return SandboxResponse.text(401, "text/plain", INSUFFICIENT);
    }
    Params f = req.form();
    Map<String, List<Entry>> groups = new LinkedHashMap<>();
    for (int i = 0; f.first("criteriaType" + i).isPresent(); i++) {
      Entry e = new Entry(f.first("criteriaType" + i).get(),
          f.first("inputType" + i).orElse("list"), f.first("value" + i).orElse(""),
          f.first("boolean" + i).orElse("AND"));
      groups.computeIfAbsent(e.criteria(), k -> new ArrayList<>()).add(e);
    }
    Dataset ds = req.context().dataset();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Series s : ds.series()) {
      Study st = ds.study(s.studyInstanceUid()).orElseThrow();
      Boolean result = null;
      for (List<Entry> group : groups.values()) {
        boolean g = matches(group, s, st);
        boolean or = group.get(0).bool().equalsIgnoreCase("OR");
        result = result == null ? g : or ? result || g : result && g;
      }
      if (result == null || result) {
        rows.add(row(s));
      }
    }
    return Responses.json(200, rows, false);
  }

  private static boolean matches(List<Entry> group, Series s, Study st) {
    Entry first = group.get(0);
    Function<Series, Optional<String>> field = field(first.criteria());
    String type = first.inputType();
    if (type.equalsIgnoreCase("dateRange") || type.equalsIgnoreCase("dateFrom")
        || type.equalsIgnoreCase("dateTo")) {
      Optional<LocalDate> d = dateField(first.criteria(), s, st);
      if (d.isEmpty()) {
        return false;
      }
      LocalDate from = type.equalsIgnoreCase("dateTo") ? LocalDate.MIN : date(first.value());
      LocalDate to = type.equalsIgnoreCase("dateFrom") ? LocalDate.MAX
          : date(group.get(group.size() - 1).value());
      return !d.get().isBefore(from) && !d.get().isAfter(to);
    }
    Optional<String> v = field.apply(s);
    if (v.isEmpty()) {
      return false;
    }
    String value = v.get();
    for (Entry e : group) {
      String t = e.inputType();
      if (t.equalsIgnoreCase("commaSeperatedList")) {
        for (String part : e.value().split(",")) {
          if (part.trim().equals(value)) {
            return true;
          }
        }
      } else if (t.equalsIgnoreCase("contains")) {
        if (value.toLowerCase(Locale.ROOT).contains(e.value().toLowerCase(Locale.ROOT))) {
          return true;
        }
      } else if (t.equalsIgnoreCase("startsWith")) {
        if (value.toLowerCase(Locale.ROOT).startsWith(e.value().toLowerCase(Locale.ROOT))) {
          return true;
        }
      } else if (value.equalsIgnoreCase(e.value())) {
        return true;
      }
    }
    return false;
  }

  private static Function<Series, Optional<String>> field(String criteria) {
    switch (criteria) {
      case "collection":
        return s -> Optional.of(s.collection());
      case "qcstatus":
        return s -> Optional.of(status(s));
      case "released":
        return s -> Optional.of(s.visible() ? "Yes" : "No");
      case "batchnumber":
        return s -> Optional.of("1");
      case "complete":
        return s -> Optional.of("Complete");
      case "patientID":
        return s -> Optional.of(s.patientId());
      case "studyUID":
        return s -> Optional.of(s.studyInstanceUid());
      case "seriesUID":
        return s -> Optional.of(s.seriesInstanceUid());
      case "seriesDesc":
        return Series::description;
      case "modality":
        return s -> Optional.of(s.modality());
      case "manufacturer":
        return Series::manufacturer;
      default:
        return s -> Optional.empty();
    }
  }

  private static Optional<LocalDate> dateField(String criteria, Series s, Study st) {
    switch (criteria) {
      case "submissiondate":
        return Optional.of(s.maxSubmissionTimestamp().toLocalDate());
      case "studyDate":
        return st.studyDate();
      default:
        return Optional.empty();
    }
  }

  private static LocalDate date(String text) {
    Matcher m = DATE.matcher(text.trim());
    if (!m.matches()) {
      throw ServerFailure.withMessage("Unparseable date: \"" + text + "\"");
    }
    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)));
  }

  private static String status(Series s) {
    return s.visible() ? "Visible" : "Not Yet Reviewed";
  }

  private static Map<String, Object> row(Series s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("patientId", s.patientId());
    r.put("study", s.studyInstanceUid());
    r.put("series", s.seriesInstanceUid());
    r.put("visibility", s.visible() ? "1" : "0");
    r.put("visibilityStatus", status(s));
    r.put("creationDate", Dates.legacy(s.maxSubmissionTimestamp()));
    r.put("modality", s.modality());
    r.put("seriesDescription", s.description().orElse(null));
    r.put("batch", 1);
    r.put("submissionType", "Complete");
    r.put("releasedStatus", s.visible() ? "Yes" : "No");
    r.put("seriesPkId", s.pk());
    r.put("collectionSite", s.collection() + "//" + s.site().orElse(""));
    return r;
  }
}
