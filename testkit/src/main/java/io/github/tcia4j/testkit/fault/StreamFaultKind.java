package io.github.tcia4j.testkit.fault;

/** What a {@link FaultyOutputStream} does to a body once it reaches the fault offset. */
public enum StreamFaultKind {
  /** Throws an {@link InjectedResetException}; the server then drops the connection. */
  RESET,
  /** Silently discards the rest of the body; the response ends cleanly but short. */
  TRUNCATE,
  /** Pauses for the rule's stall duration, then goes on. */
  STALL,
  /** Inverts the bits of the byte at the offset. */
  CORRUPT
}
