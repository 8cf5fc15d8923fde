package io.github.tcia4j.common.internal;

import java.io.IOException;
import java.io.InputStream;

/** Helpers for response bodies that are no longer wanted. */
public final class Bodies {
  /**
   * How many bytes of an unwanted body are read before closing it. A short body read to its end
   * lets the connection be reused; a longer one is cut off by closing, which drops the connection.
   */
  public static final int DRAIN_LIMIT = 8192;

  private Bodies() {}

  /**
   * Reads at most {@code limit} bytes of a body, then closes it, ignoring read errors (the body
   * is being abandoned).
   *
   * @param body the body stream
   * @param limit the most bytes to read before closing
   */
  public static void discard(InputStream body, int limit) {
    byte[] buffer = new byte[Math.min(Math.max(limit, 1), 4096)];
    try (body) {
      int left = limit;
      while (left > 0) {
        int n = body.read(buffer, 0, Math.min(buffer.length, left));
        if (n < 0) {
          break;
        }
        left -= n;
      }
    } catch (IOException | RuntimeException ignored) {
      // an abandoned body that fails while draining needs no further handling: it is closed
    }
  }
}
