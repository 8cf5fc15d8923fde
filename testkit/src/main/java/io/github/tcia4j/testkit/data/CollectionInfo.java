package io.github.tcia4j.testkit.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection (NBIA "project") and its description page.
 *
 * @param name the collection name as stored (mixed case; may contain spaces and {@code +})
 * @param restricted whether only users granted the collection see it
 * @param description the HTML description ({@code getCollectionDescriptions}), if any
 * @param descriptionId the description's database id
 * @param descriptionUri the description's DOI URL, if any
 * @param descriptionTimestamp when the description was last edited
 * @param descriptionUser the curator who edited it
 * @param license the collection's default licence
 */
public record CollectionInfo(String name, boolean restricted, Optional<String> description,
    int descriptionId, Optional<String> descriptionUri, Instant descriptionTimestamp,
    String descriptionUser, License license) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param restricted whether restricted
   * @param description the description
   * @param descriptionId the description id
   * @param descriptionUri the description URI
   * @param descriptionTimestamp the edit time
   * @param descriptionUser the editor
   * @param license the licence
   */
  public CollectionInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(descriptionUri, "descriptionUri");
    Objects.requireNonNull(descriptionTimestamp, "descriptionTimestamp");
    Objects.requireNonNull(descriptionUser, "descriptionUser");
    Objects.requireNonNull(license, "license");
  }
}
