package io.github.tcia4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link DownloadChild} in a fresh JVM and collects its {@code RESULT} lines. While it runs,
 * the child's {@code VmHWM} (peak resident set size) is sampled from {@code /proc} every 100 ms;
 * when {@code /usr/bin/time} exists the child runs under {@code /usr/bin/time -v}, whose
 * "Maximum resident set size" is the kernel's own account of the peak.
 */
final class ChildJvm {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private ChildJvm() {}

  /**
   * What a child run reported.
   *
   * @param runs one map per {@code RESULT} line (keys as printed, e.g. {@code wall_s})
   * @param otherLines the other lines it printed ({@code PROBLEM}, {@code FOLDER})
   * @param exitCode the child's exit code
   * @param sampledHwmKb the largest {@code VmHWM} sampled from {@code /proc}, or -1
   * @param timeMaxRssKb {@code /usr/bin/time}'s maximum resident set size, or -1 without it
   */
  record Outcome(List<Map<String, String>> runs, List<String> otherLines, int exitCode, long sampledHwmKb,
      long timeMaxRssKb) {
    /**
     * Returns a number of one run.
     *
     * @param run the run index from 0
     * @param key the key
     * @return the value
     */
    double number(int run, String key) {
      return Double.parseDouble(runs.get(run).get(key));
    }
  }

  /**
   * Runs the child and waits for it.
   *
   * @param jvmOptions options of the child JVM, e.g. {@code -Xmx128m}
   * @param childArgs the {@link DownloadChild} options
   * @return what it reported
   * @throws IOException when the child cannot be started
   */
  static Outcome run(List<String> jvmOptions, List<String> childArgs) throws IOException {
    Path timeLog = Files.createTempFile("tcia4j-bench-time-", ".txt");
    boolean timed = Files.isExecutable(GNU_TIME);
    List<String> command = new ArrayList<>();
    if (timed) {
      command.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeLog.toString()));
    }
    command.add(SandboxProcess.javaBinary());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), DownloadChild.class.getName()));
    command.addAll(childArgs);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    AtomicLong hwm = new AtomicLong(-1);
    Thread sampler = new Thread(() -> sample(process, hwm), "vmhwm-sampler");
    sampler.setDaemon(true);
    sampler.start();
    List<Map<String, String>> runs = new ArrayList<>();
    List<String> other = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          Map<String, String> values = new LinkedHashMap<>();
          for (String part : line.substring(7).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            values.put(part.substring(0, eq), part.substring(eq + 1));
          }
          runs.add(values);
        } else {
          other.add(line);
        }
      }
    }
    int exit;
    try {
      exit = process.waitFor();
      sampler.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("Interrupted while waiting for the child JVM", e);
    }
    long timeRss = timed ? maxRss(timeLog).orElse(-1L) : -1;
    Files.deleteIfExists(timeLog);
    return new Outcome(runs, other, exit, hwm.get(), timeRss);
  }

  private static void sample(Process process, AtomicLong hwm) {
    while (process.isAlive()) {
      long pid = javaPid(process);
      long value = ProcStatus.kilobytes(pid, "VmHWM");
      hwm.accumulateAndGet(value, Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The JVM's pid: the process itself, or its child when it runs under /usr/bin/time. */
  private static long javaPid(Process process) {
    return process.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
  }

  private static Optional<Long> maxRss(Path timeLog) {
    try {
      for (String line : Files.readAllLines(timeLog)) {
        String t = line.trim();
        if (t.startsWith("Maximum resident set size (kbytes):")) {
          return Optional.of(Long.parseLong(t.substring(t.indexOf(':') + 1).trim()));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
