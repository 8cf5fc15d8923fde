/**
 * Runnable Java ports of the TCIA notebooks. Each example runs offline against the embedded
 * sandbox by default and against the real servers when given a base URL.
 */
package io.github.tcia4j.examples;
