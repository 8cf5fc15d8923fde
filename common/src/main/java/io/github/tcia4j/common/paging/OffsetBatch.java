package io.github.tcia4j.common.paging;

import java.util.List;
import java.util.OptionalLong;

/**
 * What an {@link OffsetFetcher} returns for one request: the items, and the total number of
 * items on the server if the response says so.
 *
 * @param <T> the item type
 * @param items the items of this page, possibly empty; unmodifiable
 * @param total the total count (in the same unit as the offset), or empty when unknown
 */
public record OffsetBatch<T>(List<T> items, OptionalLong total) {

  /**
   * Validates the batch.
   *
   * @param items the items, no {@code null} element
   * @param total the total, not negative when present
   */
  public OffsetBatch {
    items = PageItems.copy(items);
    if (total == null) {
      throw new NullPointerException("total must not be null; use OptionalLong.empty() when the"
          + " server does not say");
    }
    if (total.isPresent() && total.getAsLong() < 0) {
      throw new IllegalArgumentException("A total must not be negative, was " + total.getAsLong());
    }
  }

  /**
   * Creates a batch whose total is unknown.
   *
   * @param <T> the item type
   * @param items the items
   * @return the batch
   */
  public static <T> OffsetBatch<T> of(List<T> items) {
    return new OffsetBatch<>(items, OptionalLong.empty());
  }

  /**
   * Creates a batch with the server's total.
   *
   * @param <T> the item type
   * @param items the items
   * @param total the total number of items on the server
   * @return the batch
   */
  public static <T> OffsetBatch<T> of(List<T> items, long total) {
    return new OffsetBatch<>(items, OptionalLong.of(total));
  }
}
