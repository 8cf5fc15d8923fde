package io.github.tcia4j.common.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of a paged result, as {@link Paged#pages()} yields it.
 *
 * @param <T> the item type
 * @param index the position of the page in this iteration, starting at 0 (not the server's page
 *     number or offset)
 * @param items the page's items, in server order; never empty, unmodifiable
 */
public record Page<T>(int index, List<T> items) {

  /**
   * Validates the page.
   *
   * @param index the position, not negative
   * @param items the items
   */
  public Page {
    if (index < 0) {
      throw new IllegalArgumentException("A page index must not be negative, was " + index);
    }
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
