package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.auth.TokenLookup;
import io.github.tcia4j.testkit.auth.UserAccount;
import io.github.tcia4j.testkit.fault.FaultDecision;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One routed request as the endpoints see it.
 *
 * @param context the host context
 * @param method the HTTP method
 * @param path the raw path
 * @param family the family
 * @param endpoint the endpoint name
 * @param query the query parameters
 * @param form the form parameters (POST with a form body), else empty
 * @param headers the request headers, names lower-cased, first value each
 * @param bearerToken the bearer token, if one was sent
 * @param token what the bearer token resolved to, if one was sent
 * @param faults the fault decision for this request (downloads apply its stream fault)
 */
public record SandboxRequest(HostContext context, String method, String path, Family family,
    String endpoint, Params query, Params form, Map<String, String> headers,
    Optional<String> bearerToken, Optional<TokenLookup> token, FaultDecision faults) {

  /**
   * Checks and copies the components.
   *
   * @param context the context
   * @param method the method
   * @param path the path
   * @param family the family
   * @param endpoint the endpoint
   * @param query the query
   * @param form the form
   * @param headers the headers
   * @param bearerToken the token text
   * @param token the token lookup
   * @param faults the fault decision
   */
  public SandboxRequest {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(form, "form");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(bearerToken, "bearerToken");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(faults, "faults");
  }

  /**
   * The user of a valid bearer token.
   *
   * @return the user, or empty without a valid token
   */
  public Optional<UserAccount> user() {
    return token.flatMap(TokenLookup::validUser);
  }

  /**
   * A request header.
   *
   * @param name the name, any case
   * @return the first value, or empty
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The parameters the endpoint reads: the form body for POST, the query string otherwise.
   *
   * @return the parameters
   */
  public Params params() {
    return method.equals("POST") ? form : query;
  }
}
