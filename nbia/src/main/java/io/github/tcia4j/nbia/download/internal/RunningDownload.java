package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadReport;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The {@link DownloadJob} of {@link DownloadEngine}. */
final class RunningDownload implements DownloadJob {
  private final DownloadSession session;
  private final CompletableFuture<DownloadReport> future;

  RunningDownload(DownloadSession session, CompletableFuture<DownloadReport> future) {
    this.session = session;
    this.future = future;
  }

  @Override
  public void cancel() {
    if (!future.isDone()) {
      session.cancel();
    }
  }

  @Override
  public DownloadReport await() {
    return waitFor(null).orElseThrow();
  }

  @Override
  public Optional<DownloadReport> await(Duration timeout) {
    return waitFor(java.util.Objects.requireNonNull(timeout, "timeout"));
  }

  private Optional<DownloadReport> waitFor(Duration timeout) {
    try {
      return Optional.of(timeout == null ? future.get()
          : future.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the download; it continues in the background"
          + " (call cancel() to stop it)", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  @Override
  public boolean isDone() {
    return future.isDone();
  }

  @Override
  public void close() {
    cancel();
    try {
      future.join();
    } catch (RuntimeException e) {
      // the failure was the caller's to see through await(); closing only waits for the end
    }
  }

  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new TciaException("The download failed: " + cause, cause);
  }
}
