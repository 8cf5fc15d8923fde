package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A million rows stream through without being held: at every moment the rows taken from the
 * source but not yet handed to the output stay within what the writer's buffers hold.
 *
 * <p>The export writes through a 64 Ki-character {@code BufferedWriter} and the 8 KiB byte buffer
 * of the UTF-8 encoder. The shortest CSV row here is 5 characters ({@code 0,n0} and its line end),
 * so those buffers can never hold more than (65,536 + 8,192) / 5 ≈ 14,700 rows; with the real
 * mix of row lengths (most ids have six digits) the lag peaks at about 8,500 rows for CSV and
 * 3,100 for JSON, the same on every run because it depends only on the buffer sizes and the row
 * texts. An export that kept its rows would be a million behind.
 */
class ExportStreamingTest {
  private static final long ROWS = 1_000_000;
  /** Rows the buffers may hold: far below ROWS, above what a streaming writer ever lags. */
  private static final long MAX_LAG = 10_000;

  record Small(long id, String name) {}

  /**
   * Counts the rows whose last byte has arrived (a row ends with {@code rowEnd}) and remembers the
   * largest difference between rows generated and rows arrived, checked at every byte.
   */
  private static final class LagTrackingStream extends OutputStream {
    private final AtomicLong generated;
    private final byte rowEnd;
    private final long headerEnds;
    long ends;
    long maxLag;

    LagTrackingStream(AtomicLong generated, char rowEnd, long headerEnds) {
      this.generated = generated;
      this.rowEnd = (byte) rowEnd;
      this.headerEnds = headerEnds;
    }

    @Override
    public void write(int b) {
      count((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        count(b[i]);
      }
    }

    private void count(byte b) {
      if (b == rowEnd) {
        ends++;
      }
      long arrived = Math.max(0, ends - headerEnds);
      maxLag = Math.max(maxLag, generated.get() - arrived);
    }

    long rowsArrived() {
      return ends - headerEnds;
    }
  }

  private static Stream<Small> lazyRows(AtomicLong generated) {
    return LongStream.range(0, ROWS).mapToObj(i -> {
      generated.incrementAndGet();
      return new Small(i, "n" + (i % 10));
    });
  }

  private static LagTrackingStream export(TableFormat format, char rowEnd, long headerEnds) {
    AtomicLong generated = new AtomicLong();
    LagTrackingStream out = new LagTrackingStream(generated, rowEnd, headerEnds);

    long written = Export.write(lazyRows(generated), Small.class, format, out);

    assertThat(written).isEqualTo(ROWS);
    assertThat(generated.get()).isEqualTo(ROWS);
    assertThat(out.rowsArrived()).isEqualTo(ROWS);
    return out;
  }

  @Test
  void millionRowsOfCsvStreamWithABoundedLag() {
    LagTrackingStream out = export(TableFormat.CSV, '\n', 1);

    assertThat(out.maxLag).isPositive().isLessThanOrEqualTo(MAX_LAG);
  }

  @Test
  void millionRowsOfJsonStreamWithABoundedLag() {
    LagTrackingStream out = export(TableFormat.JSON, '}', 0);

    assertThat(out.maxLag).isPositive().isLessThanOrEqualTo(MAX_LAG);
  }

  @Test
  void millionRowsOfJsonLinesStreamWithABoundedLag() {
    LagTrackingStream out = export(TableFormat.JSONL, '\n', 0);

    assertThat(out.maxLag).isPositive().isLessThanOrEqualTo(MAX_LAG);
  }
}
