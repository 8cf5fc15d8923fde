package io.github.tcia4j.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedPageNumberTest {

  /** PathDB-like: three pages of slides, then empty arrays. */
  private static final class Server implements PageNumberFetcher<String> {
    private final List<List<String>> pages;
    final List<Integer> requested = new ArrayList<>();

    @SafeVarargs
    Server(List<String>... pages) {
      this.pages = new ArrayList<>();
      for (List<String> page : pages) {
        this.pages.add(page);
      }
    }

    @Override
    public List<String> fetch(int page) {
      requested.add(page);
      return page < pages.size() ? pages.get(page) : List.of();
    }
  }

  @Test
  void fetchesUntilAnEmptyPage() {
    Server server = new Server(List.of("a", "b"), List.of("c", "d"), List.of("e"));

    assertThat(Paged.byPageNumber(server).toList()).containsExactly("a", "b", "c", "d", "e");
    assertThat(server.requested).containsExactly(0, 1, 2, 3);
  }

  @Test
  void emptyFirstPage() {
    Server server = new Server();

    assertThat(Paged.byPageNumber(server).toList()).isEmpty();
    assertThat(server.requested).containsExactly(0);
  }

  @Test
  void startsAtAGivenPageNumber() {
    Server server = new Server(List.of("skipped"), List.of("x"));

    assertThat(Paged.byPageNumber(1, server).toList()).containsExactly("x");
    assertThat(server.requested).containsExactly(1, 2);
  }

  @Test
  void lazyAndRestartable() {
    Server server = new Server(List.of("a"), List.of("b"));
    Paged<String> paged = Paged.byPageNumber(server);

    var it = paged.iterator();
    assertThat(server.requested).isEmpty();
    assertThat(it.next()).isEqualTo("a");
    assertThat(server.requested).containsExactly(0);
    assertThat(paged.stream().toList()).containsExactly("a", "b");
    assertThat(server.requested).containsExactly(0, 0, 1, 2);
  }

  @Test
  void pageLimitGuardsAgainstServersIgnoringThePage() {
    List<Integer> requested = new ArrayList<>();
    Paged<String> paged = Paged.byPageNumber(page -> {
      requested.add(page);
      return List.of("same");
    }).withMaxPages(5);

    assertThatThrownBy(paged::toList)
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Stopped after 5 page requests")
        .hasMessageContaining("page-number paging from page 0")
        .hasMessageContaining("withMaxPages");
    assertThat(requested).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void exactlyMaxPagesRequestsIsAllowed() {
    Server server = new Server(List.of("a"), List.of("b"));

    assertThat(Paged.byPageNumber(server).withMaxPages(3).toList()).containsExactly("a", "b");
    assertThat(Paged.byPageNumber(server).withMaxPages(3).maxPages()).isEqualTo(3);
    assertThat(Paged.byPageNumber(server).maxPages()).isEqualTo(Paged.DEFAULT_MAX_PAGES);
  }

  @Test
  void fetchErrorsPropagateUnchanged() {
    RuntimeException failure = new RuntimeException("page 1 failed");
    Paged<String> paged = Paged.byPageNumber(page -> {
      if (page == 1) {
        throw failure;
      }
      return List.of("a");
    });

    assertThatThrownBy(paged::toList).isSameAs(failure);
  }

  @Test
  void nullPageOrNullItemIsReported() {
    assertThatThrownBy(() -> Paged.byPageNumber(page -> null).toList())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null for page 0");
    assertThatThrownBy(() -> Paged.byPageNumber(page -> Arrays.asList("a", null)).toList())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Item 1 of a page is null");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Paged.byPageNumber(-1, page -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first page number");
    assertThatThrownBy(() -> Paged.byPageNumber(page -> List.of()).withMaxPages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
