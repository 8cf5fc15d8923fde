package io.github.tcia4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The loopback floor (issue #5, benchmark 3): an uncapped sandbox in its own JVM
 * ({@link SandboxProcess}; no latency, no bandwidth cap, zips stored with compression level 0)
 * serves the 40 series of about 25 MB of the throughput benchmark. For each parallelism the same
 * zips are fetched by the client (a fresh JVM, {@link DownloadChild}: streamed, unzipped,
 * MD5-verified, written to disk; two runs, the second with a warm JIT) and by plain {@code curl}
 * processes ({@code curl -s -o /dev/null -w '%{size_download} %{time_total}'} on the same
 * {@code getImage} URLs the client sends, with the same number of requests at once), which only
 * receive the bytes: the physical floor of this machine. The sandbox is warmed up first by one
 * unreported client download from this JVM.
 *
 * <p>Options ({@code --name value}): {@code series} (40), {@code images} (48), {@code matrix}
 * (512), {@code level} (0), {@code parallel} (comma list; 1,4,10), {@code repeat} client runs per
 * JVM (2), {@code curl} (the curl binary, {@code curl}), {@code dir} for the downloads,
 * {@code sandbox-heap} (1g).
 */
public final class LoopbackBench {
  private LoopbackBench() {}

  /**
   * Runs the benchmark and prints a table.
   *
   * @param args the options
   * @throws IOException when the sandbox, a client JVM or curl cannot be started
   * @throws InterruptedException when interrupted while waiting for curl
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    BenchArgs a = new BenchArgs(args);
    Path base = Path.of(a.text("dir", System.getProperty("java.io.tmpdir")));
    int repeat = a.integer("repeat", 2);
    String curl = a.text("curl", "curl");
    Machine.print("LoopbackBench");
    System.out.println("curl: " + firstLine(curl, "--version"));
    String[] sandboxOptions = {"--series", a.text("series", "40"), "--images", a.text("images", "48"),
        "--matrix", a.text("matrix", "512"), "--level", a.text("level", "0")};
    System.out.println("Sandbox (separate JVM, uncapped): " + String.join(" ", sandboxOptions));
    boolean ok = true;
    try (SandboxProcess sandbox = SandboxProcess.start(a.text("sandbox-heap", "1g"), sandboxOptions)) {
      sandbox.warmUp(base);
      List<String> urls = sandbox.seriesUids().stream().map(uid -> sandbox.url()
          + "/nbia-api/services/v4/getImage?SeriesInstanceUID=" + URLEncoder.encode(uid, StandardCharsets.UTF_8)
          + "&NewFileNames=Yes&IncludeMD5=yes").toList();
      System.out.println();
      System.out.println("| Parallel requests | curl to /dev/null | tcia4j run 1 (fresh JVM) | tcia4j run 2 (warm JVM)"
          + " | tcia4j run 2 / curl | tcia4j client CPU run 1 / run 2 |");
      System.out.println("|---|---|---|---|---|---|");
      for (String p : a.text("parallel", "1,4,10").split(",")) {
        int parallel = Integer.parseInt(p.trim());
        double[] curlResult = curl(curl, urls, parallel);
        ChildJvm.Outcome out = ChildJvm.run(List.of(), List.of("--url", sandbox.url(), "--workers",
            String.valueOf(parallel), "--repeat", String.valueOf(repeat), "--dir", base.toString()));
        out.otherLines().forEach(l -> System.out.println("  " + l));
        ok &= out.exitCode() == 0 && out.runs().size() == repeat;
        double curlMbps = curlResult[0] / 1e6 / curlResult[1];
        List<String> cells = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < Math.min(2, out.runs().size()); i++) {
          double wall = out.number(i, "wall_s");
          last = out.number(i, "received") / 1e6 / wall;
          cells.add(String.format(Locale.ROOT, "%.1f MB/s (%.1f s)", last, wall));
          cpu.add(String.format(Locale.ROOT, "%.1f s", out.number(i, "cpu_s")));
        }
        while (cells.size() < 2) {
          cells.add("–");
        }
        System.out.printf(Locale.ROOT, "| %d | %.1f MB/s (%.1f s) | %s | %s | %.0f %% | %s |%n", parallel, curlMbps,
            curlResult[1], cells.get(0), cells.get(1), 100 * last / curlMbps, String.join(" / ", cpu));
      }
      System.out.println();
      System.out.println("Load average at the end: " + Machine.loadAverage());
    }
    if (!ok) {
      System.out.println("Some client runs were not complete; see the lines above.");
      System.exit(1);
    }
  }

  /** Fetches every URL with curl, {@code parallel} at a time; returns {bytes, wall seconds}. */
  private static double[] curl(String curl, List<String> urls, int parallel) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Future<Long>> sizes = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String url : urls) {
      sizes.add(pool.submit(() -> fetch(curl, url)));
    }
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
      throw new IllegalStateException("curl did not finish within an hour");
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    long bytes = 0;
    for (Future<Long> f : sizes) {
      try {
        bytes += f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("curl failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    return new double[] {bytes, wall};
  }

  private static long fetch(String curl, String url) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(curl, "-s", "-f", "-o", "/dev/null", "-w", "%{size_download} %{time_total}", url)
        .redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    if (p.waitFor() != 0) {
      throw new IOException("curl exited with " + p.exitValue() + " for " + url + ": " + out);
    }
    return Long.parseLong(out.split("\\s+")[0]);
  }

  private static String firstLine(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (InputStream in = p.getInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return text.lines().findFirst().orElse("unknown");
      }
    } catch (IOException e) {
      return "not found (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

}
