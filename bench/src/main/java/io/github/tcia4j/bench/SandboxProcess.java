package io.github.tcia4j.bench;

import io.github.tcia4j.nbia.NbiaClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BenchSandbox} in a separate JVM. The download benchmarks run the sandbox apart from
 * the client so that the client's heap, garbage collector and JIT are its own, and so that the
 * CPU time of each side can be read separately ({@link #cpuTime()} and
 * {@link Cpu#self()}): on a two-core machine both sides share the cores, and the split shows
 * which side limits the throughput.
 */
final class SandboxProcess implements AutoCloseable {
  private final Process process;
  private final String url;
  private final List<String> seriesUids;

  private SandboxProcess(Process process, String url, List<String> seriesUids) {
    this.process = process;
    this.url = url;
    this.seriesUids = List.copyOf(seriesUids);
  }

  /**
   * Starts the sandbox and waits until it is ready.
   *
   * @param heap the sandbox JVM's {@code -Xmx} value, e.g. {@code 1g}
   * @param options the {@link BenchSandbox} options, as {@code --name value} pairs
   * @return the running sandbox
   * @throws IOException when the JVM cannot be started or ends before it is ready
   */
  static SandboxProcess start(String heap, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-cp",
        System.getProperty("java.class.path"), BenchSandbox.class.getName()));
    command.addAll(List.of(options));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String url = null;
    List<String> uids = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null && !line.equals("READY")) {
      if (line.startsWith("NBIA ")) {
        url = line.substring(5).trim();
      } else if (line.startsWith("SERIES ")) {
        uids.add(line.substring(7).trim());
      }
    }
    if (line == null || url == null) {
      p.destroyForcibly();
      throw new IOException("The sandbox JVM ended before it was ready (exit code "
          + (p.isAlive() ? "none" : String.valueOf(p.exitValue())) + ")");
    }
    return new SandboxProcess(p, url, uids);
  }

  /**
   * Returns the NBIA server root of the sandbox.
   *
   * @return the URL
   */
  String url() {
    return url;
  }

  /**
   * Returns the Series Instance UIDs of the benchmark collection.
   *
   * @return the UIDs in sandbox order
   */
  List<String> seriesUids() {
    return seriesUids;
  }

  /**
   * Returns the CPU time the sandbox JVM has used so far.
   *
   * @return the CPU time, or zero when the system does not say
   */
  Duration cpuTime() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /**
   * Downloads every series once from this JVM into a temporary folder (deleted afterwards), so
   * that the sandbox's code is compiled before the measured runs, and prints how long it took.
   *
   * @param base where the temporary folder is created
   * @throws IOException when the folder cannot be created or deleted
   */
  void warmUp(Path base) throws IOException {
    Path root = Files.createTempDirectory(base, "tcia4j-warmup-");
    long t0 = System.nanoTime();
    try (NbiaClient nbia = NbiaClient.connect(url)) {
      nbia.downloadSeries(seriesUids, root);
    } finally {
      Folders.delete(root);
    }
    System.out.printf(Locale.ROOT, "Warm-up (sandbox): %d series in %.1f s, not reported%n", seriesUids.size(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Ends the sandbox JVM: closes its standard input, then kills it if it does not end. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the {@code java} of the running JVM.
   *
   * @return the path of the binary
   */
  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
