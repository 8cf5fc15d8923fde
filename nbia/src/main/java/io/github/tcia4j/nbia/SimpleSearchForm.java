package io.github.tcia4j.nbia;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.internal.NbiaDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Encodes a {@link SimpleSearch} as the form of {@code getSimpleSearch} and its relatives
 * ({@code nbia-api.md} section 4.6): criteria numbered from 0 without gaps, one index per value,
 * the date range first as {@code DateRangeCriteria}, then paging, sorting and {@code tool}.
 */
final class SimpleSearchForm {
  /** The page size {@code tcia_utils} sends for manifests and UID lists. */
  static final int MANIFEST_SIZE = 1_000_000;
  /** The value of the {@code tool} field, for the server's usage statistics. */
  static final String TOOL = "tcia4j";

  private SimpleSearchForm() {}

  /**
   * Encodes a search.
   *
   * @param search the search
   * @param v4 {@code true} for the v4 endpoints (dates {@code MM-dd-yyyy}), {@code false} for
   *     the unversioned ones (dates {@code dd/MM/yyyy})
   * @param size the page size to send
   * @return the form fields in order
   */
  static Params encode(SimpleSearch search, boolean v4, int size) {
    Counter c = new Counter();
    Params p = Params.of();
    if (search.hasDateRange()) {
      DateTimeFormatter f = v4 ? NbiaDates.V4 : NbiaDates.DAY_FIRST;
      LocalDate from = search.effectiveFromDate().orElseThrow();
      LocalDate to = search.effectiveToDate().orElseThrow();
      int i = c.next();
      p = p.with("criteriaType" + i, "DateRangeCriteria")
          .with("fromDate" + i, f.format(from))
          .with("toDate" + i, f.format(to));
    }
    p = values(p, c, "CollectionCriteria", search.collections());
    p = values(p, c, "SpeciesCriteria", search.species().stream().map(Species::code).toList());
    p = values(p, c, "ImageModalityCriteria", search.modalities());
    p = values(p, c, "AnatomicalSiteCriteria", search.bodyParts());
    p = values(p, c, "ManufacturerCriteria", search.manufacturers());
    p = values(p, c, "PatientCriteria", search.patients());
    if (search.minStudies() > 0) {
      p = values(p, c, "MinNumberOfStudiesCriteria", List.of(Integer.toString(search.minStudies())));
    }
    if (search.modalitiesAll()) {
      p = values(p, c, "ModalityAndedSearchCriteria", List.of("all"));
    }
    return p.with("sortField", search.sortField().wireValue())
        .with("sortDirection", search.sortDirection().wireValue())
        .with("start", Integer.toString(search.start()))
        .with("size", Integer.toString(size))
        .with("tool", TOOL);
  }

  private static Params values(Params p, Counter c, String type, List<String> values) {
    Params result = p;
    for (String v : values) {
      int i = c.next();
      result = result.with("criteriaType" + i, type).with("value" + i, v);
    }
    return result;
  }

  /** Hands out criterion indexes 0, 1, 2, ... */
  private static final class Counter {
    private int next;

    int next() {
      return next++;
    }
  }
}
