package io.github.tcia4j.common.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Turns the JDK client's exceptions, whose messages are often empty (a refused connection is a
 * bare {@code ConnectException} on Java 17), into one line that says what happened.
 */
public final class Failures {
  private Failures() {}

  /**
   * Describes a request that got no response.
   *
   * @param uri the request URI; only its host and port are used
   * @param failure what the client threw
   * @param connectTimeout the connect timeout in force
   * @param requestTimeout the request (headers) timeout in force
   * @param via a description of the proxy in use, e.g. {@code " via proxy 10.0.0.1:3128"}, or empty
   * @return the message, e.g. {@code Could not connect to 127.0.0.1:8080: Connection refused}
   */
  public static String describeNoResponse(URI uri, Throwable failure, Duration connectTimeout,
      Duration requestTimeout, String via) {
    String target = hostAndPort(uri) + via;
    if (has(failure, HttpConnectTimeoutException.class)) {
      return "Connecting to " + target + " timed out after " + Durations.seconds(connectTimeout)
          + " s (connect timeout)";
    }
    if (has(failure, HttpTimeoutException.class)) {
      return "No response from " + target + " within " + Durations.seconds(requestTimeout)
          + " s (request timeout): the server did not send the response headers in time";
    }
    if (has(failure, UnresolvedAddressException.class)
        || has(failure, UnknownHostException.class)) {
      return "Could not resolve host '" + uri.getHost() + "'" + via
          + ": check the host name, your network and your proxy settings";
    }
    if (has(failure, NoRouteToHostException.class)) {
      return "Could not connect to " + target + ": no route to host";
    }
    if (has(failure, ConnectException.class)) {
      String message = firstMessage(failure);
      return "Could not connect to " + target + ": "
          + (message.isEmpty() ? "Connection refused (is the server running on that port?)" : message);
    }
    if (has(failure, SSLException.class)) {
      return "TLS handshake with " + target + " failed: " + describeCause(failure);
    }
    return "Request to " + target + " failed: " + describeCause(failure);
  }

  /**
   * Tells whether a failure is a timeout of the JDK client (connect or response headers).
   *
   * @param failure what the client threw
   * @return {@code true} for an {@link HttpTimeoutException} anywhere in the cause chain
   */
  public static boolean isTimeout(Throwable failure) {
    return has(failure, HttpTimeoutException.class);
  }

  /**
   * Describes a failure by the first non-blank message in its cause chain, or else by the name of
   * its deepest cause.
   *
   * @param failure the failure
   * @return a short description, never empty
   */
  public static String describeCause(Throwable failure) {
    String message = firstMessage(failure);
    if (!message.isEmpty()) {
      return message;
    }
    List<Throwable> chain = chain(failure);
    return chain.get(chain.size() - 1).getClass().getSimpleName();
  }

  private static String firstMessage(Throwable failure) {
    for (Throwable t : chain(failure)) {
      String message = t.getMessage();
      if (message != null && !message.isBlank()) {
        return message.trim();
      }
    }
    return "";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    return chain(failure).stream().anyMatch(type::isInstance);
  }

  /** The failure and its causes, outermost first, stopping at a repeat (cause cycles exist). */
  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> result = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      result.add(t);
    }
    return result;
  }

  private static String hostAndPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost() + ":" + port;
  }
}
