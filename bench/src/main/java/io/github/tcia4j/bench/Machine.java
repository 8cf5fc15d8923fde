package io.github.tcia4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine a benchmark runs on, printed at its start: processors ({@code nproc}), CPU model
 * ({@code /proc/cpuinfo}), RAM ({@code /proc/meminfo}), JDK, operating system and the load
 * average (the figures of a shared machine depend on it). Entries that cannot be read say
 * {@code unknown}.
 */
final class Machine {
  private Machine() {}

  /**
   * Describes the machine.
   *
   * @return one line per property, e.g. {@code "CPU model: AMD EPYC 7B13"}
   */
  static List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("nproc: " + command("nproc").orElse("unknown") + " (JVM sees "
        + Runtime.getRuntime().availableProcessors() + " processors)");
    lines.add("CPU model: " + procField("/proc/cpuinfo", "model name").orElse("unknown"));
    lines.add("RAM: " + procField("/proc/meminfo", "MemTotal").map(Machine::kilobytesToGb).orElse("unknown"));
    lines.add("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    lines.add("OS: " + osRelease().orElse(System.getProperty("os.name")) + ", kernel "
        + System.getProperty("os.version") + ", " + System.getProperty("os.arch"));
    lines.add("Load average (1, 5, 15 min) at start: " + loadAverage());
    return lines;
  }

  /**
   * Prints the description with a heading.
   *
   * @param benchmark the benchmark's name
   */
  static void print(String benchmark) {
    System.out.println("== " + benchmark + " ==");
    for (String line : describe()) {
      System.out.println(line);
    }
    System.out.println();
  }

  /**
   * Returns the load average now.
   *
   * @return the three figures of {@code /proc/loadavg}, or {@code unknown}
   */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String kilobytesToGb(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return value;
    }
    return String.format(Locale.ROOT, "%.1f GB", Long.parseLong(digits) * 1024 / 1e9);
  }

  private static Optional<String> osRelease() {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          return Optional.of(line.substring("PRETTY_NAME=".length()).replace("\"", ""));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> procField(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return Optional.of(line.substring(colon + 1).trim());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> command(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text;
      try (InputStream in = p.getInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(text) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
