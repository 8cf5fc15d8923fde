package io.github.tcia4j.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final URI HTTP = URI.create("http://nbia.example.org/x");
  private static final URI HTTPS = URI.create("https://nbia.example.org/x");
  private static final Duration CONNECT = Duration.ofSeconds(15);
  private static final Duration REQUEST = Duration.ofMillis(1500);

  private static String describe(URI uri, Throwable failure) {
    return Failures.describeNoResponse(uri, failure, CONNECT, REQUEST, "");
  }

  private static <T extends Throwable> T causedBy(T outer, Throwable cause) {
    outer.initCause(cause);
    return outer;
  }

  @Test
  void refusedConnectionWithoutMessageSaysConnectionRefused() {
    // what Java 17 throws: ConnectException(null) <- ConnectException(null) <- ClosedChannelException
    Throwable failure = causedBy(new ConnectException(), causedBy(new ConnectException(), new ClosedChannelException()));

    assertThat(describe(HTTP, failure)).isEqualTo(
        "Could not connect to nbia.example.org:80: Connection refused (is the server running on that port?)");
    assertThat(Failures.isTimeout(failure)).isFalse();
  }

  @Test
  void unresolvedHostIsNamed() {
    Throwable jdk = causedBy(new ConnectException(), new UnresolvedAddressException());
    Throwable classic = new UnknownHostException("nbia.example.org");

    assertThat(describe(HTTPS, jdk)).startsWith("Could not resolve host 'nbia.example.org'");
    assertThat(describe(HTTPS, classic)).startsWith("Could not resolve host 'nbia.example.org'");
  }

  @Test
  void timeoutsNameTheTimeoutInForce() {
    HttpConnectTimeoutException connect = new HttpConnectTimeoutException("HTTP connect timed out");
    HttpTimeoutException request = new HttpTimeoutException("request timed out");

    assertThat(describe(HTTPS, connect)).isEqualTo("Connecting to nbia.example.org:443 timed out after 15 s (connect timeout)");
    assertThat(describe(HTTPS, request)).startsWith("No response from nbia.example.org:443 within 1.5 s (request timeout)");
    assertThat(Failures.isTimeout(connect)).isTrue();
    assertThat(Failures.isTimeout(causedBy(new IOException("wrapped"), request))).isTrue();
  }

  @Test
  void otherFailuresKeepTheirMessage() {
    assertThat(describe(HTTP, new NoRouteToHostException("No route to host")))
        .isEqualTo("Could not connect to nbia.example.org:80: no route to host");
    assertThat(describe(HTTPS, new SSLHandshakeException("PKIX path building failed")))
        .isEqualTo("TLS handshake with nbia.example.org:443 failed: PKIX path building failed");
    assertThat(describe(HTTP, new IOException("HTTP/1.1 header parser received no bytes")))
        .isEqualTo("Request to nbia.example.org:80 failed: HTTP/1.1 header parser received no bytes");
    assertThat(Failures.describeNoResponse(HTTP, new EOFException(), CONNECT, REQUEST, " via proxy p:3128"))
        .isEqualTo("Request to nbia.example.org:80 via proxy p:3128 failed: EOFException");
  }

  @Test
  void describeCauseSurvivesACauseCycle() {
    IOException a = new IOException();
    IOException b = new IOException();
    a.initCause(b);
    b.initCause(a);

    assertThat(Failures.describeCause(a)).isEqualTo("IOException");
  }

  @Test
  void durationsPrintAsSeconds() {
    assertThat(Durations.seconds(Duration.ofMillis(500))).isEqualTo("0.5");
    assertThat(Durations.seconds(Duration.ofSeconds(30))).isEqualTo("30");
    assertThat(Durations.seconds(Duration.ofMillis(1250))).isEqualTo("1.25");
    assertThat(Durations.seconds(Duration.ZERO)).isEqualTo("0");
  }
}
