package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a simple search ({@code getSimpleSearch}): the patients of the page, the total
 * number of matching patients, and facet counts over all matching patients (not just the page).
 * Keys the server adds later are kept in the {@code extra} maps of this record and of the nested
 * records.
 *
 * @param resultSet the patients of this page, in the requested order
 * @param totalPatients how many patients match in total (over all pages); 0 when the server sent
 *     none
 * @param bodyParts matching patients per body part
 * @param modalities matching patients per modality
 * @param collections matching patients per collection
 * @param species matching patients per species code
 * @param maxTimepoints the largest time point per event type, as the server sends it
 * @param minTimepoints the smallest time point per event type, as the server sends it
 * @param sort the order the server applied, e.g. {@code subject-ascending}; empty when absent
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record SimpleSearchResult(
    List<PatientHit> resultSet,
    Integer totalPatients,
    List<FacetCount> bodyParts,
    List<FacetCount> modalities,
    List<FacetCount> collections,
    List<FacetCount> species,
    Map<String, Object> maxTimepoints,
    Map<String, Object> minTimepoints,
    String sort,
    @JsonbTransient @ExtraFields Map<String, Object> extra) {

  /**
   * Normalises missing values (0, empty lists, maps and text) and makes collections, including the
   * extra fields, unmodifiable.
   *
   * @param resultSet see the record description
   * @param totalPatients see the record description
   * @param bodyParts see the record description
   * @param modalities see the record description
   * @param collections see the record description
   * @param species see the record description
   * @param maxTimepoints see the record description
   * @param minTimepoints see the record description
   * @param sort see the record description
   * @param extra unknown fields
   */
  public SimpleSearchResult {
    resultSet = resultSet == null ? List.of() : List.copyOf(resultSet);
    totalPatients = totalPatients == null ? 0 : totalPatients;
    bodyParts = bodyParts == null ? List.of() : List.copyOf(bodyParts);
    modalities = modalities == null ? List.of() : List.copyOf(modalities);
    collections = collections == null ? List.of() : List.copyOf(collections);
    species = species == null ? List.of() : List.copyOf(species);
    maxTimepoints = maxTimepoints == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(maxTimepoints));
    minTimepoints = minTimepoints == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(minTimepoints));
    sort = sort == null ? "" : sort;
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Returns an empty result (what a search without matches amounts to).
   *
   * @return a result with no patients and a total of 0
   */
  public static SimpleSearchResult empty() {
    return new SimpleSearchResult(List.of(), 0, List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), "", Map.of());
  }
}
