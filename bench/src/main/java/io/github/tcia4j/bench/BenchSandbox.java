package io.github.tcia4j.bench;

import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.io.IOException;
import java.time.Duration;

/**
 * The sandbox of the download benchmarks, run in its own JVM by {@link SandboxProcess}: one
 * custom CT collection, optional latency and bandwidth caps, a chosen zip compression level. It
 * prints {@code NBIA <url>} and one {@code SERIES <uid>} line per series, then {@code READY},
 * and runs until its standard input ends.
 *
 * <p>Options (all {@code --name value}): {@code series} (40), {@code images} per series (48),
 * {@code matrix} rows = columns (512), {@code level} zip compression (0), {@code latency-ms} (0),
 * {@code conn-bps} cap per connection in bytes/s (0 = none), {@code total-bps} cap of all
 * connections (0 = none), {@code threads} per host (32).
 */
public final class BenchSandbox {
  private BenchSandbox() {}

  /**
   * Runs the sandbox until standard input is closed.
   *
   * @param args the options
   * @throws IOException when standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    int matrix = a.integer("matrix", 512);
    FaultRule rule = FaultRule.builder().latency(Duration.ofMillis(a.number("latency-ms", 0)))
        .bytesPerSecond(a.number("conn-bps", 0)).build();
    FaultProfile profile = FaultProfile.builder().name("bench").defaults(rule)
        .totalBytesPerSecond(a.number("total-bps", 0)).build();
    TciaSandbox.Builder builder = TciaSandbox.builder().withoutBuiltInCollections()
        .zipCompressionLevel(a.integer("level", 0)).threads(a.integer("threads", 32)).faults(profile)
        .addCollection(CollectionSpec.builder("SBX-Bench-CT", "CT").seriesCount(a.integer("series", 40))
            .imagesPerSeries(a.integer("images", 48)).matrix(matrix, matrix).build());
    try (TciaSandbox sandbox = builder.start()) {
      System.out.println("NBIA " + sandbox.nbiaUrl());
      sandbox.dataset(Host.NBIA).series().forEach(s -> System.out.println("SERIES " + s.seriesInstanceUid()));
      System.out.println("READY");
      System.out.flush();
      while (System.in.read() >= 0) {
        // runs until the parent closes our standard input (or dies)
      }
    }
  }
}
