package io.github.tcia4j.bench;

import io.github.tcia4j.nbia.download.DownloadRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Download throughput against a capped sandbox (issue #5, benchmark 1).
 *
 * <p>The sandbox runs in its own JVM ({@link SandboxProcess}) and serves 40 CT series of about
 * 25 MB (48 images of 512 x 512; zips with compression level 0, so that the two cores are not
 * spent on DEFLATE) with 150 ms latency before each answer, 10 MB/s per connection and 80 MB/s
 * over all connections. It is warmed up first: this JVM downloads every series once (not
 * reported). Then, for the default settings and for each worker count, a fresh client JVM
 * ({@link DownloadChild}) downloads all 40 series with MD5 verification, twice: the first run
 * is what a {@code tcia download} invocation sees (cold JIT), the second the steady state.
 * Megabytes are 10<sup>6</sup> bytes; MB/s counts the HTTP body bytes received (the zips) over
 * the wall time of {@code downloadSeries}, the metadata query included, JVM start excluded.
 *
 * <p>Options ({@code --name value}): {@code series} (40), {@code images} (48), {@code matrix}
 * (512), {@code level} (0), {@code latency-ms} (150), {@code conn-mbps} (10), {@code total-mbps}
 * (80), {@code workers} (comma list; {@code default} = the default settings;
 * {@code default,1,4,8,16}), {@code repeat} runs per client JVM (2), {@code client-jvm} options
 * of the client JVMs (none), {@code dir} for the downloads (the temporary folder),
 * {@code sandbox-heap} (1g).
 */
public final class DownloadThroughputBench {
  private DownloadThroughputBench() {}

  /**
   * Runs the benchmark and prints a table.
   *
   * @param args the options
   * @throws IOException when the sandbox or a client JVM cannot be started
   */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    double cap = a.number("total-mbps", 80);
    int repeat = a.integer("repeat", 2);
    String[] configs = a.text("workers", "default,1,4,8,16").split(",");
    List<String> clientJvm = a.text("client-jvm", "").isBlank() ? List.of()
        : Arrays.asList(a.text("client-jvm", "").trim().split("\\s+"));
    Path base = Path.of(a.text("dir", System.getProperty("java.io.tmpdir")));
    Machine.print("DownloadThroughputBench");
    String[] sandboxOptions = {"--series", a.text("series", "40"), "--images", a.text("images", "48"),
        "--matrix", a.text("matrix", "512"), "--level", a.text("level", "0"),
        "--latency-ms", a.text("latency-ms", "150"),
        "--conn-bps", String.valueOf(a.number("conn-mbps", 10) * 1_000_000),
        "--total-bps", String.valueOf((long) (cap * 1_000_000))};
    System.out.println("Sandbox (separate JVM): " + String.join(" ", sandboxOptions));
    System.out.println("Client JVMs: " + (clientJvm.isEmpty() ? "no options (JVM defaults)" : clientJvm)
        + "; " + repeat + " run(s) each");
    boolean ok = true;
    try (SandboxProcess sandbox = SandboxProcess.start(a.text("sandbox-heap", "1g"), sandboxOptions)) {
      sandbox.warmUp(base);
      System.out.println();
      System.out.println("| Settings | Run 1 (fresh JVM): wall, MB/s, % of " + (long) cap + " MB/s | Run 2 (warm JVM):"
          + " wall, MB/s, % of cap | Client CPU run 1 / run 2 | Sandbox CPU (both runs) | Complete and verified |");
      System.out.println("|---|---|---|---|---|---|");
      for (String config : configs) {
        String label = config.trim();
        int workers = label.equals("default") ? 0 : Integer.parseInt(label);
        List<String> childArgs = List.of("--url", sandbox.url(), "--workers", String.valueOf(workers),
            "--repeat", String.valueOf(repeat), "--dir", base.toString());
        Duration sandbox0 = sandbox.cpuTime();
        ChildJvm.Outcome out = ChildJvm.run(clientJvm, childArgs);
        Duration sandboxCpu = sandbox.cpuTime().minus(sandbox0);
        out.otherLines().forEach(l -> System.out.println("  " + l));
        ok &= out.exitCode() == 0 && out.runs().size() == repeat;
        System.out.println(row(label, workers, out, sandboxCpu, cap));
      }
      System.out.println();
      System.out.println("Load average at the end: " + Machine.loadAverage());
    }
    if (!ok) {
      System.out.println("Some runs were not complete; see the lines above.");
      System.exit(1);
    }
  }

  private static String row(String label, int workers, ChildJvm.Outcome out, Duration sandboxCpu, double cap) {
    StringBuilder sb = new StringBuilder("| ").append(workers == 0
        ? "default (" + DownloadRequest.DEFAULT_WORKERS + " workers)" : workers + (workers == 1 ? " worker" : " workers"));
    List<String> cpu = new ArrayList<>();
    String complete = "";
    for (int i = 0; i < 2; i++) {
      if (i >= out.runs().size()) {
        sb.append(" | –");
        continue;
      }
      double wall = out.number(i, "wall_s");
      double mbps = out.number(i, "received") / 1e6 / wall;
      sb.append(String.format(Locale.ROOT, " | %.1f s, %.1f MB/s, %.0f %%", wall, mbps, 100 * mbps / cap));
      cpu.add(String.format(Locale.ROOT, "%.1f s", out.number(i, "cpu_s")));
      complete = (int) out.number(i, "verified") + " of " + (int) out.number(i, "series");
    }
    sb.append(" | ").append(String.join(" / ", cpu))
        .append(String.format(Locale.ROOT, " | %.1f s", sandboxCpu.toMillis() / 1000.0))
        .append(" | ").append(complete).append(" |");
    return sb.toString();
  }

}
