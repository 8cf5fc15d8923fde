package io.github.tcia4j.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FaultStreamsTest {

  /** A fake monotonic clock that only moves when the sleeper sleeps. */
  static final class FakeTime implements Sleeper {
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration d) {
      sleeps.add(d);
      nanos.addAndGet(d.toNanos());
    }

    long now() {
      return nanos.get();
    }

    Duration slept() {
      return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void tokenBucketMakesWritersWaitForTheRate() throws InterruptedException {
    FakeTime t = new FakeTime();
    TokenBucket bucket = new TokenBucket(10_000, t::now, t);
    assertThat(bucket.acquire(1024)).isEqualTo(Duration.ZERO);
    Duration waited = bucket.acquire(10_000);
    assertThat(waited).isEqualTo(Duration.ofSeconds(1));
    assertThat(t.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void tokenBucketRejectsZeroRate() {
    FakeTime t = new FakeTime();
    assertThatThrownBy(() -> new TokenBucket(0, t::now, t))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytesPerSecond");
  }

  @Test
  void throttledStreamTakesRoughlyBytesOverRate() throws IOException {
    FakeTime t = new FakeTime();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    AtomicLong reported = new AtomicLong();
    try (ThrottledOutputStream out = new ThrottledOutputStream(sink,
        List.of(new TokenBucket(100_000, t::now, t)), d -> reported.addAndGet(d.toNanos()))) {
      out.write(bytes(1_000_000));
    }
    assertThat(sink.size()).isEqualTo(1_000_000);
    // 1 MB at 100 kB/s is 10 s, minus the initial burst of 5 kB
    assertThat(t.slept()).isBetween(Duration.ofMillis(9_900), Duration.ofMillis(10_000));
    assertThat(Duration.ofNanos(reported.get())).isEqualTo(t.slept());
  }

  @Test
  void resetThrowsAtTheOffset() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    AtomicInteger injected = new AtomicInteger();
    FaultyOutputStream out = new FaultyOutputStream(sink, StreamFaultKind.RESET, 100,
        Duration.ZERO, d -> { }, injected::incrementAndGet);
    assertThatThrownBy(() -> out.write(bytes(300)))
        .isInstanceOf(InjectedResetException.class).hasMessageContaining("100");
    assertThat(sink.size()).isEqualTo(100);
    assertThat(injected.get()).isEqualTo(1);
  }

  @Test
  void truncateDiscardsTheRest() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    FaultyOutputStream out = new FaultyOutputStream(sink, StreamFaultKind.TRUNCATE, 150,
        Duration.ZERO, d -> { }, () -> { });
    out.write(bytes(100));
    out.write(bytes(100));
    out.write(bytes(100));
    out.close();
    assertThat(sink.size()).isEqualTo(150);
    assertThat(out.position()).isEqualTo(300);
    assertThat(out.injected()).isTrue();
  }

  @Test
  void corruptFlipsExactlyOneByte() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    FaultyOutputStream out = new FaultyOutputStream(sink, StreamFaultKind.CORRUPT, 10,
        Duration.ZERO, d -> { }, () -> { });
    byte[] data = bytes(20);
    out.write(data);
    byte[] got = sink.toByteArray();
    int differences = 0;
    for (int i = 0; i < 20; i++) {
      if (got[i] != data[i]) {
        differences++;
        assertThat(i).isEqualTo(10);
        assertThat(got[i]).isEqualTo((byte) ~data[i]);
      }
    }
    assertThat(differences).isEqualTo(1);
  }

  @Test
  void stallSleepsOnceThenContinues() throws IOException {
    FakeTime t = new FakeTime();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    FaultyOutputStream out = new FaultyOutputStream(sink, StreamFaultKind.STALL, 5,
        Duration.ofSeconds(30), t, () -> { });
    out.write(bytes(10));
    out.write(bytes(10));
    assertThat(sink.size()).isEqualTo(20);
    assertThat(t.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void shortBodiesAreLeftAlone() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    FaultyOutputStream out = new FaultyOutputStream(sink, StreamFaultKind.RESET, 1000,
        Duration.ZERO, d -> { }, () -> { });
    out.write(bytes(999));
    out.close();
    assertThat(sink.size()).isEqualTo(999);
    assertThat(out.injected()).isFalse();
  }

  /** Remembers where a non-zero byte arrived in a stream of zeros, without storing the bytes. */
  private static final class ZeroWatcher extends java.io.OutputStream {
    long position;
    final List<Long> nonZero = new ArrayList<>();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] != 0) {
          nonZero.add(position + i - off);
        }
      }
      position += len;
    }
  }

  @Test
  void corruptionAndResetHitTheRightByteBeyond2Gib() throws IOException {
    long offset = (1L << 31) + 5;
    byte[] chunk = new byte[1 << 20];
    long chunks = (offset >> 20) + 2;
    ZeroWatcher watcher = new ZeroWatcher();
    AtomicInteger corruptions = new AtomicInteger();
    FaultyOutputStream corrupt = new FaultyOutputStream(new SkippingStream(watcher, offset),
        StreamFaultKind.CORRUPT, offset, Duration.ZERO, new FakeTime(), corruptions::incrementAndGet);
    for (long k = 0; k < chunks; k++) {
      corrupt.write(chunk, 0, chunk.length);
    }
    assertThat(corrupt.position()).isEqualTo(chunks << 20).isGreaterThan(1L << 31);
    assertThat(corrupt.injected()).isTrue();
    assertThat(corruptions).hasValue(1);
    assertThat(watcher.nonZero).containsExactly(offset);
    assertThat(watcher.position).isEqualTo(chunks << 20);

    FaultyOutputStream reset = new FaultyOutputStream(java.io.OutputStream.nullOutputStream(),
        StreamFaultKind.RESET, offset, Duration.ZERO, new FakeTime(), () -> { });
    assertThatThrownBy(() -> {
      for (long k = 0; k < chunks; k++) {
        reset.write(chunk, 0, chunk.length);
      }
    }).isInstanceOf(InjectedResetException.class);
    assertThat(reset.position()).isEqualTo(offset);
  }

  /**
   * Passes on only the chunks near one offset to the watcher and counts the rest, so the test
   * does not scan two gibibytes of zeros byte by byte.
   */
  private static final class SkippingStream extends java.io.OutputStream {
    private final ZeroWatcher watcher;
    private final long near;

    SkippingStream(ZeroWatcher watcher, long near) {
      this.watcher = watcher;
      this.near = near;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (watcher.position + len < near - (1 << 20) || watcher.position > near + (1 << 20)) {
        watcher.position += len;
      } else {
        watcher.write(b, off, len);
      }
    }
  }
}
