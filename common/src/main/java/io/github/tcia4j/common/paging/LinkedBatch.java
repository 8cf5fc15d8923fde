package io.github.tcia4j.common.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link NextLinkFetcher} returns for one request: the items, and the link (or cursor)
 * to the next page if there is one.
 *
 * @param <T> the item type
 * @param items the items of this page, possibly empty; unmodifiable
 * @param next the next link or cursor, or empty on the last page
 */
public record LinkedBatch<T>(List<T> items, Optional<String> next) {

  /**
   * Validates the batch; a blank link counts as no link.
   *
   * @param items the items, no {@code null} element
   * @param next the next link
   */
  public LinkedBatch {
    items = PageItems.copy(items);
    Objects.requireNonNull(next, "next must not be null; use Optional.empty() on the last page");
    next = next.filter(link -> !link.isBlank());
  }

  /**
   * Creates a batch from a next link that may be absent, as servers send it (DataCite's
   * {@code links.next}).
   *
   * @param <T> the item type
   * @param items the items
   * @param nextOrNull the next link or cursor; {@code null} or blank on the last page
   * @return the batch
   */
  public static <T> LinkedBatch<T> of(List<T> items, String nextOrNull) {
    return new LinkedBatch<>(items, Optional.ofNullable(nextOrNull));
  }

  /**
   * Creates the last batch, which has no next link.
   *
   * @param <T> the item type
   * @param items the items
   * @return the batch
   */
  public static <T> LinkedBatch<T> last(List<T> items) {
    return new LinkedBatch<>(items, Optional.empty());
  }
}
