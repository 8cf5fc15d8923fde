package io.github.tcia4j.common.http;

/**
 * The one seam between the clients and the network: send a request, get a response.
 *
 * <p>Implementations return every response the server gives, whatever its status; turning an
 * error status into an exception is the caller's choice ({@link HttpResult#requireSuccess(String)}).
 * They throw {@link io.github.tcia4j.common.error.TciaIoException} when no response arrives.
 *
 * <p>Retries, concurrency limits and authentication are decorators that wrap another
 * {@code Transport} ({@link RetryingTransport}, {@link ConcurrencyLimitingTransport});
 * {@link Transports#create(io.github.tcia4j.common.ClientConfig)} assembles the standard chain.
 * Implementations must be thread-safe.
 */
public interface Transport extends AutoCloseable {

  /**
   * Sends a request and returns the response once its status and headers have arrived. The body
   * is streamed: the caller must close the result.
   *
   * @param call the request
   * @return the response, with any status
   * @throws io.github.tcia4j.common.error.TciaIoException when no response arrived
   */
  HttpResult send(HttpCall call);

  /** Releases resources held by this transport. The default does nothing. */
  @Override
  default void close() {}
}
