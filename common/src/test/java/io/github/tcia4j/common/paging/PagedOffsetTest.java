package io.github.tcia4j.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedOffsetTest {

  /** A fake server holding {@code size} patients; records every request. */
  private static final class Server implements OffsetFetcher<String> {
    private final int size;
    private final boolean reportTotal;
    final List<Long> offsets = new ArrayList<>();
    final List<Integer> limits = new ArrayList<>();

    Server(int size, boolean reportTotal) {
      this.size = size;
      this.reportTotal = reportTotal;
    }

    @Override
    public OffsetBatch<String> fetch(long offset, int limit) {
      offsets.add(offset);
      limits.add(limit);
      List<String> items = IntStream.range((int) Math.min(offset, size),
          (int) Math.min(offset + limit, size)).mapToObj(i -> "P" + i).collect(Collectors.toList());
      return reportTotal ? OffsetBatch.of(items, size) : OffsetBatch.of(items);
    }
  }

  private static List<String> patients(int n) {
    return IntStream.range(0, n).mapToObj(i -> "P" + i).toList();
  }

  @Test
  void totalThatIsNotAMultipleOfThePageSize() {
    Server server = new Server(25, true);

    List<String> all = Paged.byOffset(10, server).toList();

    assertThat(all).isEqualTo(patients(25));
    assertThat(server.offsets).containsExactly(0L, 10L, 20L);
    assertThat(server.limits).containsOnly(10);
  }

  @Test
  void totalThatIsAMultipleStopsWithoutAnExtraRequest() {
    Server server = new Server(30, true);

    assertThat(Paged.byOffset(10, server).toList()).isEqualTo(patients(30));
    assertThat(server.offsets).containsExactly(0L, 10L, 20L);
  }

  @Test
  void withoutTotalAShortPageStops() {
    Server server = new Server(25, false);

    assertThat(Paged.byOffset(10, server).toList()).isEqualTo(patients(25));
    assertThat(server.offsets).containsExactly(0L, 10L, 20L);
  }

  @Test
  void withoutTotalAnEmptyPageStops() {
    Server server = new Server(30, false);

    assertThat(Paged.byOffset(10, server).toList()).isEqualTo(patients(30));
    assertThat(server.offsets).containsExactly(0L, 10L, 20L, 30L);
  }

  @Test
  void emptyFirstPage() {
    Server server = new Server(0, true);

    assertThat(Paged.byOffset(10, server).toList()).isEmpty();
    assertThat(server.offsets).containsExactly(0L);
    Server noTotal = new Server(0, false);
    assertThat(Paged.byOffset(10, noTotal).iterator().hasNext()).isFalse();
    assertThat(noTotal.offsets).containsExactly(0L);
  }

  @Test
  void startsAtAGivenOffset() {
    Server server = new Server(25, true);

    assertThat(Paged.byOffset(5, 10, server).toList()).isEqualTo(patients(25).subList(5, 25));
    assertThat(server.offsets).containsExactly(5L, 15L);
  }

  @Test
  void nothingIsFetchedBeforeIteration() {
    Server server = new Server(25, true);

    Paged<String> paged = Paged.byOffset(10, server);
    Iterator<String> it = paged.iterator();
    paged.stream();

    assertThat(server.offsets).isEmpty();
    assertThat(it.next()).isEqualTo("P0");
    assertThat(server.offsets).hasSize(1);
    for (int i = 1; i < 10; i++) {
      it.next();
    }
    assertThat(server.offsets).hasSize(1);
    assertThat(it.next()).isEqualTo("P10");
    assertThat(server.offsets).hasSize(2);
  }

  @Test
  void streamIsLazy() {
    Server server = new Server(1000, true);

    List<String> first = Paged.byOffset(10, server).stream().limit(15).toList();

    assertThat(first).isEqualTo(patients(15));
    assertThat(server.offsets).containsExactly(0L, 10L);
  }

  @Test
  void eachIterationStartsOver() {
    Server server = new Server(12, true);
    Paged<String> paged = Paged.byOffset(5, server);

    List<String> once = paged.toList();
    List<String> twice = new ArrayList<>();
    paged.forEach(twice::add);

    assertThat(once).isEqualTo(twice).isEqualTo(patients(12));
    assertThat(server.offsets).containsExactly(0L, 5L, 10L, 0L, 5L, 10L);
  }

  @Test
  void pagesAreAvailableWhole() {
    List<Page<String>> pages = new ArrayList<>();

    Paged.byOffset(10, new Server(25, true)).pages().forEach(pages::add);

    assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
    assertThat(pages).extracting(p -> p.items().size()).containsExactly(10, 10, 5);
    assertThat(pages.get(2).items()).startsWith("P20");
  }

  @Test
  void fetchErrorsPropagateUnchanged() {
    IllegalStateException failure = new IllegalStateException("HTTP 500");
    Paged<String> paged = Paged.byOffset(10, (offset, limit) -> {
      if (offset > 0) {
        throw failure;
      }
      return OffsetBatch.of(patients(10), 100);
    });
    Iterator<String> it = paged.iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }

    assertThatThrownBy(it::hasNext).isSameAs(failure);
  }

  @Test
  void serverIgnoringOffsetHitsThePageLimit() {
    Paged<String> paged = Paged.byOffset(2, (offset, limit) -> OffsetBatch.of(List.of("a", "b")))
        .withMaxPages(4);

    assertThatThrownBy(paged::toList)
        .isInstanceOf(io.github.tcia4j.common.error.TciaException.class)
        .hasMessageContaining("Stopped after 4 page requests")
        .hasMessageContaining("offset paging with page size 2")
        .hasMessageContaining("withMaxPages");
  }

  @Test
  void nextPastTheEndThrows() {
    Iterator<String> it = Paged.byOffset(10, new Server(1, true)).iterator();
    it.next();

    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void badArgumentsAreRejected() {
    Server server = new Server(1, true);

    assertThatThrownBy(() -> Paged.byOffset(0, server))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page size must be at least 1, was 0");
    assertThatThrownBy(() -> Paged.byOffset(-1, 10, server))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first offset");
    assertThatThrownBy(() -> OffsetBatch.of(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total must not be negative");
  }

  @Test
  void nullBatchIsReported() {
    Paged<String> paged = Paged.byOffset(10, (offset, limit) -> null);

    assertThatThrownBy(paged::toList)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null for offset 0");
  }
}
