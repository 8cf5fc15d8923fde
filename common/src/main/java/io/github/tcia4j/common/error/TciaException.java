package io.github.tcia4j.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Root of every exception thrown by the tcia4j clients. It is unchecked: a failed call is a
 * programming or environment problem the caller may choose to handle, never a silent {@code null}.
 *
 * <p>When the failure concerns a request, the exception knows the HTTP method, the request URL
 * (with credentials and tokens already redacted), the number of attempts made and, if the server
 * answered, the status and the beginning of the body. {@link #getMessage()} includes all of them.
 *
 * <p>Subtypes tell apart where things went wrong:
 * <ul>
 *   <li>{@link TciaIoException}: no response at all (connection refused, reset, timeout);
 *   <li>{@link TciaHttpException} and its subtypes: the server answered with an error status;
 *   <li>{@link TciaDecodeException}: the server answered, but the body could not be read;
 *   <li>{@link TciaAuthenticationException}: a token could not be obtained or refreshed.
 * </ul>
 *
 * <p>Code that catches a failure on its way up may {@link #addContext(String) add context} (for
 * example "chunk 2 of 3") without changing the exception's type, so callers can still catch the
 * specific subtype.
 */
public class TciaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failed request, or null. */
  private final transient RequestInfo request;
  /** Context added on the way up, innermost first. */
  private final List<String> context = new CopyOnWriteArrayList<>();

  /**
   * Creates an exception that is not tied to a request.
   *
   * @param message what went wrong and, where possible, how to fix it
   */
  public TciaException(String message) {
    this(message, null, null);
  }

  /**
   * Creates an exception that is not tied to a request.
   *
   * @param message what went wrong and, where possible, how to fix it
   * @param cause the underlying failure, may be {@code null}
   */
  public TciaException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * Creates an exception about a request.
   *
   * @param message what went wrong; the request details are appended to it
   * @param request the request the failure belongs to, may be {@code null}
   * @param cause the underlying failure, may be {@code null}
   */
  public TciaException(String message, RequestInfo request, Throwable cause) {
    super(request == null ? message : message + " " + request.describe(), cause);
    this.request = request;
  }

  /**
   * Adds a note saying what the caller was doing when this failure happened, e.g.
   * {@code "getSeriesList failed on chunk 2 of 3"}. The note goes in front of the message; notes
   * added later (by outer callers) come first. The exception keeps its type, request and cause, so
   * the caller can rethrow it as it is.
   *
   * @param note the context, not blank
   * @return this exception, for {@code throw e.addContext(...)}
   * @throws IllegalArgumentException when the note is blank
   */
  public TciaException addContext(String note) {
    Objects.requireNonNull(note, "note");
    if (note.isBlank()) {
      throw new IllegalArgumentException("The context note is blank; say what was being done when the failure"
          + " happened");
    }
    context.add(0, note.strip());
    return this;
  }

  /**
   * Returns the notes added with {@link #addContext(String)}, outermost first.
   *
   * @return the notes, unmodifiable; empty when none was added
   */
  public List<String> context() {
    return List.copyOf(context);
  }

  /**
   * Returns the message, preceded by the notes added with {@link #addContext(String)} (outermost
   * first, each followed by {@code ": "}).
   *
   * @return the full message
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    if (context.isEmpty()) {
      return message;
    }
    List<String> parts = new ArrayList<>(context);
    parts.add(message);
    return String.join(": ", parts);
  }

  /**
   * Returns the request this failure belongs to, if any.
   *
   * @return the request details (method, redacted URL, status, body snippet, attempts)
   */
  public Optional<RequestInfo> request() {
    return Optional.ofNullable(request);
  }

  /**
   * Returns the HTTP method of the failed request, or {@code null} when there was no request.
   *
   * @return the method such as {@code GET}, or {@code null}
   */
  public String method() {
    return request == null ? null : request.method();
  }

  /**
   * Returns the redacted URL of the failed request, or {@code null} when there was no request.
   *
   * @return the URL with passwords and tokens replaced by {@code ***}, or {@code null}
   */
  public String url() {
    return request == null ? null : request.url();
  }

  /**
   * Returns the HTTP status the server answered with, if it answered.
   *
   * @return the status, or empty when there was no response
   */
  public OptionalInt status() {
    return request == null ? OptionalInt.empty() : request.status();
  }

  /**
   * Returns how many attempts were made before giving up (1 when no retry happened, 0 when
   * unknown).
   *
   * @return the number of attempts
   */
  public int attempts() {
    return request == null ? 0 : request.attempts();
  }
}
