package io.github.tcia4j.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Memory of one large series (issue #5, benchmark 2): a sandbox in its own JVM
 * ({@link SandboxProcess}) serves one CT series of 4096 images of 512 x 512, about 2.15 GB
 * (zip compression level 0, no caps), and a client JVM started with a small heap
 * ({@code -Xmx128m} by default) downloads it with MD5 verification ({@link DownloadChild}). The
 * benchmark reports whether the series completed and verified, the time, the client's peak heap
 * (sum of the heap pools' peak usage: an upper bound) and its peak resident set size three ways:
 * {@code VmHWM} read by the child from {@code /proc/self/status} at the end, {@code VmHWM} of the
 * child sampled by this JVM every 100 ms, and {@code /usr/bin/time -v}'s maximum resident set size
 * when that program exists.
 *
 * <p>Options ({@code --name value}): {@code images} (4096), {@code matrix} (512), {@code level}
 * (0), {@code heaps} (comma list of {@code -Xmx} values, {@code 128m}), {@code dir} for the
 * download (the temporary folder; it needs the series' size free), {@code sandbox-heap} (1g).
 */
public final class DownloadMemoryBench {
  private DownloadMemoryBench() {}

  /**
   * Runs the benchmark and prints a table.
   *
   * @param args the options
   * @throws IOException when the sandbox or the client JVM cannot be started
   */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    Path base = Path.of(a.text("dir", System.getProperty("java.io.tmpdir")));
    Machine.print("DownloadMemoryBench");
    String[] sandboxOptions = {"--series", "1", "--images", a.text("images", "4096"), "--matrix",
        a.text("matrix", "512"), "--level", a.text("level", "0")};
    System.out.println("Sandbox (separate JVM): " + String.join(" ", sandboxOptions));
    boolean ok = true;
    try (SandboxProcess sandbox = SandboxProcess.start(a.text("sandbox-heap", "1g"), sandboxOptions)) {
      System.out.println();
      System.out.println("| Client heap | Series | Images | On disk | Wall time | Throughput | Peak heap | VmHWM (child)"
          + " | VmHWM (sampled) | Max RSS (/usr/bin/time) |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (String heap : a.text("heaps", "128m").split(",")) {
        ChildJvm.Outcome out = ChildJvm.run(List.of("-Xmx" + heap.trim()),
            List.of("--url", sandbox.url(), "--repeat", "1", "--dir", base.toString()));
        out.otherLines().forEach(l -> System.out.println("  " + l));
        if (out.runs().isEmpty()) {
          System.out.println("| -Xmx" + heap.trim() + " | no result (exit code " + out.exitCode() + ") | | | | | | | | |");
          ok = false;
          continue;
        }
        boolean verified = out.number(0, "verified") == out.number(0, "series");
        ok &= out.exitCode() == 0 && verified;
        double wall = out.number(0, "wall_s");
        System.out.printf(Locale.ROOT, "| -Xmx%s | %s | %d | %.2f GB | %.1f s | %.1f MB/s | %.0f MB | %s | %s | %s |%n",
            heap.trim(), verified ? "complete, MD5 verified" : "NOT complete", (long) out.number(0, "images"),
            out.number(0, "disk") / 1e9, wall, out.number(0, "received") / 1e6 / wall,
            out.number(0, "heap_peak_mb"), megabytes((long) out.number(0, "vmhwm_kb")),
            megabytes(out.sampledHwmKb()), megabytes(out.timeMaxRssKb()));
      }
      System.out.println();
      System.out.println("Load average at the end: " + Machine.loadAverage());
    }
    if (!ok) {
      System.out.println("The download did not complete; see the lines above.");
      System.exit(1);
    }
  }

  private static String megabytes(long kilobytes) {
    return kilobytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kilobytes * 1024 / 1e6);
  }
}
