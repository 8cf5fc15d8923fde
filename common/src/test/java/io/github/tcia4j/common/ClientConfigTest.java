package io.github.tcia4j.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.common.http.Transport;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientConfigTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "nbia.cancerimagingarchive.net",          // no scheme
      "ftp://nbia.cancerimagingarchive.net",    // wrong scheme
      "ftp:",                                   // scheme only
      "http://",                                // no host
      "http:///nbia-api",                       // empty host
      "https://host/path?x=1",                  // query
      "https://host/path#frag",                 // fragment
      "https://user:pw@host",                   // user-info
      "http://bad host/"                        // not a URL
  })
  void malformedBaseUrlIsRejectedNamingTheSetting(String url) {
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base URL")
        .hasMessageContaining("e.g. https://nbia.cancerimagingarchive.net");
  }

  @Test
  void baseUrlWithUserInfoDoesNotEchoThePassword() {
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("https://user:s3cret@host"))
        .hasMessageContaining("user name or password")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void baseUrlIsNormalised() {
    ClientConfig config = ClientConfig.builder().baseUrl(" HTTPS://Host.example:8443/tcia/// ").build();

    assertThat(config.baseUrl()).contains(URI.create("https://Host.example:8443/tcia"));
    assertThat(ClientConfig.defaults().baseUrl()).isEmpty();
  }

  @Test
  void nonPositiveTimeoutsAreRejectedNamingTheSetting() {
    ClientConfig.Builder b = ClientConfig.builder();
    assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout must be a positive");
    assertThatThrownBy(() -> b.requestTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout must be a positive");
    assertThatThrownBy(() -> b.readTimeout(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout must be a positive");
    assertThatThrownBy(() -> b.readTimeout(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("readTimeout");
  }

  @Test
  void maxConcurrencyBelowOneIsRejected() {
    assertThatThrownBy(() -> ClientConfig.builder().maxConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConcurrency must be at least 1, was 0");
  }

  @Test
  void userAgentWithControlCharactersIsRejected() {
    assertThatThrownBy(() -> ClientConfig.builder().userAgent("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userAgent cannot be sent as an HTTP header")
        .hasMessageContaining("U+000A at index 1");
    assertThatThrownBy(() -> ClientConfig.builder().userAgent("tool\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+000D at index 4");
    assertThatThrownBy(() -> ClientConfig.builder().userAgent("a\u0000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> ClientConfig.builder().userAgent("tool \u4E2D"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+4E2D at index 5");
    assertThat(ClientConfig.builder().userAgent("my-tool/1.0 (café)").build().userAgent())
        .isEqualTo("my-tool/1.0 (café)");
  }

  @Test
  void blankUserAgentIsRejected() {
    assertThatThrownBy(() -> ClientConfig.builder().userAgent(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
  }

  @Test
  void badProxiesAreRejectedNamingTheSetting() {
    ClientConfig.Builder b = ClientConfig.builder();
    assertThatThrownBy(() -> b.proxies(Map.of("ftp", "http://10.0.0.1:3128")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxies").hasMessageContaining("'ftp'");
    assertThatThrownBy(() -> b.proxies(Map.of("http", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxies").hasMessageContaining("empty");
    assertThatThrownBy(() -> b.proxies(Map.of("http", "http://10.0.0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxies")
        .hasMessageContaining("needs a host and a port");
    assertThatThrownBy(() -> b.proxies(Map.of("https", "http://bad host:1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxies").hasMessageContaining("not valid");
    assertThatThrownBy(() -> b.proxies(Map.of("https", "http://bob:pa55@10.0.0.1:3128")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxies")
        .hasMessageContaining("user name or password").hasMessageNotContaining("pa55");
    assertThatThrownBy(() -> b.proxy("proxy.example", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy port");
    assertThatThrownBy(() -> b.proxy(" ", 8080))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy host");
  }

  @Test
  void proxiesRouteByScheme() {
    ProxySelector selector = ClientConfig.builder()
        .proxies(Map.of("https", "10.0.0.1:1080")).build().proxy().orElseThrow();

    Proxy https = selector.select(URI.create("https://nbia.example/x")).get(0);
    Proxy http = selector.select(URI.create("http://nbia.example/x")).get(0);

    assertThat(https.type()).isEqualTo(Proxy.Type.HTTP);
    assertThat(https.address().toString()).contains("10.0.0.1").contains("1080");
    assertThat(http).isEqualTo(Proxy.NO_PROXY);
    assertThat(ClientConfig.builder().noProxy().build().proxy().orElseThrow()
        .select(URI.create("https://x/")).get(0)).isEqualTo(Proxy.NO_PROXY);
  }

  @Test
  void toBuilderRoundTrips() {
    Transport transport = call -> {
      throw new AssertionError("not called");
    };
    Clock clock = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);
    Sleeper sleeper = d -> { };
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(7).build();
    ClientConfig original = ClientConfig.builder()
        .baseUrl("http://127.0.0.1:8080")
        .connectTimeout(Duration.ofSeconds(3))
        .requestTimeout(Duration.ofSeconds(4))
        .readTimeout(Duration.ofSeconds(5))
        .userAgent("test-agent/1")
        .proxy("proxy.example", 3128)
        .retryPolicy(policy)
        .maxConcurrency(3)
        .transport(transport)
        .clock(clock)
        .sleeper(sleeper)
        .build();

    ClientConfig copy = original.toBuilder().build();

    assertThat(copy.baseUrl()).isEqualTo(original.baseUrl());
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.userAgent()).isEqualTo("test-agent/1");
    assertThat(copy.proxy()).containsSame(original.proxy().orElseThrow());
    assertThat(copy.retryPolicy()).isEqualTo(policy);
    assertThat(copy.maxConcurrency()).isEqualTo(3);
    assertThat(copy.transport()).containsSame(transport);
    assertThat(copy.clock()).isSameAs(clock);
    assertThat(copy.sleeper()).isSameAs(sleeper);
    assertThat(copy.oauth()).isEmpty();
    assertThat(copy.toString()).isEqualTo(original.toString());

    ClientConfig changed = original.toBuilder().maxConcurrency(1).build();
    assertThat(changed.maxConcurrency()).isEqualTo(1);
    assertThat(original.maxConcurrency()).isEqualTo(3);
  }

  @Test
  void defaultsAreSensible() {
    ClientConfig config = ClientConfig.defaults();

    assertThat(config.connectTimeout()).isEqualTo(ClientConfig.DEFAULT_CONNECT_TIMEOUT);
    assertThat(config.requestTimeout()).isEqualTo(ClientConfig.DEFAULT_REQUEST_TIMEOUT);
    assertThat(config.readTimeout()).isEqualTo(ClientConfig.DEFAULT_READ_TIMEOUT);
    assertThat(config.maxConcurrency()).isEqualTo(ClientConfig.DEFAULT_MAX_CONCURRENCY);
    assertThat(config.userAgent()).startsWith("tcia4j/");
    assertThat(config.proxy()).isEmpty();
    assertThat(config.transport()).isEmpty();
    assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
  }
}
