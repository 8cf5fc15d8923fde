/**
 * Benchmarks for tcia4j (not published): parsing and export throughput, download throughput and
 * memory against the sandbox. See {@code bench/README.md} for the commands.
 */
package io.github.tcia4j.bench;
