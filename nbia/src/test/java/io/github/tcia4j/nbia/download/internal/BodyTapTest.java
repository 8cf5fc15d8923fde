package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BodyTapTest {
  @Test
  void countsCopiesAndRemembersTheLastBytes() throws Exception {
    byte[] data = new byte[10_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31);
    }
    AtomicLong counted = new AtomicLong();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    BodyTap tap = new BodyTap(new ByteArrayInputStream(data), counted::addAndGet, copy, null);
    byte[] buffer = new byte[777];
    while (tap.read(buffer, 0, buffer.length) > 0) {
      tap.read();
    }
    assertThat(tap.position()).isEqualTo(data.length);
    assertThat(counted.get()).isEqualTo(data.length);
    assertThat(copy.toByteArray()).isEqualTo(data);
    assertThat(tap.lastBytes()).isEqualTo(Arrays.copyOfRange(data, data.length - BodyTap.RING_SIZE, data.length));
  }

  @Test
  void shortStreamsKeepEverything() throws Exception {
    BodyTap tap = new BodyTap(new ByteArrayInputStream(new byte[] {1, 2, 3}), n -> {}, null, null);
    assertThat(tap.skip(2)).isEqualTo(2);
    assertThat(tap.read()).isEqualTo(3);
    assertThat(tap.read()).isEqualTo(-1);
    assertThat(tap.lastBytes()).containsExactly(1, 2, 3);
  }

  @Test
  void readFailuresAreNetworkFailuresAndWriteFailuresLocalOnes() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new java.net.SocketTimeoutException("no data for 2 s");
      }
    };
    BodyTap tap = new BodyTap(broken, n -> {}, null, null);
    assertThatThrownBy(() -> tap.read(new byte[4], 0, 4))
        .isInstanceOfSatisfying(NetworkReadException.class, e -> assertThat(e.isTimeout()).isTrue());
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    BodyTap writing = new BodyTap(new ByteArrayInputStream(new byte[8]), n -> {}, full, java.nio.file.Path.of("x.zip"));
    assertThatThrownBy(() -> writing.read(new byte[8], 0, 8))
        .isInstanceOf(LocalFileException.class).hasMessageContaining("x.zip").hasMessageContaining("No space left");
  }
}
