package io.github.tcia4j.bench;

import java.time.Duration;

/** CPU time of the benchmark's own JVM. */
final class Cpu {
  private Cpu() {}

  /**
   * Returns the CPU time this JVM has used so far (all threads, user and system).
   *
   * @return the CPU time, or zero when the system does not say
   */
  static Duration self() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }
}
