package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A million rows stream through without being held: output starts long before input ends. */
class ExportStreamingTest {
  private static final long ROWS = 1_000_000;

  record Small(long id, String name) {}

  /** Counts bytes and remembers how many rows had been generated when the first byte arrived. */
  private static final class CountingStream extends OutputStream {
    private final AtomicLong generated;
    long bytes;
    long newlines;
    long generatedAtFirstByte = -1;

    CountingStream(AtomicLong generated) {
      this.generated = generated;
    }

    @Override
    public void write(int b) {
      count(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        count(b[i]);
      }
    }

    private void count(int b) {
      if (generatedAtFirstByte < 0) {
        generatedAtFirstByte = generated.get();
      }
      bytes++;
      if (b == '\n') {
        newlines++;
      }
    }
  }

  private static Stream<Small> lazyRows(AtomicLong generated) {
    return LongStream.range(0, ROWS).mapToObj(i -> {
      generated.incrementAndGet();
      return new Small(i, "n" + (i % 10));
    });
  }

  @Test
  void millionRowsOfCsvStream() {
    AtomicLong generated = new AtomicLong();
    CountingStream out = new CountingStream(generated);

    long written = Export.write(lazyRows(generated), Small.class, TableFormat.CSV, out);

    assertThat(written).isEqualTo(ROWS);
    assertThat(out.newlines).isEqualTo(ROWS + 1);
    assertThat(generated.get()).isEqualTo(ROWS);
    assertThat(out.generatedAtFirstByte).isLessThan(ROWS / 2);
  }

  @Test
  void millionRowsOfJsonStream() {
    AtomicLong generated = new AtomicLong();
    CountingStream out = new CountingStream(generated);

    long written = Export.write(lazyRows(generated), Small.class, TableFormat.JSON, out);

    assertThat(written).isEqualTo(ROWS);
    assertThat(out.newlines).isEqualTo(1);
    assertThat(out.generatedAtFirstByte).isLessThan(ROWS / 2);
  }
}
