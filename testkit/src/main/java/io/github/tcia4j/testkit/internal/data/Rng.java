package io.github.tcia4j.testkit.internal.data;

import java.util.SplittableRandom;

/** A deterministic random source keyed by the sandbox seed and a name. */
final class Rng {
  private final SplittableRandom random;

  Rng(long seed, String key) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    this.random = new SplittableRandom(h);
  }

  /** A uniform int in {@code [lo, hi]}. */
  int range(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double nextDouble() {
    return random.nextDouble();
  }

  long nextLong() {
    return random.nextLong();
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
