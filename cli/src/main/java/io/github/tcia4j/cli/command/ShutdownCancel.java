package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.TciaCommand;
import io.github.tcia4j.nbia.download.DownloadJob;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a running download when the JVM shuts down (Ctrl-C, {@code kill}): a shutdown hook
 * calls {@link DownloadJob#cancel()} and waits until the command has finished its report
 * (series complete before stay, unfinished ones are removed, the receipt is written). When the
 * command runs as the {@code tcia} program the hook then ends the JVM with the command's exit
 * code ({@link TciaCommand#PARTIAL} for a cancelled run) instead of the signal's 130 or 143.
 *
 * <p>A shutdown that begins before the download has started is not held up.
 */
final class ShutdownCancel implements AutoCloseable {
  /** How long the hook waits for the download to wind down. */
  static final long WAIT_SECONDS = 120;

  private final PrintWriter err;
  private final boolean halt;
  private final Thread hook;
  private final CountDownLatch ended = new CountDownLatch(1);
  private DownloadJob job;
  private boolean triggered;
  private volatile int exitCode = TciaCommand.PARTIAL;

  private ShutdownCancel(PrintWriter err, boolean halt) {
    this.err = Objects.requireNonNull(err, "err");
    this.halt = halt;
    this.hook = new Thread(this::onShutdown, "tcia-download-cancel");
  }

  /**
   * Registers the hook.
   *
   * @param err where the "cancelling" note goes
   * @param halt whether the hook ends the JVM with the command's exit code (only for the
   *     {@code tcia} program, never when embedded)
   * @return the guard; close it when the command is done
   */
  static ShutdownCancel install(PrintWriter err, boolean halt) {
    ShutdownCancel guard = new ShutdownCancel(err, halt);
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  /**
   * Tells the guard which download to cancel; cancels it at once if the shutdown has begun.
   *
   * @param running the download
   */
  void watch(DownloadJob running) {
    boolean cancelNow;
    synchronized (this) {
      this.job = running;
      cancelNow = triggered;
    }
    if (cancelNow) {
      running.cancel();
    }
  }

  /**
   * Tells whether the shutdown hook has run (the download was cancelled by a signal).
   *
   * @return {@code true} after Ctrl-C
   */
  synchronized boolean triggered() {
    return triggered;
  }

  /**
   * Records the exit code the command ends with; the hook uses it when it ends the JVM.
   *
   * @param code the exit code
   */
  void exitCode(int code) {
    this.exitCode = code;
  }

  /** Lets a waiting hook go on and removes the hook if the JVM is not shutting down. */
  @Override
  public void close() {
    ended.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run; it ends the process
    }
  }

  private void onShutdown() {
    DownloadJob running;
    synchronized (this) {
      triggered = true;
      running = job;
    }
    if (running == null) {
      return;
    }
    if (!running.isDone()) {
      err.println("tcia: interrupted, cancelling the download: complete series stay, unfinished ones are removed;"
          + " run the same command again to resume");
      err.flush();
      running.cancel();
    }
    try {
      ended.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    err.flush();
    if (halt) {
      Runtime.getRuntime().halt(exitCode);
    }
  }
}
