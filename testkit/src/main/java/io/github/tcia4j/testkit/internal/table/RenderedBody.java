package io.github.tcia4j.testkit.internal.table;

import java.util.Map;

/**
 * A serialised table.
 *
 * @param body the bytes (UTF-8)
 * @param contentType the {@code Content-Type} to send
 * @param headers extra headers such as {@code Content-Disposition}
 */
public record RenderedBody(byte[] body, String contentType, Map<String, String> headers) {

  /**
   * Copies the headers.
   *
   * @param body the bytes
   * @param contentType the content type
   * @param headers extra headers
   */
  public RenderedBody {
    headers = Map.copyOf(headers);
  }
}
