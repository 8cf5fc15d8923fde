package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Filters for the value lists and counts of {@link NbiaClient}: {@code getBodyPart},
 * {@code getModality}, {@code getManufacturer} and their {@code ...Counts} variants. Immutable;
 * every {@code with...} method returns a new query. Given to a {@code with...} method, a
 * {@code null}, empty or blank value means "not set"; other values are trimmed.
 *
 * <p>The static factories that name one filter ({@code ValueQuery.collection(name)}, ...) refuse an
 * empty or blank value with an {@link IllegalArgumentException}: such a value (an empty line of a
 * file, an unfilled field) would otherwise silently widen the query to the whole server. {@code
 * null} still means "not set" there, so optional values can be chained; start from {@link #all()}
 * to ask for everything.
 *
 * <pre>{@code
 * nbia.getModality(ValueQuery.collection("4D-Lung"));
 * nbia.getManufacturerCounts(ValueQuery.collection("4D-Lung").withModality("CT"));
 * }</pre>
 *
 * <p>Each endpoint takes only some of these filters, and NBIA v4 answers any other parameter with
 * HTTP 400; so each method rejects, before sending anything, a query that sets a filter its
 * endpoint does not take ({@link IllegalArgumentException} naming the method and the filters it
 * accepts):
 *
 * <table>
 *   <caption>Filters per method</caption>
 *   <tr><th>Method</th><th>Accepted filters</th></tr>
 *   <tr><td>{@code getBodyPart}, {@code getBodyPartCounts}</td><td>collection, modality</td></tr>
 *   <tr><td>{@code getModality}, {@code getModalityCounts}</td><td>collection, bodyPart</td></tr>
 *   <tr><td>{@code getManufacturer}, {@code getManufacturerCounts}</td><td>collection, modality, bodyPart</td></tr>
 * </table>
 *
 * <p>No value or count endpoint filters by manufacturer today; the {@code manufacturer} filter
 * exists so that a query carried over from a series search is refused with a clear message
 * instead of being sent and rejected by the server.
 *
 * @param collection the collection name (v4 compares it case-insensitively), or empty
 * @param modality the modality, e.g. {@code CT}, or empty
 * @param bodyPart the body part examined, e.g. {@code CHEST}, or empty
 * @param manufacturer the equipment manufacturer, or empty
 */
public record ValueQuery(
    Optional<String> collection,
    Optional<String> modality,
    Optional<String> bodyPart,
    Optional<String> manufacturer) {

  private static final ValueQuery ALL = new ValueQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Normalises the filters: {@code null} becomes empty, blank values become empty, other values
   * are trimmed.
   *
   * @param collection see the record description
   * @param modality see the record description
   * @param bodyPart see the record description
   * @param manufacturer see the record description
   */
  public ValueQuery {
    collection = Args.optional(collection);
    modality = Args.optional(modality);
    bodyPart = Args.optional(bodyPart);
    manufacturer = Args.optional(manufacturer);
  }

  /**
   * Returns the query without any filter: values and counts over the whole server.
   *
   * @return the empty query
   */
  public static ValueQuery all() {
    return ALL;
  }

  /**
   * Starts a query for one collection.
   *
   * @param collection the collection name; {@code null} means "not set"
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static ValueQuery collection(String collection) {
    return ALL.withCollection(Args.factoryValue(collection, "ValueQuery.collection", "a collection name",
        "ValueQuery.all()"));
  }

  /**
   * Starts a query for one modality.
   *
   * @param modality the modality, e.g. {@code CT}; {@code null} means "not set"
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static ValueQuery modality(String modality) {
    return ALL.withModality(Args.factoryValue(modality, "ValueQuery.modality", "a modality such as CT",
        "ValueQuery.all()"));
  }

  /**
   * Starts a query for one body part.
   *
   * @param bodyPart the body part examined, e.g. {@code CHEST}; {@code null} means "not set"
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static ValueQuery bodyPart(String bodyPart) {
    return ALL.withBodyPart(Args.factoryValue(bodyPart, "ValueQuery.bodyPart", "a body part such as CHEST",
        "ValueQuery.all()"));
  }

  /**
   * Starts a query for one manufacturer (accepted by no value or count endpoint today; see the
   * class description).
   *
   * @param manufacturer the manufacturer; {@code null} means "not set"
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static ValueQuery manufacturer(String manufacturer) {
    return ALL.withManufacturer(Args.factoryValue(manufacturer, "ValueQuery.manufacturer", "a manufacturer",
        "ValueQuery.all()"));
  }

  /**
   * Returns this query with another collection filter.
   *
   * @param value the collection name; blank removes the filter
   * @return a new query
   */
  public ValueQuery withCollection(String value) {
    return new ValueQuery(Optional.ofNullable(value), modality, bodyPart, manufacturer);
  }

  /**
   * Returns this query with another modality filter.
   *
   * @param value the modality; blank removes the filter
   * @return a new query
   */
  public ValueQuery withModality(String value) {
    return new ValueQuery(collection, Optional.ofNullable(value), bodyPart, manufacturer);
  }

  /**
   * Returns this query with another body part filter.
   *
   * @param value the body part examined; blank removes the filter
   * @return a new query
   */
  public ValueQuery withBodyPart(String value) {
    return new ValueQuery(collection, modality, Optional.ofNullable(value), manufacturer);
  }

  /**
   * Returns this query with another manufacturer filter.
   *
   * @param value the manufacturer; blank removes the filter
   * @return a new query
   */
  public ValueQuery withManufacturer(String value) {
    return new ValueQuery(collection, modality, bodyPart, Optional.ofNullable(value));
  }

  /**
   * Tells whether no filter is set.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isEmpty() {
    return collection.isEmpty() && modality.isEmpty() && bodyPart.isEmpty() && manufacturer.isEmpty();
  }

  /**
   * Lists the filters that are set, by their Java names ({@code collection}, {@code modality},
   * {@code bodyPart}, {@code manufacturer}), in that order.
   *
   * @return the names of the set filters
   */
  public List<String> setFilters() {
    List<String> names = new ArrayList<>();
    collection.ifPresent(v -> names.add("collection"));
    modality.ifPresent(v -> names.add("modality"));
    bodyPart.ifPresent(v -> names.add("bodyPart"));
    manufacturer.ifPresent(v -> names.add("manufacturer"));
    return List.copyOf(names);
  }

  /** Shows the filters that are set, e.g. {@code ValueQuery[collection=4D-Lung, modality=CT]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    collection.ifPresent(v -> parts.add("collection=" + v));
    modality.ifPresent(v -> parts.add("modality=" + v));
    bodyPart.ifPresent(v -> parts.add("bodyPart=" + v));
    manufacturer.ifPresent(v -> parts.add("manufacturer=" + v));
    return "ValueQuery" + parts;
  }
}
