package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.model.FacetCount;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.SeriesModality;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import io.github.tcia4j.nbia.model.StudyHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decodes the answer of the simple search ({@code getSimpleSearch}, nbia-api.md section 4.6): one
 * JSON object whose lists hold patients, which hold studies, which hold series. The object is read
 * into ordered generic maps and each level is mapped to its record by wire name, innermost first,
 * so that every level keeps the keys it does not know in its {@code extra} map.
 */
public final class SimpleSearchResults {
  private static final List<String> FACETS = List.of("bodyParts", "modalities", "collections", "species");
  private static final int SNIPPET = 120;

  private SimpleSearchResults() {}

  /**
   * Decodes one answer.
   *
   * @param body the body text; blank or {@code []} (what the server sends for no match) is an
   *     empty result
   * @param endpoint the endpoint name, for messages
   * @return the result, never {@code null}
   * @throws TciaDecodeException when the body is not a JSON object of the expected shape, naming
   *     the endpoint and what was wrong
   */
  public static SimpleSearchResult parse(String body, String endpoint) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.equals("[]")) {
      return SimpleSearchResult.empty();
    }
    String failure = "NBIA " + endpoint + " answered with a body that is not a search result";
    if (text.charAt(0) != '{') {
      throw new TciaDecodeException(failure + " (a JSON object); the body starts with: \"" + snippet(text) + "\"", null);
    }
    try {
      return result(JsonCodec.standard().readRows("[" + text + "]").get(0));
    } catch (TciaDecodeException e) {
      throw new TciaDecodeException(failure + ": " + e.getMessage(), e);
    }
  }

  private static SimpleSearchResult result(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    nested(copy, "resultSet", SimpleSearchResults::patient);
    for (String facet : FACETS) {
      nested(copy, facet, m -> NbiaConverters.mapper(FacetCount.class).fromRow(m));
    }
    return NbiaConverters.mapper(SimpleSearchResult.class).fromRow(copy);
  }

  private static PatientHit patient(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    nested(copy, "studyIdentifiers", SimpleSearchResults::study);
    return NbiaConverters.mapper(PatientHit.class).fromRow(copy);
  }

  private static StudyHit study(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    nested(copy, "seriesAndModality", m -> NbiaConverters.mapper(SeriesModality.class).fromRow(m));
    return NbiaConverters.mapper(StudyHit.class).fromRow(copy);
  }

  /**
   * Replaces the list under {@code key} by the records its objects map to. A missing key or
   * {@code null} is left alone (the record reads it as an empty list); a value that is not a list
   * is left for the record mapper, which reports it with the key's name.
   */
  private static void nested(Map<String, Object> row, String key, Function<Map<String, Object>, ?> mapping) {
    if (!(row.get(key) instanceof List<?> items)) {
      return;
    }
    List<Object> records = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item == null) {
        continue;
      }
      if (!(item instanceof Map<?, ?> map)) {
        throw new TciaDecodeException("'" + key + "' should list JSON objects but holds the value '"
            + snippet(String.valueOf(item)) + "'", null);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) map;
      records.add(mapping.apply(object));
    }
    row.put(key, records);
  }

  private static String snippet(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > SNIPPET ? line.substring(0, SNIPPET) + "..." : line;
  }
}
