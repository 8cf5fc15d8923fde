package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.RecordedRequest;
import java.util.ArrayDeque;
import java.util.List;

/** The thread-safe request log, keeping the most recent entries up to a capacity. */
public final class RequestLog {
  private final int capacity;
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

  /**
   * Creates a log.
   *
   * @param capacity the most entries kept (older ones are dropped)
   */
  public RequestLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Appends an entry.
   *
   * @param r the entry
   */
  public synchronized void add(RecordedRequest r) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(r);
  }

  /**
   * A snapshot, oldest first.
   *
   * @return the entries
   */
  public synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  /** Removes every entry. */
  public synchronized void clear() {
    entries.clear();
  }
}
