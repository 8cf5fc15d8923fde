package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.ValueQuery;
import io.github.tcia4j.nbia.model.BodyPartCount;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.CollectionCount;
import io.github.tcia4j.nbia.model.ManufacturerCount;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityCount;
import io.github.tcia4j.nbia.model.ModalityValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value lists ({@code get*Values}) and counts ({@code get*ValuesAndCounts}) behind
 * {@code NbiaClient.getBodyPart}, {@code getModality}, {@code getManufacturer} and the
 * {@code get*Counts} methods. Each checks that the query sets only filters its endpoint takes.
 */
public final class ValueLists {
  private static final List<String> COLLECTION_MODALITY = List.of("collection", "modality");
  private static final List<String> COLLECTION_BODY_PART = List.of("collection", "bodyPart");
  private static final List<String> COLLECTION_MODALITY_BODY_PART = List.of("collection", "modality", "bodyPart");

  private final NbiaHttp http;
  private final Generations generations;

  /**
   * Creates the queries.
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   */
  public ValueLists(NbiaHttp http, Generations generations) {
    this.http = Objects.requireNonNull(http, "http");
    this.generations = Objects.requireNonNull(generations, "generations");
  }

  /**
   * {@code getBodyPartValues?Collection&Modality}.
   *
   * @param query the filters
   * @return the body parts
   */
  public List<BodyPartValue> bodyParts(ValueQuery query) {
    return http.getRows(generations.search(), "getBodyPartValues",
        params(query, "getBodyPart", COLLECTION_MODALITY), BodyPartValue.class);
  }

  /**
   * {@code getModalityValues?Collection&BodyPartExamined}.
   *
   * @param query the filters
   * @return the modalities
   */
  public List<ModalityValue> modalities(ValueQuery query) {
    return http.getRows(generations.search(), "getModalityValues",
        params(query, "getModality", COLLECTION_BODY_PART), ModalityValue.class);
  }

  /**
   * {@code getManufacturerValues?Collection&Modality&BodyPartExamined}.
   *
   * @param query the filters
   * @return the manufacturers
   */
  public List<ManufacturerValue> manufacturers(ValueQuery query) {
    return http.getRows(generations.search(), "getManufacturerValues",
        params(query, "getManufacturer", COLLECTION_MODALITY_BODY_PART), ManufacturerValue.class);
  }

  /**
   * {@code getCollectionValuesAndCounts}, no parameters.
   *
   * @return the patient count per collection
   */
  public List<CollectionCount> collectionCounts() {
    String endpoint = "getCollectionValuesAndCounts";
    return http.getRows(generations.advanced("getCollectionPatientCounts", endpoint), endpoint, Params.of(),
        CollectionCount.class);
  }

  /**
   * {@code getModalityValuesAndCounts?Collection&BodyPartExamined}.
   *
   * @param query the filters
   * @return the count per modality
   */
  public List<ModalityCount> modalityCounts(ValueQuery query) {
    String endpoint = "getModalityValuesAndCounts";
    Params params = params(query, "getModalityCounts", COLLECTION_BODY_PART);
    return http.getRows(generations.advanced("getModalityCounts", endpoint), endpoint, params, ModalityCount.class);
  }

  /**
   * {@code getBodyPartValuesAndCounts?Collection&Modality}.
   *
   * @param query the filters
   * @return the count per body part
   */
  public List<BodyPartCount> bodyPartCounts(ValueQuery query) {
    String endpoint = "getBodyPartValuesAndCounts";
    Params params = params(query, "getBodyPartCounts", COLLECTION_MODALITY);
    return http.getRows(generations.advanced("getBodyPartCounts", endpoint), endpoint, params, BodyPartCount.class);
  }

  /**
   * {@code getManufacturerValuesAndCounts?Collection&Modality&BodyPartExamined}.
   *
   * @param query the filters
   * @return the count per manufacturer
   */
  public List<ManufacturerCount> manufacturerCounts(ValueQuery query) {
    String endpoint = "getManufacturerValuesAndCounts";
    Params params = params(query, "getManufacturerCounts", COLLECTION_MODALITY_BODY_PART);
    return http.getRows(generations.advanced("getManufacturerCounts", endpoint), endpoint, params,
        ManufacturerCount.class);
  }

  /**
   * Checks that a query sets only accepted filters and turns it into NBIA parameters, in the
   * order {@code Collection, Modality, BodyPartExamined}.
   *
   * @param query the query
   * @param method the client method, for the message
   * @param accepted the Java names of the filters the endpoint takes
   * @return the parameters
   * @throws IllegalArgumentException naming the method, the refused filters and the accepted ones
   */
  static Params params(ValueQuery query, String method, List<String> accepted) {
    Objects.requireNonNull(query, "query");
    List<String> refused = new ArrayList<>(query.setFilters());
    refused.removeAll(accepted);
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException(method + " does not filter by " + String.join(" or ", refused)
          + "; it accepts only " + String.join(", ", accepted) + " (the NBIA endpoint answers any other parameter"
          + " with HTTP 400). Remove " + String.join(", ", refused) + " from the " + query + ".");
    }
    Params params = Params.of();
    params = params.withOptional("Collection", query.collection().orElse(null));
    params = params.withOptional("Modality", query.modality().orElse(null));
    params = params.withOptional("BodyPartExamined", query.bodyPart().orElse(null));
    return params;
  }
}
