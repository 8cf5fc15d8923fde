package io.github.tcia4j.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagedNextLinkTest {
  private static final String BASE = "https://api.datacite.org/dois?client-id=nihnci.tcia";

  /** DataCite-like: each link maps to a page and the page's next link. */
  private static final class Server implements NextLinkFetcher<String> {
    private final Map<String, LinkedBatch<String>> pages;
    final List<Optional<String>> requested = new ArrayList<>();

    Server(Map<String, LinkedBatch<String>> pages) {
      this.pages = pages;
    }

    @Override
    public LinkedBatch<String> fetch(Optional<String> link) {
      requested.add(link);
      return pages.get(link.orElse(BASE));
    }
  }

  @Test
  void followsNextLinksUntilAbsent() {
    Server server = new Server(Map.of(
        BASE, LinkedBatch.of(List.of("d1", "d2"), BASE + "&page[number]=2"),
        BASE + "&page[number]=2", LinkedBatch.of(List.of("d3"), BASE + "&page[number]=3"),
        BASE + "&page[number]=3", LinkedBatch.last(List.of("d4"))));

    assertThat(Paged.byNextLink(server).toList()).containsExactly("d1", "d2", "d3", "d4");
    assertThat(server.requested).containsExactly(Optional.empty(),
        Optional.of(BASE + "&page[number]=2"), Optional.of(BASE + "&page[number]=3"));
  }

  @Test
  void blankOrNullNextLinkEnds() {
    Server blank = new Server(Map.of(BASE, LinkedBatch.of(List.of("a"), "  ")));
    Server none = new Server(Map.of(BASE, LinkedBatch.of(List.of("a"), null)));

    assertThat(Paged.byNextLink(blank).toList()).containsExactly("a");
    assertThat(Paged.byNextLink(none).toList()).containsExactly("a");
    assertThat(blank.requested).hasSize(1);
  }

  @Test
  void emptyFirstPage() {
    Server server = new Server(Map.of(BASE, LinkedBatch.last(List.of())));

    assertThat(Paged.byNextLink(server).toList()).isEmpty();
    assertThat(server.requested).hasSize(1);
  }

  @Test
  void emptyPageInTheMiddleIsSkippedNotFinal() {
    Server server = new Server(Map.of(
        BASE, LinkedBatch.of(List.of(), "c2"),
        "c2", LinkedBatch.last(List.of("x"))));
    List<Page<String>> pages = new ArrayList<>();

    Paged.byNextLink(server).pages().forEach(pages::add);

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).index()).isZero();
    assertThat(pages.get(0).items()).containsExactly("x");
  }

  @Test
  void repeatedNextLinkThrowsInsteadOfLooping() {
    Server server = new Server(Map.of(
        BASE, LinkedBatch.of(List.of("a"), "cursor-2"),
        "cursor-2", LinkedBatch.of(List.of("b"), "cursor-3"),
        "cursor-3", LinkedBatch.of(List.of("c"), "cursor-2")));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> Paged.byNextLink(server).forEach(seen::add))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("server returned the same next link twice: cursor-2");
    assertThat(seen).containsExactly("a", "b");
    assertThat(server.requested).hasSize(3);
  }

  @Test
  void repeatedLinkMessageIsRedacted() {
    String secret = "https://host/dois?page=2&token=abc123";
    Server server = new Server(Map.of(
        BASE, LinkedBatch.of(List.of("a"), secret),
        secret, LinkedBatch.of(List.of("b"), secret)));

    assertThatThrownBy(() -> Paged.byNextLink(server).toList())
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("token=***")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abc123"));
  }

  @Test
  void lazyAndRestartable() {
    Server server = new Server(Map.of(BASE, LinkedBatch.of(List.of("a"), "n"),
        "n", LinkedBatch.last(List.of("b"))));
    Paged<String> paged = Paged.byNextLink(server);

    var it = paged.iterator();
    assertThat(server.requested).isEmpty();
    assertThat(it.next()).isEqualTo("a");
    assertThat(server.requested).hasSize(1);
    assertThat(paged.toList()).containsExactly("a", "b");
    assertThat(paged.toList()).containsExactly("a", "b");
    assertThat(server.requested).hasSize(5);
  }

  @Test
  void fetchErrorsPropagateUnchanged() {
    IllegalStateException failure = new IllegalStateException("HTTP 503");
    Paged<String> paged = Paged.byNextLink(link -> {
      if (link.isPresent()) {
        throw failure;
      }
      return LinkedBatch.of(List.of("a"), "next");
    });

    assertThatThrownBy(paged::toList).isSameAs(failure);
  }

  @Test
  void nullBatchIsReported() {
    assertThatThrownBy(() -> Paged.byNextLink(link -> null).toList())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null for the first page");
  }

  @Test
  void pageLimitAppliesToLinksToo() {
    int[] counter = {0};
    Paged<String> endless = Paged.byNextLink(link -> LinkedBatch.of(List.of("x"),
        "c" + counter[0]++)).withMaxPages(3);

    assertThatThrownBy(endless::toList)
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Stopped after 3 page requests (next-link paging)");
    assertThat(endless.toString()).contains("next-link paging", "maxPages=3");
  }
}
