package io.github.tcia4j.common.paging;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.internal.Redaction;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily paged result: items are fetched page by page while you iterate, never before.
 *
 * <p>Three paging schemes are supported:
 * <ul>
 *   <li>{@link #byOffset(int, OffsetFetcher)}: offset and size (NBIA simple search, whose
 *       {@code start}, {@code size} and {@code totalPatients} count patients). Stops on an empty
 *       page, on a short page (fewer items than the page size), or when the offset reaches the
 *       total the server reported;
 *   <li>{@link #byPageNumber(PageNumberFetcher)}: page 0, 1, 2 … until an empty page (PathDB);
 *   <li>{@link #byNextLink(NextLinkFetcher)}: each page names the next one (DataCite
 *       {@code links.next}, or a cursor); stops when a page has no next link. A next link equal to
 *       one already followed throws {@link TciaException} instead of looping forever.
 * </ul>
 *
 * <p>Every call to {@link #iterator()}, {@link #stream()}, {@link #toList()} or {@link #pages()}
 * starts over from the first page. Exceptions thrown by the fetcher reach the caller unchanged.
 * As a guard against servers that ignore the paging parameters, one iteration makes at most
 * {@link #maxPages()} requests ({@value #DEFAULT_MAX_PAGES} unless changed with
 * {@link #withMaxPages(int)}); one more throws {@link TciaException}.
 *
 * <pre>{@code
 * Paged<Image> images = Paged.byPageNumber(page -> pathdb.imagesPage(collectionId, page));
 * for (Image image : images) { ... }                  // fetches page after page
 * List<Image> all = images.toList();                  // fetches again, from page 0
 * }</pre>
 *
 * <p>A {@code Paged} is immutable; it is as thread-safe as its fetcher, and each iterator
 * belongs to one thread.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
  /** The default limit of requests in one iteration. */
  public static final int DEFAULT_MAX_PAGES = 100_000;

  private final Supplier<Walk<T>> walks;
  private final String description;
  private final int maxPages;

  private Paged(Supplier<Walk<T>> walks, String description, int maxPages) {
    this.walks = walks;
    this.description = description;
    this.maxPages = maxPages;
  }

  /**
   * Pages by offset and size, starting at offset 0.
   *
   * @param <T> the item type
   * @param pageSize how many items to ask for per request, at least 1
   * @param fetcher fetches the items from an offset on
   * @return the paged result; nothing is fetched yet
   * @throws IllegalArgumentException if {@code pageSize} is less than 1
   */
  public static <T> Paged<T> byOffset(int pageSize, OffsetFetcher<T> fetcher) {
    return byOffset(0, pageSize, fetcher);
  }

  /**
   * Pages by offset and size, starting at a given offset.
   *
   * @param <T> the item type
   * @param firstOffset the offset of the first request, at least 0
   * @param pageSize how many items to ask for per request, at least 1
   * @param fetcher fetches the items from an offset on
   * @return the paged result; nothing is fetched yet
   * @throws IllegalArgumentException if {@code firstOffset} is negative or {@code pageSize} is
   *     less than 1
   */
  public static <T> Paged<T> byOffset(long firstOffset, int pageSize, OffsetFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher");
    if (firstOffset < 0) {
      throw new IllegalArgumentException("The first offset must be 0 or more, was " + firstOffset);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("The page size must be at least 1, was " + pageSize);
    }
    return new Paged<>(() -> new OffsetWalk<>(fetcher, firstOffset, pageSize),
        "offset paging with page size " + pageSize, DEFAULT_MAX_PAGES);
  }

  /**
   * Pages by page number from page 0 until a page is empty.
   *
   * @param <T> the item type
   * @param fetcher fetches one page by number
   * @return the paged result; nothing is fetched yet
   */
  public static <T> Paged<T> byPageNumber(PageNumberFetcher<T> fetcher) {
    return byPageNumber(0, fetcher);
  }

  /**
   * Pages by page number from a given first page (for example 1) until a page is empty.
   *
   * @param <T> the item type
   * @param firstPage the number of the first page, at least 0
   * @param fetcher fetches one page by number
   * @return the paged result; nothing is fetched yet
   * @throws IllegalArgumentException if {@code firstPage} is negative
   */
  public static <T> Paged<T> byPageNumber(int firstPage, PageNumberFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher");
    if (firstPage < 0) {
      throw new IllegalArgumentException("The first page number must be 0 or more, was "
          + firstPage);
    }
    return new Paged<>(() -> new PageNumberWalk<>(fetcher, firstPage),
        "page-number paging from page " + firstPage, DEFAULT_MAX_PAGES);
  }

  /**
   * Pages by next links or cursors: the first request gets an empty link, each later one the
   * link the previous page gave, until a page gives none.
   *
   * @param <T> the item type
   * @param fetcher fetches one page
   * @return the paged result; nothing is fetched yet
   */
  public static <T> Paged<T> byNextLink(NextLinkFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher");
    return new Paged<>(() -> new NextLinkWalk<>(fetcher), "next-link paging", DEFAULT_MAX_PAGES);
  }

  /**
   * Returns a copy with another limit of requests per iteration.
   *
   * @param limit the most requests one iteration may make, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public Paged<T> withMaxPages(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("The page limit must be at least 1, was " + limit);
    }
    return new Paged<>(walks, description, limit);
  }

  /**
   * Returns the most requests one iteration may make.
   *
   * @return the limit
   */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Iterates over all items, fetching pages as needed. Creating the iterator fetches nothing.
   *
   * @return a new iterator starting at the first page
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = new PageIterator<>(walks.get(), description, maxPages);
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("No more items");
        }
        return current.next();
      }
    };
  }

  /**
   * Returns the pages themselves, for callers that work page by page (for example to report
   * progress). Empty pages are not yielded.
   *
   * @return an iterable whose every iterator starts at the first page
   */
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(walks.get(), description, maxPages);
  }

  /**
   * Returns a sequential stream of all items, fetching pages as the stream is consumed.
   *
   * @return a new stream starting at the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Fetches all pages and returns all items.
   *
   * @return every item in order, unmodifiable
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return Collections.unmodifiableList(all);
  }

  @Override
  public String toString() {
    return "Paged[" + description + ", maxPages=" + maxPages + "]";
  }

  /** The state of one iteration over one paging scheme. */
  private interface Walk<T> {
    /**
     * Tells whether another request is needed.
     *
     * @return {@code false} once the end is known
     */
    boolean needsMore();

    /**
     * Makes the next request and advances.
     *
     * @return the items fetched, possibly empty
     */
    List<T> fetchNext();
  }

  /** Turns a walk into pages, enforcing the request limit. */
  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final Walk<T> walk;
    private final String description;
    private final int maxPages;
    private Page<T> pending;
    private int requests;
    private int index;
    private boolean done;

    PageIterator(Walk<T> walk, String description, int maxPages) {
      this.walk = walk;
      this.description = description;
      this.maxPages = maxPages;
    }

    @Override
    public boolean hasNext() {
      while (pending == null && !done) {
        if (!walk.needsMore()) {
          done = true;
          break;
        }
        if (requests >= maxPages) {
          done = true;
          throw new TciaException("Stopped after " + requests + " page requests (" + description
              + ") without reaching the end; the server may be ignoring the paging parameters."
              + " If the result really is that large, raise the limit with withMaxPages(int)");
        }
        requests++;
        List<T> items = walk.fetchNext();
        if (!items.isEmpty()) {
          pending = new Page<>(index++, items);
        }
      }
      return pending != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("No more pages");
      }
      Page<T> page = pending;
      pending = null;
      return page;
    }
  }

  /** Offset and size: stops on an empty or short page or when the offset reaches the total. */
  private static final class OffsetWalk<T> implements Walk<T> {
    private final OffsetFetcher<T> fetcher;
    private final int pageSize;
    private long offset;
    private OptionalLong total = OptionalLong.empty();
    private boolean finished;

    OffsetWalk(OffsetFetcher<T> fetcher, long firstOffset, int pageSize) {
      this.fetcher = fetcher;
      this.offset = firstOffset;
      this.pageSize = pageSize;
    }

    @Override
    public boolean needsMore() {
      return !finished && (total.isEmpty() || offset < total.getAsLong());
    }

    @Override
    public List<T> fetchNext() {
      OffsetBatch<T> batch = fetcher.fetch(offset, pageSize);
      if (batch == null) {
        throw new NullPointerException("The offset fetcher returned null for offset " + offset
            + "; return OffsetBatch.of(List.of()) for no items");
      }
      if (batch.total().isPresent()) {
        total = batch.total();
      }
      List<T> items = batch.items();
      if (items.size() < pageSize) {
        finished = true;
      }
      offset += pageSize;
      return items;
    }
  }

  /** Page numbers until an empty page. */
  private static final class PageNumberWalk<T> implements Walk<T> {
    private final PageNumberFetcher<T> fetcher;
    private int page;
    private boolean finished;

    PageNumberWalk(PageNumberFetcher<T> fetcher, int firstPage) {
      this.fetcher = fetcher;
      this.page = firstPage;
    }

    @Override
    public boolean needsMore() {
      return !finished;
    }

    @Override
    public List<T> fetchNext() {
      List<T> fetched = fetcher.fetch(page);
      if (fetched == null) {
        throw new NullPointerException("The page fetcher returned null for page " + page
            + "; return an empty list past the last page");
      }
      List<T> items = PageItems.copy(fetched);
      if (items.isEmpty() || page == Integer.MAX_VALUE) {
        finished = true;
      }
      page++;
      return items;
    }
  }

  /** Next links until a page has none; a link seen twice is an error. */
  private static final class NextLinkWalk<T> implements Walk<T> {
    private final NextLinkFetcher<T> fetcher;
    private final Set<String> followed = new HashSet<>();
    private Optional<String> link = Optional.empty();
    private boolean finished;

    NextLinkWalk(NextLinkFetcher<T> fetcher) {
      this.fetcher = fetcher;
    }

    @Override
    public boolean needsMore() {
      return !finished;
    }

    @Override
    public List<T> fetchNext() {
      LinkedBatch<T> batch = fetcher.fetch(link);
      if (batch == null) {
        throw new NullPointerException("The next-link fetcher returned null for "
            + link.map(Paged::redact).orElse("the first page")
            + "; return LinkedBatch.last(List.of()) for no items");
      }
      Optional<String> next = batch.next();
      if (next.isEmpty()) {
        finished = true;
      } else if (!followed.add(next.get())) {
        finished = true;
        throw new TciaException("The server returned the same next link twice: "
            + redact(next.get()) + "; stopping here instead of looping forever");
      }
      link = next;
      return batch.items();
    }
  }

  private static String redact(String link) {
    try {
      URI uri = URI.create(link);
      return uri.getScheme() == null ? Redaction.text(link) : Redaction.uri(uri);
    } catch (IllegalArgumentException e) {
      return Redaction.text(link);
    }
  }
}
