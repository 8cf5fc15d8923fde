package io.github.tcia4j.testkit.internal.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One endpoint of one family.
 *
 * @param family the family
 * @param endpoint the endpoint name (case-sensitive)
 * @param methods the allowed HTTP methods
 * @param whitelist the parameter whitelist, if the endpoint has one
 * @param handler the implementation
 */
public record Route(Family family, String endpoint, List<String> methods,
    Optional<Whitelist> whitelist, Endpoint handler) {

  /**
   * Checks and copies the components.
   *
   * @param family the family
   * @param endpoint the name
   * @param methods the methods
   * @param whitelist the whitelist
   * @param handler the handler
   */
  public Route {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(endpoint, "endpoint");
    methods = List.copyOf(methods);
    Objects.requireNonNull(whitelist, "whitelist");
    Objects.requireNonNull(handler, "handler");
  }
}
