package io.github.tcia4j.nbia.download;

import java.time.Duration;
import java.util.Optional;

/**
 * A download running in the background ({@code NbiaClient.startDownload}). Closing the job
 * cancels it if it is still running and waits until its workers have stopped.
 *
 * <pre>{@code
 * try (DownloadJob job = nbia.startDownload(request)) {
 *   DownloadReport report = job.await();
 * }
 * }</pre>
 */
public interface DownloadJob extends AutoCloseable {

  /**
   * Stops the download promptly: open streams are closed, temporary folders removed, unfinished
   * series reported {@link SeriesStatus#CANCELLED}. Series completed already stay complete.
   * Calling it again, or after the end, does nothing.
   */
  void cancel();

  /**
   * Waits until the download has ended.
   *
   * @return the report
   * @throws io.github.tcia4j.common.error.TciaException when the run itself failed (not a single
   *     series: those are in the report)
   * @throws IllegalStateException when the waiting thread is interrupted (the interrupt flag stays
   *     set; the download continues)
   */
  DownloadReport await();

  /**
   * Waits at most a given time for the download to end.
   *
   * @param timeout how long to wait
   * @return the report, or empty when the download is still running
   * @throws io.github.tcia4j.common.error.TciaException when the run itself failed
   * @throws IllegalStateException when the waiting thread is interrupted
   */
  Optional<DownloadReport> await(Duration timeout);

  /**
   * Tells whether the download has ended (completed, failed or cancelled).
   *
   * @return {@code true} once {@link #await()} would return at once
   */
  boolean isDone();

  /** Cancels the download if it is still running and waits for it to end. */
  @Override
  void close();
}
