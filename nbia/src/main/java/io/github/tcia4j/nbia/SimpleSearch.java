package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.NbiaDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An NBIA simple search: the faceted patient search of the TCIA portal ({@code tcia_utils}
 * {@code getSimpleSearch}). Immutable; build one with {@link #builder()} and change it with
 * {@link #toBuilder()} or the {@code with} methods.
 *
 * <pre>{@code
 * SimpleSearch search = SimpleSearch.builder()
 *     .collections("TCGA-LUAD", "TCGA-LUSC")
 *     .modalities("CT", "PT").modalitiesAll(true)      // patients having both CT and PT
 *     .fromDate(LocalDate.of(2000, 1, 1))                 // to today
 *     .sort(SortField.TOTAL_NUMBER_OF_SERIES, SortDirection.DESCENDING)
 *     .size(50)
 *     .build();
 * }</pre>
 *
 * <p>Several values of one criterion are alternatives (OR); different criteria must all hold
 * (AND). Modalities are the exception when {@link Builder#modalitiesAll(boolean)} is set: then a
 * patient must have every listed modality.
 *
 * <p><b>{@code start} and {@code size} count patients, not series</b>: the search answers one page
 * of patients ({@code tcia_utils} documents them as series counts, which is wrong). The defaults
 * are those of {@code tcia_utils}: start 0, size 10, sorted by subject ascending.
 *
 * <p>Dates: with only a "to" date, the range starts on 1900-01-01; with only a "from" date, it ends
 * today, read from the search's {@link Clock} (the system clock unless
 * {@link Builder#clock(Clock)} sets another) when the request is sent.
 */
public final class SimpleSearch {
  /** The first day used when only a "to" date is given, as in {@code tcia_utils}. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** The default page size, in patients. */
  public static final int DEFAULT_SIZE = 10;

  private final List<String> collections;
  private final List<Species> species;
  private final List<String> modalities;
  private final boolean modalitiesAll;
  private final List<String> bodyParts;
  private final List<String> manufacturers;
  private final LocalDate fromDate;
  private final LocalDate toDate;
  private final List<String> patients;
  private final int minStudies;
  private final SortField sortField;
  private final SortDirection sortDirection;
  private final int start;
  private final int size;
  private final Clock clock;

  private SimpleSearch(Builder b) {
    this.collections = List.copyOf(b.collections);
    this.species = List.copyOf(b.species);
    this.modalities = List.copyOf(b.modalities);
    this.modalitiesAll = b.modalitiesAll;
    this.bodyParts = List.copyOf(b.bodyParts);
    this.manufacturers = List.copyOf(b.manufacturers);
    this.fromDate = b.fromDate;
    this.toDate = b.toDate;
    this.patients = List.copyOf(b.patients);
    this.minStudies = b.minStudies;
    this.sortField = b.sortField;
    this.sortDirection = b.sortDirection;
    this.start = b.start;
    this.size = b.size;
    this.clock = b.clock;
  }

  /**
   * Starts a search without criteria (every patient), page 0 of 10 patients, sorted by subject.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a search without criteria: every patient the caller may see, first 10 patients.
   *
   * @return the search
   */
  public static SimpleSearch all() {
    return builder().build();
  }

  /**
   * Returns a builder holding this search's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.collections.addAll(collections);
    b.species.addAll(species);
    b.modalities.addAll(modalities);
    b.modalitiesAll = modalitiesAll;
    b.bodyParts.addAll(bodyParts);
    b.manufacturers.addAll(manufacturers);
    b.fromDate = fromDate;
    b.toDate = toDate;
    b.patients.addAll(patients);
    b.minStudies = minStudies;
    b.sortField = sortField;
    b.sortDirection = sortDirection;
    b.start = start;
    b.size = size;
    b.clock = clock;
    return b;
  }

  /**
   * Returns a copy starting at another patient offset.
   *
   * @param value the 0-based offset in patients, at least 0
   * @return the changed copy
   * @throws IllegalArgumentException when negative
   */
  public SimpleSearch withStart(int value) {
    return toBuilder().start(value).build();
  }

  /**
   * Returns a copy with another page size.
   *
   * @param value the page size in patients, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException when less than 1
   */
  public SimpleSearch withSize(int value) {
    return toBuilder().size(value).build();
  }

  /**
   * Returns a copy with another sort order.
   *
   * @param field the field
   * @param direction the direction
   * @return the changed copy
   */
  public SimpleSearch withSort(SortField field, SortDirection direction) {
    return toBuilder().sort(field, direction).build();
  }

  /**
   * Returns the collections (any of them).
   *
   * @return the collection names, possibly empty
   */
  public List<String> collections() {
    return collections;
  }

  /**
   * Returns the species (any of them).
   *
   * @return the species, possibly empty
   */
  public List<Species> species() {
    return species;
  }

  /**
   * Returns the modalities.
   *
   * @return the modalities, possibly empty
   */
  public List<String> modalities() {
    return modalities;
  }

  /**
   * Tells whether a patient must have every listed modality ({@code ModalityAndedSearchCriteria}
   * {@code all}) rather than any of them.
   *
   * @return {@code true} for "all modalities"
   */
  public boolean modalitiesAll() {
    return modalitiesAll;
  }

  /**
   * Returns the body parts (any of them).
   *
   * @return the body parts, possibly empty
   */
  public List<String> bodyParts() {
    return bodyParts;
  }

  /**
   * Returns the manufacturers (any of them).
   *
   * @return the manufacturers, possibly empty
   */
  public List<String> manufacturers() {
    return manufacturers;
  }

  /**
   * Returns the first day of the study-date range, as given.
   *
   * @return the date, or empty when not set
   */
  public Optional<LocalDate> fromDate() {
    return Optional.ofNullable(fromDate);
  }

  /**
   * Returns the last day of the study-date range, as given.
   *
   * @return the date, or empty when not set
   */
  public Optional<LocalDate> toDate() {
    return Optional.ofNullable(toDate);
  }

  /**
   * Tells whether the search has a date range.
   *
   * @return {@code true} when a from or a to date is set
   */
  public boolean hasDateRange() {
    return fromDate != null || toDate != null;
  }

  /**
   * Returns the first day the request sends: the from date, or 1900-01-01 when only a to date is
   * set.
   *
   * @return the date, or empty when the search has no date range
   */
  public Optional<LocalDate> effectiveFromDate() {
    if (!hasDateRange()) {
      return Optional.empty();
    }
    return Optional.of(fromDate == null ? EARLIEST_DATE : fromDate);
  }

  /**
   * Returns the last day the request sends: the to date, or today (from the search's clock) when
   * only a from date is set.
   *
   * @return the date, or empty when the search has no date range
   */
  public Optional<LocalDate> effectiveToDate() {
    if (!hasDateRange()) {
      return Optional.empty();
    }
    return Optional.of(toDate == null ? LocalDate.now(clock) : toDate);
  }

  /**
   * Returns the patient ids (any of them).
   *
   * @return the patient ids, possibly empty
   */
  public List<String> patients() {
    return patients;
  }

  /**
   * Returns the minimum number of studies a patient must have.
   *
   * @return 0 when not set
   */
  public int minStudies() {
    return minStudies;
  }

  /**
   * Returns the sort field.
   *
   * @return the field
   */
  public SortField sortField() {
    return sortField;
  }

  /**
   * Returns the sort direction.
   *
   * @return the direction
   */
  public SortDirection sortDirection() {
    return sortDirection;
  }

  /**
   * Returns the offset of the first patient of the page (0-based, counted in patients).
   *
   * @return the offset
   */
  public int start() {
    return start;
  }

  /**
   * Returns the page size, counted in patients.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the clock that says what "today" is for an open-ended date range.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimpleSearch s && collections.equals(s.collections) && species.equals(s.species)
        && modalities.equals(s.modalities) && modalitiesAll == s.modalitiesAll && bodyParts.equals(s.bodyParts)
        && manufacturers.equals(s.manufacturers) && Objects.equals(fromDate, s.fromDate)
        && Objects.equals(toDate, s.toDate) && patients.equals(s.patients) && minStudies == s.minStudies
        && sortField == s.sortField && sortDirection == s.sortDirection && start == s.start && size == s.size
        && clock.equals(s.clock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(collections, species, modalities, modalitiesAll, bodyParts, manufacturers, fromDate, toDate,
        patients, minStudies, sortField, sortDirection, start, size);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SimpleSearch[");
    part(sb, "collections", collections);
    part(sb, "species", species);
    part(sb, "modalities", modalities);
    if (modalitiesAll) {
      sb.append("modalitiesAll, ");
    }
    part(sb, "bodyParts", bodyParts);
    part(sb, "manufacturers", manufacturers);
    if (fromDate != null) {
      sb.append("from=").append(fromDate).append(", ");
    }
    if (toDate != null) {
      sb.append("to=").append(toDate).append(", ");
    }
    part(sb, "patients", patients);
    if (minStudies > 0) {
      sb.append("minStudies=").append(minStudies).append(", ");
    }
    return sb.append("sort=").append(sortField.wireValue()).append('-').append(sortDirection.wireValue())
        .append(", start=").append(start).append(", size=").append(size).append(']').toString();
  }

  private static void part(StringBuilder sb, String name, List<?> values) {
    if (!values.isEmpty()) {
      sb.append(name).append('=').append(values).append(", ");
    }
  }

  /** Builds a {@link SimpleSearch}. Every method checks its input and names what was wrong. */
  public static final class Builder {
    private final List<String> collections = new ArrayList<>();
    private final List<Species> species = new ArrayList<>();
    private final List<String> modalities = new ArrayList<>();
    private boolean modalitiesAll;
    private final List<String> bodyParts = new ArrayList<>();
    private final List<String> manufacturers = new ArrayList<>();
    private LocalDate fromDate;
    private LocalDate toDate;
    private final List<String> patients = new ArrayList<>();
    private int minStudies;
    private SortField sortField = SortField.SUBJECT;
    private SortDirection sortDirection = SortDirection.ASCENDING;
    private int start;
    private int size = DEFAULT_SIZE;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Adds collections ({@code CollectionCriteria}); a patient in any of them matches.
     *
     * @param values collection names, e.g. {@code TCGA-LUAD}
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder collections(String... values) {
      return collections(array(values, "collections"));
    }

    /**
     * Adds collections ({@code CollectionCriteria}).
     *
     * @param values collection names
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder collections(Collection<String> values) {
      addAll(collections, values, "collections");
      return this;
    }

    /**
     * Adds species ({@code SpeciesCriteria}, sent as their codes).
     *
     * @param values the species
     * @return this builder
     */
    public Builder species(Species... values) {
      Objects.requireNonNull(values, "species");
      for (int i = 0; i < values.length; i++) {
        species.add(Objects.requireNonNull(values[i], () -> "species value is null; use Species.HUMAN, MOUSE or DOG"));
      }
      return this;
    }

    /**
     * Adds species by name ({@code human}, {@code Mouse}, {@code DOG}, any case) or code.
     *
     * @param values the names
     * @return this builder
     * @throws IllegalArgumentException when a name is unknown; the message lists the valid ones
     */
    public Builder species(String... values) {
      for (String v : array(values, "species")) {
        species.add(Species.parse(requireText(v, "species")));
      }
      return this;
    }

    /**
     * Adds modalities ({@code ImageModalityCriteria}), e.g. {@code CT}, {@code MR}.
     *
     * @param values the modalities
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder modalities(String... values) {
      return modalities(array(values, "modalities"));
    }

    /**
     * Adds modalities ({@code ImageModalityCriteria}).
     *
     * @param values the modalities
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder modalities(Collection<String> values) {
      addAll(modalities, values, "modalities");
      return this;
    }

    /**
     * Requires every listed modality instead of any ({@code ModalityAndedSearchCriteria=all}).
     *
     * @param value {@code true} for "patients with all these modalities"
     * @return this builder
     */
    public Builder modalitiesAll(boolean value) {
      this.modalitiesAll = value;
      return this;
    }

    /**
     * Adds body parts ({@code AnatomicalSiteCriteria}), e.g. {@code CHEST}.
     *
     * @param values the body parts
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder bodyParts(String... values) {
      return bodyParts(array(values, "bodyParts"));
    }

    /**
     * Adds body parts ({@code AnatomicalSiteCriteria}).
     *
     * @param values the body parts
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder bodyParts(Collection<String> values) {
      addAll(bodyParts, values, "bodyParts");
      return this;
    }

    /**
     * Adds manufacturers ({@code ManufacturerCriteria}), e.g. {@code SIEMENS}.
     *
     * @param values the manufacturers
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder manufacturers(String... values) {
      return manufacturers(array(values, "manufacturers"));
    }

    /**
     * Adds manufacturers ({@code ManufacturerCriteria}).
     *
     * @param values the manufacturers
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder manufacturers(Collection<String> values) {
      addAll(manufacturers, values, "manufacturers");
      return this;
    }

    /**
     * Adds patient ids ({@code PatientCriteria}).
     *
     * @param values the patient ids
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder patients(String... values) {
      return patients(array(values, "patients"));
    }

    /**
     * Adds patient ids ({@code PatientCriteria}).
     *
     * @param values the patient ids
     * @return this builder
     * @throws IllegalArgumentException when a value is blank
     */
    public Builder patients(Collection<String> values) {
      addAll(patients, values, "patients");
      return this;
    }

    /**
     * Sets the first day of the study-date range ({@code DateRangeCriteria}); without a to date
     * the range ends today.
     *
     * @param value the first day (years 1 to 9999), or {@code null} to clear it
     * @return this builder
     * @throws IllegalArgumentException when the year is outside 1 to 9999
     */
    public Builder fromDate(LocalDate value) {
      this.fromDate = value == null ? null : NbiaDates.requireSendable(value, "fromDate");
      return this;
    }

    /**
     * Sets the first day from text as {@code tcia_utils} takes it ({@code 2020/01/31}) or ISO
     * ({@code 2020-01-31}).
     *
     * @param value the date text
     * @return this builder
     * @throws IllegalArgumentException when the text is not such a date, or its year is 0
     */
    public Builder fromDate(String value) {
      return fromDate(NbiaDates.parseUserDate(value, "fromDate"));
    }

    /**
     * Sets the last day of the study-date range; without a from date the range starts on
     * 1900-01-01.
     *
     * @param value the last day (years 1 to 9999), or {@code null} to clear it
     * @return this builder
     * @throws IllegalArgumentException when the year is outside 1 to 9999
     */
    public Builder toDate(LocalDate value) {
      this.toDate = value == null ? null : NbiaDates.requireSendable(value, "toDate");
      return this;
    }

    /**
     * Sets the last day from text ({@code 2020/01/31} or {@code 2020-01-31}).
     *
     * @param value the date text
     * @return this builder
     * @throws IllegalArgumentException when the text is not such a date, or its year is 0
     */
    public Builder toDate(String value) {
      return toDate(NbiaDates.parseUserDate(value, "toDate"));
    }

    /**
     * Sets both ends of the study-date range (inclusive).
     *
     * @param from the first day
     * @param to the last day
     * @return this builder
     * @throws IllegalArgumentException when a year is outside 1 to 9999
     */
    public Builder dateRange(LocalDate from, LocalDate to) {
      return fromDate(Objects.requireNonNull(from, "from")).toDate(Objects.requireNonNull(to, "to"));
    }

    /**
     * Sets the minimum number of studies per patient ({@code MinNumberOfStudiesCriteria}); 0
     * means no minimum.
     *
     * @param value the minimum, at least 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder minStudies(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("minStudies must be 0 (no minimum) or more, was " + value);
      }
      this.minStudies = value;
      return this;
    }

    /**
     * Sets the sort order of the patients.
     *
     * @param field the field
     * @param direction the direction
     * @return this builder
     */
    public Builder sort(SortField field, SortDirection direction) {
      this.sortField = Objects.requireNonNull(field, "sortField");
      this.sortDirection = Objects.requireNonNull(direction, "sortDirection");
      return this;
    }

    /**
     * Sets the sort field, keeping the direction.
     *
     * @param field the field
     * @return this builder
     */
    public Builder sortField(SortField field) {
      this.sortField = Objects.requireNonNull(field, "sortField");
      return this;
    }

    /**
     * Sets the sort direction, keeping the field.
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder sortDirection(SortDirection direction) {
      this.sortDirection = Objects.requireNonNull(direction, "sortDirection");
      return this;
    }

    /**
     * Sets the offset of the first patient of the page (0-based; counts patients, not series).
     *
     * @param value the offset, at least 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder start(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("start must be 0 or more (a 0-based patient offset), was " + value);
      }
      this.start = value;
      return this;
    }

    /**
     * Sets the page size (counts patients, not series).
     *
     * @param value the size, at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder size(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("size must be at least 1 (patients per page), was " + value);
      }
      this.size = value;
      return this;
    }

    /**
     * Sets the clock that says what "today" is for a range with only a from date (tests).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the search.
     *
     * @return the search
     * @throws IllegalArgumentException when the from date lies after the to date (or, with only a
     *     from date, after today)
     */
    public SimpleSearch build() {
      LocalDate to = toDate != null ? toDate : fromDate != null ? LocalDate.now(clock) : null;
      if (fromDate != null && to != null && fromDate.isAfter(to)) {
        throw new IllegalArgumentException("fromDate " + fromDate + " is after "
            + (toDate != null ? "toDate " + toDate : "today (" + to + "), the end of an open range")
            + "; swap them or correct the dates");
      }
      return new SimpleSearch(this);
    }

    private static List<String> array(String[] values, String name) {
      Objects.requireNonNull(values, name);
      return Arrays.asList(values);
    }

    private static void addAll(List<String> target, Collection<String> values, String name) {
      Objects.requireNonNull(values, name);
      int i = 0;
      for (String v : values) {
        target.add(requireText(v, name + "[" + i + "]"));
        i++;
      }
    }

    private static String requireText(String value, String name) {
      if (value == null) {
        throw new NullPointerException(name + " is null; give a non-blank value");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank; give a non-blank value or leave the criterion out");
      }
      return value.trim();
    }
  }
}
