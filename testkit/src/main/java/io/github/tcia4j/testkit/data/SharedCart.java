package io.github.tcia4j.testkit.data;

import java.util.List;
import java.util.Objects;

/**
 * A shared cart (saved series list) answered by {@code getContentsByName}.
 *
 * @param name the cart name, e.g. {@code nbia-1234567890123456}
 * @param description the description given when it was created
 * @param url the description URL given when it was created
 * @param owner the user who created it
 * @param seriesInstanceUids the series in the cart, in order
 */
public record SharedCart(String name, String description, String url, String owner,
    List<String> seriesInstanceUids) {

  /**
   * Checks and copies the components.
   *
   * @param name the name
   * @param description the description
   * @param url the URL
   * @param owner the owner
   * @param seriesInstanceUids the series
   */
  public SharedCart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(owner, "owner");
    seriesInstanceUids = List.copyOf(seriesInstanceUids);
  }
}
