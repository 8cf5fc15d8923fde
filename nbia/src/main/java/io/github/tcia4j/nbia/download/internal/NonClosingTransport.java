package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.util.Objects;

/**
 * Lends a caller's transport to a download's own transport chain without letting the chain close
 * it when the download ends (the client still owns it).
 */
public final class NonClosingTransport implements Transport {
  private final Transport inner;

  /**
   * Wraps a transport.
   *
   * @param inner the transport to lend
   */
  public NonClosingTransport(Transport inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  @Override
  public HttpResult send(HttpCall call) {
    return inner.send(call);
  }

  /** Does nothing: the owner closes the inner transport. */
  @Override
  public void close() {}
}
