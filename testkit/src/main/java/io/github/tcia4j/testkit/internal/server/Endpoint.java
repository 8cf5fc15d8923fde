package io.github.tcia4j.testkit.internal.server;

import java.io.IOException;

/** Answers one routed request. */
@FunctionalInterface
public interface Endpoint {

  /**
   * Answers the request.
   *
   * @param request the request
   * @return the response
   * @throws IOException if reading data fails
   */
  SandboxResponse handle(SandboxRequest request) throws IOException;
}
