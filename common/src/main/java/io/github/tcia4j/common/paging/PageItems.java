package io.github.tcia4j.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks and copies the item list a fetcher returned. */
final class PageItems {
  private PageItems() {}

  /**
   * Copies a fetched item list.
   *
   * @param <T> the item type
   * @param items the items
   * @return an unmodifiable copy
   * @throws NullPointerException if the list or an element is {@code null}, naming which
   */
  static <T> List<T> copy(List<T> items) {
    if (items == null) {
      throw new NullPointerException("A page's items must not be null; return an empty list when"
          + " a page has no items");
    }
    List<T> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new NullPointerException("Item " + i + " of a page is null; pages must not hold null"
            + " items");
      }
    }
    return Collections.unmodifiableList(copy);
  }
}
