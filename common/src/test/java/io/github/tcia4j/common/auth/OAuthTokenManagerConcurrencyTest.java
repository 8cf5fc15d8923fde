package io.github.tcia4j.common.auth;

import static io.github.tcia4j.common.auth.TokenEndpoint.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.auth.TokenEndpoint.Reply;
import io.github.tcia4j.common.error.TciaAuthenticationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads needing a token at once: the endpoint holds the one request it receives until every
 * other thread is queued behind it, so the test shows that they wait instead of sending their own.
 */
class OAuthTokenManagerConcurrencyTest {
  private static final int THREADS = 16;
  private static final long WAIT_SECONDS = 60;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger issued = new AtomicInteger();
  private ExecutorService pool;
  private TokenEndpoint endpoint;
  private OAuthTokenManager tokens;

  @BeforeEach
  void start() throws Exception {
    endpoint = new TokenEndpoint(request -> {
      int n = issued.incrementAndGet();
      return Reply.json(200, tokenJson("access-" + n, 300, "refresh-" + n, 1800));
    });
    OAuthSettings settings = new OAuthSettings(endpoint.uri(), "nbia", Optional.empty(), Optional.empty(),
        new Credentials("carol", "pw-carol"), Duration.ofSeconds(60));
    tokens = new OAuthTokenManager(settings, new LoopbackTransport(), clock);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
    endpoint.close();
  }

  @Test
  void concurrentFirstUseSendsOneTokenRequest() throws Exception {
    List<Future<String>> results = runHeldUntilAllQueued(tokens::accessToken);

    for (Future<String> result : results) {
      assertThat(result.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("access-1");
    }
    assertThat(endpoint.requestCount()).isEqualTo(1);
  }

  @Test
  void concurrentRejectionsOfTheSameTokenCauseOneRenewal() throws Exception {
    String rejected = tokens.accessToken();

    List<Future<String>> results = runHeldUntilAllQueued(() -> tokens.renewAfterRejection(rejected));

    for (Future<String> result : results) {
      assertThat(result.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("access-2");
    }
    assertThat(endpoint.received()).extracting(TokenEndpoint.Received::grantType)
        .containsExactly("password", "refresh_token");
  }

  @Test
  void threadsWaitingForAFailedLoginShareTheFailureInsteadOfRetrying() throws Exception {
    endpoint.respond(request -> Reply.json(401,
        "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));

    List<Future<String>> results = runHeldUntilAllQueued(tokens::accessToken);

    for (Future<String> result : results) {
      try {
        result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        throw new AssertionError("expected the login to fail");
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(TciaAuthenticationException.class)
            .hasMessageContaining("login failed for user 'carol'");
      }
    }
    assertThat(endpoint.requestCount()).isEqualTo(1);

    // A later call is not stuck with the old failure: it asks again.
    endpoint.respond(request -> Reply.json(200, tokenJson("access-late", 300, "refresh-late", 1800)));
    assertThat(tokens.accessToken()).isEqualTo("access-late");
    assertThat(endpoint.requestCount()).isEqualTo(2);
  }

  /**
   * Starts THREADS tasks; the first token request is held by the endpoint until every other thread
   * is queued waiting for it, then released.
   */
  private List<Future<String>> runHeldUntilAllQueued(Callable<String> task) throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    int before = endpoint.requestCount();
    endpoint.holdRequestsUntil(release);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      results.add(pool.submit(task));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (endpoint.requestCount() == before || tokens.threadsWaitingForRenewal() < THREADS - 1) {
      if (System.nanoTime() > deadline) {
        release.countDown();
        throw new AssertionError("threads did not queue up: requests=" + (endpoint.requestCount() - before)
            + ", waiting=" + tokens.threadsWaitingForRenewal());
      }
      Thread.yield();
    }
    assertThat(endpoint.requestCount() - before).isEqualTo(1);
    release.countDown();
    return results;
  }
}
