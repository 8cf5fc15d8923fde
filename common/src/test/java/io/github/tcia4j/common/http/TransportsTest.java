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
  void closingTheChainClosesTheBaseOnce() {
    ScriptedTransport base = new ScriptedTransport();
    Transport transport = Transports.create(ClientConfig.builder().transport(base).build());

    transport.close();
    transport.close();

    assertThat(base.closes()).isEqualTo(1);
  }
}
