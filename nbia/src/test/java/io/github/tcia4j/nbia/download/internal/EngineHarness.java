package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.common.http.Transports;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.FakeNbia;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs the download engine against a {@link FakeNbia}: v4 endpoints, the standard transport chain,
 * a sleeper that records waits instead of sleeping.
 */
final class EngineHarness implements AutoCloseable {
  final FakeNbia server = new FakeNbia();
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  final Sleeper sleeper = sleeps::add;
  final Path root;
  private UnaryOperator<ClientConfig.Builder> config = b -> b;
  private UnaryOperator<SeriesCatalog> catalog = c -> c;

  EngineHarness(Path root) {
    this.root = root;
  }

  EngineHarness configure(UnaryOperator<ClientConfig.Builder> change) {
    this.config = change;
    return this;
  }

  /** Replaces the fake server's catalog, e.g. with one whose metadata query fails. */
  EngineHarness catalog(UnaryOperator<SeriesCatalog> change) {
    this.catalog = change;
    return this;
  }

  DownloadRequest.Builder request(List<String> uids) {
    return DownloadRequest.builder().seriesUids(uids).path(root).retryDelay(Duration.ofSeconds(2),
        Duration.ofSeconds(60));
  }

  DownloadJob start(DownloadRequest request) {
    ClientConfig c = config.apply(ClientConfig.builder().baseUrl(server.root()).sleeper(sleeper)
        .maxConcurrency(Math.max(8, request.workers()))).build();
    NbiaHttp http = new NbiaHttp(URI.create(server.root()), Transports.create(c), JsonCodec.standard());
    return DownloadEngine.start(request, new DownloadEndpoints(http, ApiFamily.V4), catalog.apply(server.catalog()),
        Clock.systemUTC(), c.sleeper(), http::close);
  }

  DownloadReport run(DownloadRequest request) {
    try (DownloadJob job = start(request)) {
      return job.await();
    }
  }

  /** Lists every path below the root, relative, sorted. */
  List<String> tree() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  /** Lists the temporary leftovers below the root. */
  List<String> leftovers() throws IOException {
    return tree().stream().filter(p -> p.contains(SeriesFiles.PART) || p.contains(SeriesFiles.OLD)).toList();
  }

  @Override
  public void close() {
    server.close();
  }
}
