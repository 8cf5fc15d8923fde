package io.github.tcia4j.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.Params;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectsTest {
  private static final URI HTTPS = URI.create("https://services.example.org/nbia-api/services/v4/getSeries");

  @Test
  void recognisesRedirectStatuses() {
    assertThat(Redirects.isRedirect(301)).isTrue();
    assertThat(Redirects.isRedirect(308)).isTrue();
    assertThat(Redirects.isRedirect(304)).isFalse();
    assertThat(Redirects.isRedirect(200)).isFalse();
  }

  @Test
  void refusesHttpsToHttpDowngrade() {
    HttpCall call = HttpCall.get(HTTPS).header("Authorization", "Bearer t").build();

    assertThatThrownBy(() -> Redirects.follow(call, 302, "http://services.example.org/plain?token=abc", 0))
        .isExactlyInstanceOf(TciaException.class)
        .isNotInstanceOf(TciaIoException.class)
        .hasMessageContaining("Refusing to follow a redirect from https to plain http")
        .hasMessageContaining("http://services.example.org/plain?token=***")
        .hasMessageContaining("HTTP 302")
        .hasMessageNotContaining("abc");
  }

  @Test
  void allowsHttpToHttpsUpgradeButDropsAuthorizationAsThePortChanges() {
    HttpCall call = HttpCall.get(URI.create("http://services.example.org/x")).header("Authorization", "Bearer t").build();

    HttpCall next = Redirects.follow(call, 301, "https://services.example.org/x", 0);

    assertThat(next.uri()).isEqualTo(URI.create("https://services.example.org/x"));
    assertThat(next.header("Authorization")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://files.example.org/x", "mailto:someone@example.org", "http:///nohost"})
  void refusesLocationsThatAreNotHttpUrls(String location) {
    HttpCall call = HttpCall.get(HTTPS).build();

    assertThatThrownBy(() -> Redirects.follow(call, 302, location, 0))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("not an http(s) URL");
  }

  @Test
  void invalidLocationDoesNotEchoIt() {
    HttpCall call = HttpCall.get(HTTPS).build();

    assertThatThrownBy(() -> Redirects.follow(call, 302, "https://h/a b?password=pw1", 0))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("not a valid URL")
        .hasMessageNotContaining("pw1");
  }

  @Test
  void stopsAtTheLimit() {
    HttpCall call = HttpCall.get(HTTPS).build();

    assertThat(Redirects.follow(call, 302, "/next", Redirects.MAX_REDIRECTS - 1).uri().getPath()).isEqualTo("/next");
    assertThatThrownBy(() -> Redirects.follow(call, 302, "/next", Redirects.MAX_REDIRECTS))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Too many redirects: gave up after following 5")
        .hasMessageContaining("https://services.example.org/next");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303})
  void seeOtherStatusesContinueWithGetWithoutBody(int status) {
    HttpCall post = HttpCall.post(HTTPS).form(Params.of("a", "1")).header("Accept", "text/csv")
        .timeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4)).build();

    HttpCall next = Redirects.follow(post, status, "other?b=2", 0);

    assertThat(next.method()).isEqualTo("GET");
    assertThat(next.uri()).isEqualTo(URI.create("https://services.example.org/nbia-api/services/v4/other?b=2"));
    assertThat(next.body()).isEmpty();
    assertThat(next.header("Content-Type")).isEmpty();
    assertThat(next.header("Accept")).contains("text/csv");
    assertThat(next.timeout()).contains(Duration.ofSeconds(3));
    assertThat(next.readTimeout()).contains(Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @ValueSource(ints = {307, 308})
  void temporaryAndPermanentRedirectsKeepMethodAndBody(int status) {
    HttpCall post = HttpCall.post(HTTPS).form(Params.of("a", "1")).idempotent(true).build();

    HttpCall next = Redirects.follow(post, status, "https://mirror.example.org/x", 0);

    assertThat(next.method()).isEqualTo("POST");
    assertThat(next.body()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("a=1"));
    assertThat(next.header("Content-Type")).contains("application/x-www-form-urlencoded");
    assertThat(next.idempotent()).isTrue();
  }

  @Test
  void headStaysHead() {
    HttpCall next = Redirects.follow(HttpCall.head(HTTPS).build(), 302, "/y", 0);

    assertThat(next.method()).isEqualTo("HEAD");
  }

  @Test
  void dropsAuthorizationAndCookieOnlyWhenHostOrPortChanges() {
    HttpCall call = HttpCall.get(HTTPS).header("Authorization", "Bearer t").header("Cookie", "s=1")
        .header("Accept", "application/json").build();

    HttpCall sameHost = Redirects.follow(call, 302, "https://SERVICES.example.org:443/elsewhere", 0);
    HttpCall otherHost = Redirects.follow(call, 302, "https://cdn.example.org/file", 0);
    HttpCall otherPort = Redirects.follow(call, 302, "https://services.example.org:8443/file", 0);

    assertThat(sameHost.header("Authorization")).contains("Bearer t");
    assertThat(sameHost.header("Cookie")).contains("s=1");
    assertThat(otherHost.header("Authorization")).isEmpty();
    assertThat(otherHost.header("Cookie")).isEmpty();
    assertThat(otherHost.header("Accept")).contains("application/json");
    assertThat(otherPort.header("Authorization")).isEmpty();
  }

  @Test
  void sameHostAndPortFillsInDefaultPorts() {
    assertThat(Redirects.sameHostAndPort(URI.create("http://a.org/x"), URI.create("http://A.org:80/y"))).isTrue();
    assertThat(Redirects.sameHostAndPort(URI.create("https://a.org/x"), URI.create("https://a.org:443/"))).isTrue();
    assertThat(Redirects.sameHostAndPort(URI.create("http://a.org/x"), URI.create("https://a.org/x"))).isFalse();
    assertThat(Redirects.sameHostAndPort(URI.create("http://a.org/x"), URI.create("http://b.org/x"))).isFalse();
  }
}
