package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.CollectionInfo;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which server a command talks to: an explicit --sandbox, --nlst or --base-url beats
 * TCIA_NBIA_URL, which beats the public default.
 */
class ServerChoiceTest {
  /** Nothing listens on port 1: a request there fails at once. */
  private static final String DEAD = "http://127.0.0.1:1";

  private static TciaSandbox sandbox;
  private static List<String> publicCollections;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
    publicCollections = sandbox.dataset(Host.NBIA).collections().stream().filter(c -> !c.restricted())
        .map(CollectionInfo::name).sorted().toList();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static CliRun run(Map<String, String> env, String... args) {
    return CliRun.inEnvironment(env, UnaryOperator.identity(), args);
  }

  private static List<String> rows(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Collection\n");
    return run.out().lines().skip(1).toList();
  }

  /** Answers every request with an empty 200 (NBIA's "no rows") and remembers where it went. */
  private static final class Recorder implements Transport {
    final List<URI> uris = new CopyOnWriteArrayList<>();

    @Override
    public HttpResult send(io.github.tcia4j.common.http.HttpCall call) {
      uris.add(call.uri());
      return new HttpResult(call, 200, Map.of(), new ByteArrayInputStream(new byte[0]), 1);
    }

    UnaryOperator<ClientConfig.Builder> settings() {
      return b -> b.transport(this);
    }
  }

  @Test
  void theEnvironmentVariableAloneChoosesTheServer() {
    CliRun run = run(Map.of(ServerOptions.BASE_URL_ENV, sandbox.nbiaUrl()), "collections", "-f", "csv");
    assertThat(rows(run)).containsExactlyElementsOf(publicCollections);
  }

  @Test
  void sandboxBeatsTheEnvironmentVariable() {
    CliRun run = run(Map.of(ServerOptions.BASE_URL_ENV, DEAD), "collections", "--sandbox", "-f", "csv");
    assertThat(rows(run)).containsExactlyElementsOf(publicCollections);
  }

  @Test
  void baseUrlBeatsTheEnvironmentVariable() {
    CliRun run = run(Map.of(ServerOptions.BASE_URL_ENV, DEAD), "collections", "--base-url", sandbox.nbiaUrl(),
        "-f", "csv");
    assertThat(rows(run)).containsExactlyElementsOf(publicCollections);
  }

  @Test
  void nlstBeatsTheEnvironmentVariable() {
    Recorder recorder = new Recorder();
    CliRun run = CliRun.inEnvironment(Map.of(ServerOptions.BASE_URL_ENV, sandbox.nbiaUrl()), recorder.settings(),
        "collections", "--nlst", "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(recorder.uris).isNotEmpty().allSatisfy(u -> assertThat(u.toString())
        .startsWith("https://nlst.cancerimagingarchive.net/nbia-api/services/v4/getCollectionValues"));
  }

  @Test
  void withoutOptionOrVariableThePublicNbiaIsUsed() {
    Recorder recorder = new Recorder();
    CliRun run = CliRun.inEnvironment(Map.of(ServerOptions.BASE_URL_ENV, "  "), recorder.settings(),
        "collections", "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(recorder.uris).isNotEmpty().allSatisfy(u -> assertThat(u.getHost())
        .isEqualTo("nbia.cancerimagingarchive.net"));
  }

  @Test
  void aMalformedVariableIsAClearUsageError() {
    CliRun run = run(Map.of(ServerOptions.BASE_URL_ENV, "nbia.cancerimagingarchive.net"), "collections");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).startsWith("tcia: The environment variable TCIA_NBIA_URL ('nbia.cancerimagingarchive.net')")
        .contains("must start with http:// or https://").contains("Fix or unset TCIA_NBIA_URL")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMalformedVariableDoesNotMatterWhenAnOptionChoosesTheServer() {
    CliRun run = run(Map.of(ServerOptions.BASE_URL_ENV, "not a url"), "collections", "--sandbox", "-f", "csv");
    assertThat(rows(run)).containsExactlyElementsOf(publicCollections);
  }

  @Test
  void twoExplicitServersOrAnEmptyBaseUrlAreUsageErrors() {
    CliRun both = run(Map.of(), "collections", "--nlst", "--base-url", sandbox.nbiaUrl());
    assertThat(both.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(both.err()).contains("Choose one server: --sandbox, --nlst or --base-url, not --nlst and --base-url");

    CliRun empty = run(Map.of(), "collections", "--base-url", " ");
    assertThat(empty.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(empty.err()).contains("--base-url is empty");
  }
}
