package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * The description of one collection, as {@code getCollectionDescriptions()} returns it (NBIA
 * {@code getCollectionDescriptions}). {@code description} is HTML unless the caller asked for plain
 * text.
 *
 * @param description the description (HTML, or plain ASCII text when stripped)
 * @param id the server's internal id
 * @param collectionName the collection
 * @param descriptionUri the URL of the collection's page or DOI
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record CollectionDescription(
    @JsonbProperty("description") String description,
    @JsonbProperty("id") Long id,
    @JsonbProperty("collectionName") String collectionName,
    @JsonbProperty("descriptionURI") String descriptionUri,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param description see the record description
   * @param id see the record description
   * @param collectionName see the record description
   * @param descriptionUri see the record description
   * @param extra unknown fields
   */
  public CollectionDescription {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
