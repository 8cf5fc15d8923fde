package io.github.tcia4j.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.http.Threads;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamingBodyTest {
  private static final Duration LONG = Duration.ofSeconds(20);

  /** A subscription that records demand and cancellation; the test pushes chunks itself. */
  private static final class RecordingSubscription implements Flow.Subscription {
    final AtomicLong requested = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void request(long n) {
      requested.addAndGet(n);
    }

    @Override
    public void cancel() {
      cancelled.set(true);
    }
  }

  private static List<ByteBuffer> chunk(String text) {
    return List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsChunksInOrderThenEnds() throws IOException {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    RecordingSubscription subscription = new RecordingSubscription();
    body.onSubscribe(subscription);
    body.onNext(List.of(ByteBuffer.wrap("he".getBytes(StandardCharsets.UTF_8)), ByteBuffer.allocate(0),
        ByteBuffer.wrap("llo ".getBytes(StandardCharsets.UTF_8))));
    body.onNext(chunk("world"));
    body.onComplete();

    assertThat(body.read()).isEqualTo('h');
    assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ello world");
    assertThat(body.read()).isEqualTo(-1);
    assertThat(body.read(new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(subscription.cancelled).isFalse();
  }

  @Test
  void demandIsBoundedUntilTheReaderConsumes() throws IOException {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x", 4);
    RecordingSubscription subscription = new RecordingSubscription();
    body.onSubscribe(subscription);

    assertThat(subscription.requested.get()).as("first batch").isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      body.onNext(chunk("abcd"));
    }
    assertThat(subscription.requested.get()).as("nothing read yet: no more demand").isEqualTo(4);
    assertThat(body.available()).isZero();

    assertThat(body.readNBytes(4)).hasSize(4);
    assertThat(subscription.requested.get()).isEqualTo(4);
    assertThat(body.readNBytes(4)).hasSize(4);
    assertThat(subscription.requested.get()).as("two chunks consumed: two more requested").isEqualTo(6);
    assertThat(body.available()).isZero();
    body.readNBytes(8);
    assertThat(subscription.requested.get()).isEqualTo(8);
  }

  @Test
  void bulkReadReturnsWhatIsReadyWithoutWaiting() throws IOException {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    body.onSubscribe(new RecordingSubscription());
    body.onNext(chunk("abc"));

    byte[] buffer = new byte[10];
    assertThat(body.read(buffer, 0, 10)).isEqualTo(3);
    assertThat(new String(buffer, 0, 3, StandardCharsets.UTF_8)).isEqualTo("abc");
  }

  @Test
  void stallFailsWithASocketTimeoutAndCancels() {
    StreamingBody body = new StreamingBody(Duration.ofMillis(200), "GET http://h/stalled");
    RecordingSubscription subscription = new RecordingSubscription();
    body.onSubscribe(subscription);

    assertThatThrownBy(body::read)
        .isInstanceOf(SocketTimeoutException.class)
        .hasMessageContaining("no data for 0.2 s (read timeout) from GET http://h/stalled");
    assertThat(subscription.cancelled).isTrue();
    body.onNext(chunk("late"));
    assertThatThrownBy(body::read).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void publisherErrorBecomesAnIOExceptionAfterTheDataBeforeIt() throws IOException {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    body.onSubscribe(new RecordingSubscription());
    body.onNext(chunk("partial"));
    body.onError(new EOFException("EOF reached while reading"));

    assertThat(body.readNBytes(7)).isEqualTo("partial".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(body::read)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Reading the response body of GET http://h/x failed: EOF reached while reading")
        .hasCauseInstanceOf(EOFException.class);
  }

  @Test
  void closeCancelsFreesAndIsIdempotent() throws IOException {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    RecordingSubscription subscription = new RecordingSubscription();
    body.onSubscribe(subscription);
    body.onNext(chunk("buffered data"));
    assertThat(body.read()).isEqualTo('b');

    body.close();
    body.close();

    assertThat(subscription.cancelled).isTrue();
    assertThatThrownBy(body::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
    assertThatThrownBy(body::available).isInstanceOf(IOException.class);
  }

  @Test
  void closeBeforeSubscriptionCancelsIt() {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    body.close();
    RecordingSubscription subscription = new RecordingSubscription();

    body.onSubscribe(subscription);

    assertThat(subscription.cancelled).isTrue();
    assertThat(subscription.requested.get()).isZero();
  }

  @Test
  void secondSubscriptionIsCancelled() {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    RecordingSubscription first = new RecordingSubscription();
    RecordingSubscription second = new RecordingSubscription();

    body.onSubscribe(first);
    body.onSubscribe(second);

    assertThat(first.cancelled).isFalse();
    assertThat(second.cancelled).isTrue();
  }

  @Test
  void closeFromAnotherThreadWakesABlockedReader() throws Exception {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    body.onSubscribe(new RecordingSubscription());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        body.read();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "reader");
    reader.start();

    Threads.awaitBlocked(List.of(reader));
    body.close();
    Threads.join(reader);

    assertThat(thrown.get()).isInstanceOf(IOException.class).hasMessageContaining("closed");
  }

  @Test
  void interruptedReaderGetsAnInterruptedIoException() throws Exception {
    StreamingBody body = new StreamingBody(LONG, "GET http://h/x");
    body.onSubscribe(new RecordingSubscription());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread reader = new Thread(() -> {
      try {
        body.read();
      } catch (Throwable e) {
        thrown.set(e);
      }
      flag.set(Thread.currentThread().isInterrupted());
    }, "reader");
    reader.start();

    Threads.awaitBlocked(List.of(reader));
    reader.interrupt();
    Threads.join(reader);

    assertThat(thrown.get()).isInstanceOf(java.io.InterruptedIOException.class);
    assertThat(flag.get()).isTrue();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new StreamingBody(Duration.ZERO, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> new StreamingBody(LONG, "x", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
  }
}
