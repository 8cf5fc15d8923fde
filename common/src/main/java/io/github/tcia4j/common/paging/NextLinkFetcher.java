package io.github.tcia4j.common.paging;

import java.util.Optional;

/**
 * Fetches one page of a result paged by next links or cursors, such as DataCite's JSON:API
 * {@code links.next}.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface NextLinkFetcher<T> {
  /**
   * Fetches one page.
   *
   * @param link empty for the first page; then the next link or cursor the previous page gave
   * @return the page's items and the next link, absent on the last page
   */
  LinkedBatch<T> fetch(Optional<String> link);
}
