package io.github.tcia4j.testkit.internal.server;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps request paths to routes.
 *
 * <p>Accepted paths: {@code /nbia-api/services/<family>/<endpoint>},
 * {@code /nbia-api/<family>/<endpoint>} (family {@code v1}, {@code v2}, {@code v4}), the same
 * without a family for the advanced endpoints, {@code /nbia-api[/services]/oauth/token},
 * {@code /nbia-api[/services]/up}, and the Keycloak realm's token path
 * {@value #KEYCLOAK_TOKEN_PATH} (family {@link Family#KEYCLOAK}, endpoint
 * {@value #KEYCLOAK_TOKEN_ENDPOINT}). Anything else is unknown (404).
 */
public final class RouteTable {
  /** The token path of the Keycloak realm {@code TCIA} (reference section 2.2). */
  public static final String KEYCLOAK_TOKEN_PATH =
      "/auth/realms/TCIA/protocol/openid-connect/token";
  /** The endpoint name under which the Keycloak token path is registered and logged. */
  public static final String KEYCLOAK_TOKEN_ENDPOINT = "openid-connect/token";
  private static final String CONTEXT = "/nbia-api/";
  private final Map<String, Route> routes = new HashMap<>();

  /** Creates an empty table. */
  public RouteTable() {}

  /**
   * Adds a GET route.
   *
   * @param family the family
   * @param endpoint the endpoint name
   * @param whitelist the whitelist, or {@code null} for none
   * @param handler the implementation
   * @return this table
   */
  public RouteTable get(Family family, String endpoint, Whitelist whitelist, Endpoint handler) {
    return add(new Route(family, endpoint, List.of("GET"), Optional.ofNullable(whitelist),
        handler));
  }

  /**
   * Adds a POST route.
   *
   * @param family the family
   * @param endpoint the endpoint name
   * @param whitelist the whitelist, or {@code null} for none
   * @param handler the implementation
   * @return this table
   */
  public RouteTable post(Family family, String endpoint, Whitelist whitelist, Endpoint handler) {
    return add(new Route(family, endpoint, List.of("POST"), Optional.ofNullable(whitelist),
        handler));
  }

  /**
   * Adds a route.
   *
   * @param route the route
   * @return this table
   * @throws IllegalStateException if the family already has that endpoint
   */
  public RouteTable add(Route route) {
    String key = key(route.family(), route.endpoint());
    if (routes.putIfAbsent(key, route) != null) {
      throw new IllegalStateException("Route registered twice: " + key);
    }
    return this;
  }

  /**
   * All routes.
   *
   * @return an unmodifiable view
   */
  public Collection<Route> routes() {
    return Collections.unmodifiableCollection(routes.values());
  }

  /**
   * Finds the route of a raw request path.
   *
   * @param rawPath the path as sent (not decoded)
   * @return the route, or empty for an unknown path
   */
  public Optional<Route> match(String rawPath) {
    if (KEYCLOAK_TOKEN_PATH.equals(rawPath)) {
      return Optional.ofNullable(routes.get(key(Family.KEYCLOAK, KEYCLOAK_TOKEN_ENDPOINT)));
    }
    if (rawPath == null || !rawPath.startsWith(CONTEXT)) {
      return Optional.empty();
    }
    String rest = rawPath.substring(CONTEXT.length());
    if (rest.startsWith("services/")) {
      rest = rest.substring("services/".length());
    }
    String[] seg = rest.split("/", -1);
    if (seg.length == 1) {
      Route r = routes.get(key(Family.ROOT, seg[0]));
      return Optional.ofNullable(r != null ? r : routes.get(key(Family.ADVANCED, seg[0])));
    }
    if (seg.length == 2) {
      if (seg[0].equals("oauth")) {
        return Optional.ofNullable(routes.get(key(Family.ROOT, "oauth/" + seg[1])));
      }
      for (Family f : List.of(Family.V1, Family.V2, Family.V4)) {
        if (f.label().equals(seg[0])) {
          return Optional.ofNullable(routes.get(key(f, seg[1])));
        }
      }
    }
    return Optional.empty();
  }

  private static String key(Family f, String endpoint) {
    return f.name() + ' ' + endpoint;
  }
}
