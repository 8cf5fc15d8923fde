package io.github.tcia4j.testkit.internal.server;

import java.util.List;
import java.util.Optional;

/**
 * A v4 endpoint's parameter whitelist ({@code Set.of(...)} on the real server). Names are
 * case-sensitive; the first name outside the list gives the 400 answer.
 *
 * @param allowed the allowed names, in the order the error message lists them
 * @param form whether the endpoint reads form parameters (POST) rather than the query string
 */
public record Whitelist(List<String> allowed, boolean form) {

  /**
   * Copies the names.
   *
   * @param allowed the names
   * @param form whether form parameters
   */
  public Whitelist {
    allowed = List.copyOf(allowed);
  }

  /**
   * A query-string whitelist.
   *
   * @param names the allowed names
   * @return the whitelist
   */
  public static Whitelist query(String... names) {
    return new Whitelist(List.of(names), false);
  }

  /**
   * A form-body whitelist.
   *
   * @param names the allowed names
   * @return the whitelist
   */
  public static Whitelist form(String... names) {
    return new Whitelist(List.of(names), true);
  }

  /**
   * The answer for the request, if it breaks the whitelist.
   *
   * @param request the request
   * @return the 400 response, or empty when every name is allowed
   */
  public Optional<SandboxResponse> check(SandboxRequest request) {
    Params p = form ? request.form() : request.query();
    for (String name : p.names()) {
      if (!allowed.contains(name)) {
        return Optional.of(Responses.notWhitelisted(name, allowed, form));
      }
    }
    return Optional.empty();
  }
}
