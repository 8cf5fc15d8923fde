package io.github.tcia4j.bench;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.model.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The client side of the download benchmarks, run in a fresh JVM by {@link ChildJvm} so that each
 * measured download starts like a {@code tcia download} invocation (cold JIT, its own heap): it
 * lists the series of a sandbox collection, downloads them with MD5 verification into a new
 * folder under {@code dir} (deleted afterwards), and prints one line per run:
 * {@code RESULT run=1 wall_s=... received=... disk=... cpu_s=... series=... complete=... verified=...
 * images=... heap_peak_mb=... vmhwm_kb=...}.
 *
 * <p>Options ({@code --name value}): {@code url} (required), {@code collection}
 * ({@code SBX-Bench-CT}), {@code workers} (0 = the default settings), {@code repeat} (1: later
 * runs show the warm JIT), {@code dir} (the temporary folder), {@code keep} (0; 1 keeps the
 * downloaded folder of the last run and prints {@code FOLDER <path>}).
 */
public final class DownloadChild {
  private DownloadChild() {}

  /**
   * Runs the downloads.
   *
   * @param args the options
   * @throws IOException when a folder cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    String url = a.text("url", "");
    if (url.isEmpty()) {
      throw new IllegalArgumentException("--url is required (the sandbox's NBIA root)");
    }
    int workers = a.integer("workers", 0);
    int repeat = a.integer("repeat", 1);
    boolean keep = a.integer("keep", 0) == 1;
    Path base = Path.of(a.text("dir", System.getProperty("java.io.tmpdir")));
    boolean allComplete = true;
    try (NbiaClient nbia = NbiaClient.connect(url)) {
      List<String> uids = nbia.getSeries(SeriesQuery.collection(a.text("collection", "SBX-Bench-CT"))).stream()
          .map(Series::seriesInstanceUid).toList();
      for (int run = 1; run <= repeat; run++) {
        Path root = Files.createTempDirectory(base, "tcia4j-bench-");
        DownloadRequest.Builder request = DownloadRequest.builder().seriesUids(uids).path(root);
        if (workers > 0) {
          request.workers(workers);
        }
        HeapPeak.reset();
        Duration cpu0 = Cpu.self();
        long t0 = System.nanoTime();
        DownloadReport report = nbia.downloadSeries(request.build());
        double wall = (System.nanoTime() - t0) / 1e9;
        Duration cpu = Cpu.self().minus(cpu0);
        long verified = report.outcomes().stream()
            .filter(o -> o.status().isComplete() && o.md5() == Md5Check.VERIFIED).count();
        allComplete &= report.totals().complete() == uids.size();
        report.problems().forEach(o -> System.out.println("PROBLEM " + o.seriesInstanceUid() + " " + o.status()
            + " " + o.error()));
        System.out.printf(Locale.ROOT, "RESULT run=%d wall_s=%.3f received=%d disk=%d cpu_s=%.3f series=%d"
            + " complete=%d verified=%d images=%d heap_peak_mb=%.1f vmhwm_kb=%d%n", run, wall,
            report.totals().bytesReceived(), report.totals().bytes(), cpu.toMillis() / 1000.0, uids.size(),
            report.totals().complete(), verified, report.totals().images(),
            HeapPeak.megabytes(), ProcStatus.kilobytes(ProcessHandle.current().pid(), "VmHWM"));
        if (keep && run == repeat) {
          System.out.println("FOLDER " + root);
        } else {
          Folders.delete(root);
        }
      }
    }
    System.out.flush();
    System.exit(allComplete ? 0 : 1);
  }
}
