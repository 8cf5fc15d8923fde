package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The raw response body of a series zip on its way to the zip reader. It counts the bytes, tells
 * the listener about each chunk, remembers the last {@value #RING_SIZE} bytes (so the zip's central
 * directory can be checked after the reader has stopped), and optionally copies every byte to a
 * file (the {@code asZip} download). Read failures come out as {@link NetworkReadException}; write
 * failures of the copy as {@link LocalFileException}.
 */
public final class BodyTap extends InputStream {
  /** How many of the last bytes are kept. */
  public static final int RING_SIZE = 4096;

  private final InputStream in;
  private final LongConsumer onBytes;
  private final OutputStream copy;
  private final Path copyPath;
  private final byte[] ring = new byte[RING_SIZE];
  private long position;

  /**
   * Creates the tap.
   *
   * @param in the response body
   * @param onBytes told the size of every chunk read (may be a no-op)
   * @param copy where to copy the bytes, or {@code null}
   * @param copyPath the file behind {@code copy}, for messages (may be {@code null} without a copy)
   */
  public BodyTap(InputStream in, LongConsumer onBytes, OutputStream copy, Path copyPath) {
    this.in = Objects.requireNonNull(in, "in");
    this.onBytes = Objects.requireNonNull(onBytes, "onBytes");
    this.copy = copy;
    this.copyPath = copyPath;
  }

  /**
   * Returns how many bytes have been read.
   *
   * @return the position in the body
   */
  public long position() {
    return position;
  }

  /**
   * Returns the last bytes read, oldest first.
   *
   * @return up to {@value #RING_SIZE} bytes ending at {@link #position()}
   */
  public byte[] lastBytes() {
    int n = (int) Math.min(position, RING_SIZE);
    byte[] out = new byte[n];
    int start = (int) ((position - n) % RING_SIZE);
    int first = Math.min(n, RING_SIZE - start);
    System.arraycopy(ring, start, out, 0, first);
    System.arraycopy(ring, 0, out, first, n - first);
    return out;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (NetworkReadException e) {
      throw e;
    } catch (IOException e) {
      throw new NetworkReadException(e);
    }
    if (n > 0) {
      remember(b, off, n);
      if (copy != null) {
        try {
          copy.write(b, off, n);
        } catch (IOException e) {
          throw new LocalFileException("Cannot write", copyPath, e);
        }
      }
      position += n;
      onBytes.accept(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    try {
      return in.available();
    } catch (IOException e) {
      throw new NetworkReadException(e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void remember(byte[] b, int off, int n) {
    int from = n > RING_SIZE ? off + n - RING_SIZE : off;
    int length = off + n - from;
    int at = (int) ((position + (from - off)) % RING_SIZE);
    int first = Math.min(length, RING_SIZE - at);
    System.arraycopy(b, from, ring, at, first);
    System.arraycopy(b, from + first, ring, 0, length - first);
  }
}
