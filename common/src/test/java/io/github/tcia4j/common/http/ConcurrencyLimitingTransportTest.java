package io.github.tcia4j.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaIoException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitingTransportTest {
  private static final HttpCall CALL = HttpCall.get(URI.create("http://127.0.0.1:9/x")).build();

  /** Counts requests in flight: from send until the body is closed. */
  private static final class CountingTransport implements Transport {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final AtomicInteger sends = new AtomicInteger();

    @Override
    public HttpResult send(HttpCall call) {
      sends.incrementAndGet();
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      AtomicInteger counter = inFlight;
      return new HttpResult(call, 200, Map.of(), new FilterInputStream(new ByteArrayInputStream(new byte[0])) {
        @Override
        public void close() {
          counter.decrementAndGet();
        }
      }, 1);
    }
  }

  @Test
  void neverMoreThanTheLimitInFlight() throws Exception {
    CountingTransport inner = new CountingTransport();
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(inner, 2);
    CountDownLatch gate = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Thread t = new Thread(() -> {
        try (HttpResult result = limited.send(CALL)) {
          statuses.add(result.status());
          gate.await();
        } catch (Throwable e) {
          failures.add(e);
        }
      }, "client-" + i);
      threads.add(t);
      t.start();
    }

    // every thread now either holds a slot (waiting at the gate) or waits for one
    Threads.awaitBlocked(threads);
    assertThat(inner.sends.get()).isEqualTo(2);
    assertThat(inner.inFlight.get()).isEqualTo(2);
    assertThat(limited.inFlight()).isEqualTo(2);

    gate.countDown();
    for (Thread t : threads) {
      Threads.join(t);
    }
    assertThat(failures).isEmpty();
    assertThat(statuses).hasSize(6).containsOnly(200);
    assertThat(inner.sends.get()).isEqualTo(6);
    assertThat(inner.maxInFlight.get()).isEqualTo(2);
    assertThat(limited.inFlight()).isZero();
  }

  @Test
  void permitIsReleasedWhenTheBodyIsClosed() {
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(new CountingTransport(), 1);

    HttpResult first = limited.send(CALL);
    assertThat(limited.inFlight()).isEqualTo(1);
    first.close();

    assertThat(limited.inFlight()).isZero();
    try (HttpResult second = limited.send(CALL)) {
      assertThat(second.status()).isEqualTo(200);
      assertThat(limited.inFlight()).isEqualTo(1);
    }
  }

  @Test
  void permitIsReleasedWhenTheInnerTransportThrows() {
    ScriptedTransport inner = new ScriptedTransport().failIo().respond(200, "ok");
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(inner, 1);

    assertThatThrownBy(() -> limited.send(CALL)).isInstanceOf(TciaIoException.class);

    assertThat(limited.inFlight()).isZero();
    assertThat(limited.send(CALL).bodyAsString()).isEqualTo("ok");
    assertThat(limited.inFlight()).isZero();
  }

  @Test
  void closingTwiceReleasesOnce() throws java.io.IOException {
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(new CountingTransport(), 2);
    HttpResult a = limited.send(CALL);
    HttpResult b = limited.send(CALL);

    a.close();
    a.close();
    a.body().close();

    assertThat(limited.inFlight()).isEqualTo(1);
    b.close();
    assertThat(limited.inFlight()).isZero();
  }

  @Test
  void theBodyIsPassedThrough() {
    ScriptedTransport inner = new ScriptedTransport().respond(200, "payload");
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(inner, 1);

    HttpResult result = limited.send(CALL);

    assertThat(result.bodyAsString()).isEqualTo("payload");
    assertThat(inner.bodies().get(0).closes()).isEqualTo(1);
    assertThat(limited.inFlight()).isZero();
  }

  @Test
  void waitingForASlotCanBeInterrupted() throws Exception {
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(new CountingTransport(), 1);
    HttpResult held = limited.send(CALL);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        limited.send(CALL).close();
      } catch (Throwable e) {
        thrown.set(e);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
    }, "waiter");
    waiter.start();

    Threads.awaitBlocked(List.of(waiter));
    waiter.interrupt();
    Threads.join(waiter);

    assertThat(thrown.get()).isInstanceOf(TciaIoException.class)
        .hasMessageContaining("Interrupted while waiting for one of the 1 request slots")
        .hasMessageContaining("http://127.0.0.1:9/x");
    assertThat(flagAfter.get()).isTrue();
    assertThat(limited.inFlight()).isEqualTo(1);
    held.close();
    assertThat(limited.inFlight()).isZero();
  }

  @Test
  void closeClosesTheInnerTransportOnce() {
    ScriptedTransport inner = new ScriptedTransport();
    ConcurrencyLimitingTransport limited = new ConcurrencyLimitingTransport(inner, 1);

    limited.close();
    limited.close();

    assertThat(inner.closes()).isEqualTo(1);
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThatThrownBy(() -> new ConcurrencyLimitingTransport(new ScriptedTransport(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConcurrency must be at least 1, was 0");
  }
}
