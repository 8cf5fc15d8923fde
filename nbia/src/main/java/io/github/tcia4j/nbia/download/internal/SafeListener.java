package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a user's listener and logs, instead of propagating, what it throws. */
public final class SafeListener implements DownloadListener {
  private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

  private final DownloadListener inner;

  /**
   * Wraps a listener.
   *
   * @param inner the user's listener
   */
  public SafeListener(DownloadListener inner) {
    this.inner = Objects.requireNonNull(inner, "listener");
  }

  @Override
  public void started(DownloadPlan plan) {
    call("started", () -> inner.started(plan));
  }

  @Override
  public void seriesStarted(String seriesUid, long expectedBytes, int expectedImages, int attempt) {
    call("seriesStarted", () -> inner.seriesStarted(seriesUid, expectedBytes, expectedImages, attempt));
  }

  @Override
  public void bytes(String seriesUid, long delta) {
    call("bytes", () -> inner.bytes(seriesUid, delta));
  }

  @Override
  public void fileWritten(String seriesUid, String fileName, long size) {
    call("fileWritten", () -> inner.fileWritten(seriesUid, fileName, size));
  }

  @Override
  public void seriesFinished(SeriesOutcome outcome) {
    call("seriesFinished", () -> inner.seriesFinished(outcome));
  }

  @Override
  public void finished(DownloadReport report) {
    call("finished", () -> inner.finished(report));
  }

  private static void call(String event, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("Download listener failed in {} (ignored): {}", event, e.toString(), e);
    }
  }
}
