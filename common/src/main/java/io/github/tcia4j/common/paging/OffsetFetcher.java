package io.github.tcia4j.common.paging;

/**
 * Fetches one page of an offset-and-size paged result, such as NBIA's simple search
 * ({@code start} and {@code size}, counted in patients).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface OffsetFetcher<T> {
  /**
   * Fetches the items from {@code offset} on, at most {@code limit} of them.
   *
   * @param offset the 0-based position of the first item wanted
   * @param limit the page size
   * @return the items and, if the server says, the total count
   */
  OffsetBatch<T> fetch(long offset, int limit);
}
