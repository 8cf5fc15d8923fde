package io.github.tcia4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the sandbox answered, as kept in its request log. Secrets are never recorded: the
 * {@code Authorization} header is reduced to {@code Bearer <redacted>}, and the password, refresh
 * token and client secret form fields to {@code <redacted>}.
 *
 * @param host the host that answered
 * @param method the HTTP method
 * @param path the raw request path, e.g. {@code /nbia-api/services/v4/getSeries}
 * @param query the raw query string, empty when none
 * @param family the path family: {@code v1}, {@code v2}, {@code v4}, {@code advanced},
 *     {@code root}, {@code keycloak} (the realm's token path), or empty when the path matched no
 *     endpoint
 * @param endpoint the endpoint name, e.g. {@code getSeries}, or empty when unknown
 * @param queryParameters the decoded query parameters in order
 * @param formParameters the decoded form parameters in order (POST)
 * @param headers selected request headers ({@code Accept}, {@code Content-Type},
 *     {@code User-Agent}, {@code Range}, {@code Authorization} redacted except the web UI's
 *     token-less {@code Bearer undefined})
 * @param bearerToken whether a bearer token was sent ({@code Bearer undefined} is none)
 * @param user the user the token resolved to, or empty
 * @param status the response status
 * @param bytesSent the response body bytes handed to the connection
 * @param startTime when the request arrived, by the sandbox clock
 * @param duration how long the answer took, measured with the real monotonic clock
 * @param faults the injected faults, e.g. {@code LATENCY}, {@code ERROR_STATUS}
 */
public record RecordedRequest(Host host, String method, String path, String query,
    String family, String endpoint, Map<String, List<String>> queryParameters,
    Map<String, List<String>> formParameters, Map<String, String> headers, boolean bearerToken,
    Optional<String> user, int status, long bytesSent, Instant startTime, Duration duration,
    List<String> faults) {

  /**
   * Checks and copies the components.
   *
   * @param host the host
   * @param method the method
   * @param path the path
   * @param query the query
   * @param family the family
   * @param endpoint the endpoint
   * @param queryParameters the query parameters
   * @param formParameters the form parameters
   * @param headers the headers
   * @param bearerToken whether a token was sent
   * @param user the user
   * @param status the status
   * @param bytesSent the bytes sent
   * @param startTime the start time
   * @param duration the duration
   * @param faults the faults
   */
  public RecordedRequest {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(endpoint, "endpoint");
    queryParameters = copy(queryParameters);
    formParameters = copy(formParameters);
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(duration, "duration");
    faults = List.copyOf(faults);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m) {
    Map<String, List<String>> c = new LinkedHashMap<>();
    m.forEach((k, v) -> c.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(c);
  }

  /**
   * The first value of a query or form parameter.
   *
   * @param name the exact parameter name
   * @return the value, or empty
   */
  public Optional<String> parameter(String name) {
    List<String> v = queryParameters.get(name);
    if (v == null || v.isEmpty()) {
      v = formParameters.get(name);
    }
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }
}
