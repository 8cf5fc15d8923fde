package io.github.tcia4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use, summed over the heap memory pools, between {@link #reset()} and {@link #megabytes()}. */
final class HeapPeak {
  private HeapPeak() {}

  /** Collects garbage (a hint) and restarts the peak measurement of every heap pool. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Returns the sum of the heap pools' peak usage since the last reset. The pools peak at
   * different moments, so this is an upper bound of the real peak.
   *
   * @return megabytes
   */
  static double megabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /**
   * Returns the maximum heap size the JVM may use.
   *
   * @return megabytes
   */
  static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
