package io.github.tcia4j.common.paging;

import java.util.List;

/**
 * Fetches one page of a result paged by page number, such as PathDB's
 * {@code /listofimages/{id}?page=N} (0-based; a page past the end is an empty array).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageNumberFetcher<T> {
  /**
   * Fetches one page.
   *
   * @param page the page number
   * @return the page's items; an empty list ends the result
   */
  List<T> fetch(int page);
}
