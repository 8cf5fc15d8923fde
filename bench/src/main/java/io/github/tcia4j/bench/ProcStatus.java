package io.github.tcia4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of a process from {@code /proc/<pid>/status} (Linux). */
final class ProcStatus {
  private ProcStatus() {}

  /**
   * Reads one kilobyte figure, e.g. {@code VmHWM} (peak resident set size) or {@code VmRSS}.
   *
   * @param pid the process
   * @param key the field name
   * @return the value in kB, or -1 when it cannot be read (not Linux, process gone)
   */
  static long kilobytes(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(key + ":")) {
          return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
