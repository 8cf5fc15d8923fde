package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.ServerFailure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The criteria and paging of the portal's simple search (reference section 4.6): contiguous
 * {@code criteriaType<i>} from 0 (type names ignore case; unknown types are ignored; repeated
 * types OR their values; different types AND), and the required {@code sortField},
 * {@code sortDirection}, {@code start}, {@code size} (any missing: 500 with {@code null}).
 */
final class SimpleSearch {
  private final List<Predicate<SeriesView>> seriesFilters = new ArrayList<>();
  private final List<String> andedModalities = new ArrayList<>();
  private boolean modalityAnded;
  private int minStudies;
  private int minStudyDates;
  final String sortField;
  final String sortDirection;
  final int start;
  final int size;

  private SimpleSearch(Params f, boolean v4) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Map<String, List<String[]>> ranges = new LinkedHashMap<>();
    for (int i = 0; f.first("criteriaType" + i).isPresent(); i++) {
      String type = f.first("criteriaType" + i).get().toLowerCase(Locale.ROOT);
      switch (type) {
        case "daterangecriteria":
          ranges.computeIfAbsent(type, k -> new ArrayList<>()).add(new String[] {
              f.first("fromDate" + i).orElse(""), f.first("toDate" + i).orElse("")});
          break;
        case "patientagerangecriteria":
        case "pixelspacingrangecriteria":
        case "slicethicknessrangecriteria":
          ranges.computeIfAbsent(type, k -> new ArrayList<>()).add(new String[] {
              f.first("from" + i).orElse(""), f.first("to" + i).orElse("")});
          break;
        case "timepointcriteria":
          ranges.computeIfAbsent(type, k -> new ArrayList<>()).add(new String[] {
              f.first("eventType" + i).orElse(""), f.first("fromDay" + i).orElse(""),
              f.first("toDay" + i).orElse("")});
          break;
        default:
          values.computeIfAbsent(type, k -> new ArrayList<>()).add(f.first("value" + i)
              .orElse(""));
      }
    }
    values.forEach((type, vals) -> addValueCriterion(type, vals, v4));
    ranges.forEach((type, list) -> addRangeCriterion(type, list, v4));
    this.sortField = f.first("sortField").orElseThrow(ServerFailure::nullPointer);
    this.sortDirection = f.first("sortDirection").orElseThrow(ServerFailure::nullPointer);
    this.start = integer(f.first("start").orElseThrow(ServerFailure::nullPointer));
    this.size = integer(f.first("size").orElseThrow(ServerFailure::nullPointer));
  }

  static SimpleSearch parse(Params form, boolean v4) {
    return new SimpleSearch(form, v4);
  }

  private static int integer(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw ServerFailure.withMessage("For input string: \"" + s + "\"");
    }
  }

  private static double decimal(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw ServerFailure.withMessage("For input string: \"" + s + "\"");
    }
  }

  private static boolean anyIgnoreCase(List<String> vals, Optional<String> v) {
    return v.map(x -> vals.stream().anyMatch(x::equalsIgnoreCase)).orElse(false);
  }

  private void addValueCriterion(String type, List<String> vals, boolean v4) {
    switch (type) {
      case "collectioncriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, Optional.of(v.series().collection())));
        break;
      case "speciescriteria":
        seriesFilters.add(v -> vals.contains(v.patient().species().code()));
        break;
      case "imagemodalitycriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, Optional.of(v.series().modality())));
        andedModalities.addAll(vals);
        break;
      case "bodypartexaminedcriteria":
        if (!v4) {
          return;
        }
        seriesFilters.add(v -> anyIgnoreCase(vals, v.series().bodyPartExamined()));
        break;
      case "anatomicalsitecriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, v.series().bodyPartExamined()));
        break;
      case "manufacturercriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, v.series().manufacturer()));
        break;
      case "modelcriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, v.series().manufacturerModelName()));
        break;
      case "softwareversioncriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, v.series().softwareVersions()));
        break;
      case "patientcriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, Optional.of(v.series().patientId())));
        break;
      case "studycriteria":
        seriesFilters.add(v -> vals.contains(v.series().studyInstanceUid()));
        break;
      case "seriescriteria":
        seriesFilters.add(v -> vals.contains(v.series().seriesInstanceUid()));
        break;
      case "patientsexcriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, v.patient().sex()));
        break;
      case "descriptioncriteria":
        seriesFilters.add(v -> v.series().description().map(d -> vals.stream().anyMatch(
            x -> d.toLowerCase(Locale.ROOT).contains(x.toLowerCase(Locale.ROOT))))
            .orElse(false));
        break;
      case "phantomcriteria":
        seriesFilters.add(v -> anyIgnoreCase(vals, Optional.of(v.patient().phantom())));
        break;
      case "thirdpartyanalysis":
        seriesFilters.add(v -> v.series().thirdPartyAnalysis()
            .map(x -> x.equalsIgnoreCase("yes")).orElse(false));
        break;
      case "excludecommercialcriteria":
        seriesFilters.add(v -> !v.series().license().map(License::name)
            .map(n -> n.contains("NonCommercial")).orElse(false));
        break;
      case "minnumberofstudiescriteria":
        minStudies = integer(vals.get(vals.size() - 1));
        break;
      case "minnumberofstudydatescriteria":
        minStudyDates = integer(vals.get(vals.size() - 1));
        break;
      case "modalityandedsearchcriteria":
        modalityAnded = vals.stream().anyMatch("all"::equalsIgnoreCase);
        break;
      default:
        break;
    }
  }

  private void addRangeCriterion(String type, List<String[]> list, boolean v4) {
    String[] r = list.get(list.size() - 1);
    switch (type) {
      case "daterangecriteria": {
        LocalDate from = v4 ? Dates.parseV4(r[0]) : Dates.parseDayFirst(r[0]);
        LocalDate to = v4 ? Dates.parseV4(r[1]) : Dates.parseDayFirst(r[1]);
        seriesFilters.add(v -> v.study().studyDate()
            .map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
        break;
      }
      case "patientagerangecriteria": {
        double from = decimal(r[0]);
        double to = decimal(r[1]);
        seriesFilters.add(v -> v.study().patientAge().map(SimpleSearch::years)
            .map(y -> y >= from && y <= to).orElse(false));
        break;
      }
      case "pixelspacingrangecriteria": {
        double from = decimal(r[0]);
        double to = decimal(r[1]);
        seriesFilters.add(v -> instances(v).stream()
            .anyMatch(i -> i.pixelSpacingRow() >= from && i.pixelSpacingRow() <= to));
        break;
      }
      case "slicethicknessrangecriteria": {
        double from = decimal(r[0]);
        double to = decimal(r[1]);
        seriesFilters.add(v -> instances(v).stream().anyMatch(i -> i.sliceThickness()
            .map(t -> t >= from && t <= to).orElse(false)));
        break;
      }
      case "timepointcriteria": {
        String event = r[0];
        int from = integer(r[1]);
        int to = integer(r[2]);
        seriesFilters.add(v -> v.study().longitudinalTemporalEventType()
            .map(e -> e.equalsIgnoreCase(event)).orElse(false)
            && v.study().longitudinalTemporalOffsetFromEvent()
            .map(o -> o >= from && o <= to).orElse(false));
        break;
      }
      default:
        break;
    }
  }

  private static List<Instance> instances(SeriesView v) {
    return v.dataset().instances(v.series().seriesInstanceUid());
  }

  /** {@code 045Y} → 45; months, weeks and days as fractions of a year. */
  static double years(String age) {
    if (age.length() < 2) {
      return -1;
    }
    try {
      double n = Double.parseDouble(age.substring(0, age.length() - 1));
      switch (Character.toUpperCase(age.charAt(age.length() - 1))) {
        case 'Y':
          return n;
        case 'M':
          return n / 12.0;
        case 'W':
          return n / 52.0;
        case 'D':
          return n / 365.0;
        default:
          return -1;
      }
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One patient of the result with its matching series. */
  record Hit(Patient patient, List<SeriesView> series) {
    int studies() {
      Set<String> s = new HashSet<>();
      series.forEach(v -> s.add(v.study().studyInstanceUid()));
      return s.size();
    }
  }

  /** Every matching patient, sorted; paging is the caller's. */
  List<Hit> run(Access access) {
    Dataset ds = access.dataset();
    Map<String, List<SeriesView>> byPatient = new LinkedHashMap<>();
    for (Series s : access.visibleSeries()) {
      SeriesView v = SeriesView.of(ds, s);
      if (seriesFilters.stream().allMatch(p -> p.test(v))) {
        byPatient.computeIfAbsent(s.collection() + '\u0000' + s.patientId(),
            k -> new ArrayList<>()).add(v);
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (List<SeriesView> list : byPatient.values()) {
      Hit h = new Hit(list.get(0).patient(), list);
      if (h.studies() < minStudies) {
        continue;
      }
      Set<LocalDate> dates = new HashSet<>();
      list.forEach(v -> v.study().studyDate().ifPresent(dates::add));
      if (dates.size() < minStudyDates) {
        continue;
      }
      if (modalityAnded && !andedModalities.stream().allMatch(m -> list.stream()
          .anyMatch(v -> v.series().modality().equalsIgnoreCase(m)))) {
        continue;
      }
      hits.add(h);
    }
    hits.sort(comparator());
    return hits;
  }

  /** The sort field as the server understood it (unknown values sort by collection). */
  String resolvedSortField() {
    switch (sortField) {
      case "subject":
      case "collection":
      case "study":
      case "series":
      case "totalNumberOfSeries":
      case "totalNumberOfStudies":
        return sortField;
      default:
        return "collection";
    }
  }

  private Comparator<Hit> comparator() {
    Comparator<Hit> subject = Comparator.comparing(h -> h.patient().patientId());
    Comparator<Hit> c;
    switch (resolvedSortField()) {
      case "subject":
        c = subject;
        break;
      case "study":
      case "totalNumberOfStudies":
        c = Comparator.comparingInt(Hit::studies);
        c = c.thenComparing(subject);
        break;
      case "series":
      case "totalNumberOfSeries":
        c = Comparator.<Hit>comparingInt(h -> h.series().size()).thenComparing(subject);
        break;
      default:
        c = Comparator.<Hit, String>comparing(h -> h.patient().collection())
            .thenComparing(subject);
    }
    return sortDirection.equalsIgnoreCase("descending") ? c.reversed() : c;
  }

  /** The page of hits, failing like {@code List.subList} when {@code start} is out of range. */
  List<Hit> page(List<Hit> all) {
    if (start < 0) {
      throw ServerFailure.withMessage("fromIndex = " + start);
    }
    int end = (int) Math.min((long) start + Math.max(size, 0), all.size());
    if (start > end) {
      throw ServerFailure.withMessage("fromIndex(" + start + ") > toIndex(" + end + ")");
    }
    return all.subList(start, end);
  }
}
