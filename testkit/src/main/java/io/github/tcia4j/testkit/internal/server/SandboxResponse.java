package io.github.tcia4j.testkit.internal.server;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer: status, headers, and either a buffered body (sent with {@code Content-Length}) or a
 * streamed one (sent chunked, without {@code Content-Length}, like NBIA's zip downloads).
 *
 * <p>Only streamed bodies suffer the request's stream fault (reset, truncation, stall,
 * corruption); every body is subject to the bandwidth caps.
 */
public final class SandboxResponse {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;
  private final BodyWriter writer;
  private final FaultAwareBodyWriter faultAwareWriter;
  private final long expectedLength;

  private SandboxResponse(int status, byte[] body, BodyWriter writer,
      FaultAwareBodyWriter faultAwareWriter, long expectedLength) {
    this.status = status;
    this.body = body;
    this.writer = writer;
    this.faultAwareWriter = faultAwareWriter;
    this.expectedLength = expectedLength;
  }

  private SandboxResponse(int status, byte[] body, BodyWriter writer, long expectedLength) {
    this(status, body, writer, null, expectedLength);
  }

  /**
   * A buffered answer.
   *
   * @param status the status
   * @param contentType the content type
   * @param body the body (may be empty)
   * @return the response
   */
  public static SandboxResponse bytes(int status, String contentType, byte[] body) {
    return new SandboxResponse(status, body.clone(), null, body.length)
        .header("Content-Type", contentType);
  }

  /**
   * A buffered text answer in UTF-8.
   *
   * @param status the status
   * @param contentType the content type
   * @param text the body
   * @return the response
   */
  public static SandboxResponse text(int status, String contentType, String text) {
    return bytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An answer without a body and without a {@code Content-Type}.
   *
   * @param status the status
   * @return the response
   */
  public static SandboxResponse empty(int status) {
    return new SandboxResponse(status, new byte[0], null, 0);
  }

  /**
   * A streamed answer (chunked transfer, no {@code Content-Length}).
   *
   * @param status the status
   * @param contentType the content type
   * @param expectedLength the body length if known (places stream faults), else -1
   * @param writer writes the body
   * @return the response
   */
  public static SandboxResponse streaming(int status, String contentType, long expectedLength,
      BodyWriter writer) {
    return new SandboxResponse(status, null, Objects.requireNonNull(writer, "writer"),
        expectedLength).header("Content-Type", contentType);
  }

  /**
   * A streamed answer (chunked transfer, no {@code Content-Length}) whose writer applies the
   * request's stream fault itself; the server only applies the bandwidth caps.
   *
   * @param status the status
   * @param contentType the content type
   * @param writer writes the body and injects the stream fault
   * @return the response
   */
  public static SandboxResponse streamingWithOwnFaults(int status, String contentType,
      FaultAwareBodyWriter writer) {
    return new SandboxResponse(status, null, null,
        Objects.requireNonNull(writer, "writer"), -1).header("Content-Type", contentType);
  }

  /**
   * Sets a header.
   *
   * @param name the name
   * @param value the value
   * @return this response
   */
  public SandboxResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * The status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The headers.
   *
   * @return an unmodifiable view
   */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /**
   * The buffered body.
   *
   * @return the body, or empty for a streamed answer
   */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body);
  }

  /**
   * The streamed body's writer.
   *
   * @return the writer, or empty for a buffered answer or a fault-aware writer
   */
  public Optional<BodyWriter> writer() {
    return Optional.ofNullable(writer);
  }

  /**
   * The streamed body's writer that applies the stream fault itself.
   *
   * @return the writer, or empty for other answers
   */
  public Optional<FaultAwareBodyWriter> faultAwareWriter() {
    return Optional.ofNullable(faultAwareWriter);
  }

  /**
   * The expected body length.
   *
   * @return the length, or -1 when unknown
   */
  public long expectedLength() {
    return expectedLength;
  }
}
