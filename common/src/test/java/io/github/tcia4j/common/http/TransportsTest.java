package io.github.tcia4j.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TransportsTest {
  private static final HttpCall CALL = HttpCall.get(URI.create("http://127.0.0.1:9/x")).build();

  @Test
  void chainRetriesWithTheConfiguredPolicyAndSleeper() {
    ScriptedTransport base = new ScriptedTransport().respond(503, "busy").respond(200, "ok");
    RecordingSleeper sleeper = new RecordingSleeper();
    ClientConfig config = ClientConfig.builder().transport(base).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofSeconds(2)).jitter(0).build()).build();

    try (Transport transport = Transports.create(config)) {
      HttpResult result = transport.send(CALL);

      assertThat(result.bodyAsString()).isEqualTo("ok");
      assertThat(result.attempts()).isEqualTo(2);
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
      assertThat(transport).isInstanceOf(RetryingTransport.class);
    }
  }

  @Test
  void chainLimitsConcurrencyUntilTheBodyIsClosed() throws Exception {
    ScriptedTransport base = new ScriptedTransport().respond(200, "first").respond(200, "second");
    ClientConfig config = ClientConfig.builder().transport(base).maxConcurrency(1).build();
    Transport transport = Transports.create(config);
    HttpResult first = transport.send(CALL);
    AtomicReference<String> second = new AtomicReference<>();
    Thread other = new Thread(() -> second.set(transport.send(CALL).bodyAsString()), "second-request");
    other.start();

    Threads.awaitBlocked(List.of(other));
    assertThat(base.calls()).hasSize(1);
    first.close();
    Threads.join(other);

    assertThat(second.get()).isEqualTo("second");
    assertThat(base.calls()).hasSize(2);
  }

  @Test
  void chainWithOauthLogsInSendsTheBearerAndRenewsAfter401() {
    URI tokenUri = URI.create("http://127.0.0.1:9/nbia-api/oauth/token");
    ScriptedTransport base = new ScriptedTransport()
        .respond(200, "{\"access_token\":\"tok-1\",\"expires_in\":7200,\"refresh_token\":\"ref-1\"}")
        .respond(401, "")
        .respond(200, "{\"access_token\":\"tok-2\",\"expires_in\":7200}")
        .respond(200, "data");
    ClientConfig config = ClientConfig.builder().transport(base)
        .oauth(io.github.tcia4j.common.auth.OAuthSettings.nbiaProxy(URI.create("http://127.0.0.1:9"),
            io.github.tcia4j.common.auth.Credentials.guest()))
        .build();

    try (Transport transport = Transports.create(config)) {
      assertThat(transport.send(CALL).bodyAsString()).isEqualTo("data");
    }

    List<HttpCall> calls = base.calls();
    assertThat(calls).hasSize(4);
    assertThat(calls.get(0).uri()).isEqualTo(tokenUri);
    assertThat(calls.get(0).header("Authorization")).isEmpty();
    assertThat(calls.get(1).header("Authorization")).contains("Bearer tok-1");
    assertThat(calls.get(2).uri()).isEqualTo(tokenUri);
    assertThat(new String(calls.get(2).body().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("grant_type=refresh_token");
    assertThat(calls.get(3).header("Authorization")).contains("Bearer tok-2");
  }

  @Test
  void twoChainsKeepSeparateTokens() {
    ScriptedTransport base = new ScriptedTransport()
        .respond(200, "{\"access_token\":\"main\",\"expires_in\":7200}").respond(200, "a")
        .respond(200, "{\"access_token\":\"nlst\",\"expires_in\":7200}").respond(200, "b");
    ClientConfig config = ClientConfig.builder().transport(base)
        .oauth(io.github.tcia4j.common.auth.OAuthSettings.nbiaProxy(URI.create("http://127.0.0.1:9"),
            io.github.tcia4j.common.auth.Credentials.guest()))
        .build();

    Transport main = Transports.create(config);
    Transport nlst = Transports.create(config);
    main.send(CALL).close();
    nlst.send(CALL).close();

    assertThat(base.calls().get(1).header("Authorization")).contains("Bearer main");
    assertThat(base.calls().get(3).header("Authorization")).contains("Bearer nlst");
  }

  @Test
  void closingTheChainClosesTheBaseOnce() {
    ScriptedTransport base = new ScriptedTransport();
    Transport transport = Transports.create(ClientConfig.builder().transport(base).build());

    transport.close();
    transport.close();

    assertThat(base.closes()).isEqualTo(1);
  }
}
