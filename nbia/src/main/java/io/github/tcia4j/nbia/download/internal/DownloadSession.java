package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

/**
 * What every worker of one download run shares: the request, the endpoints and catalog, the
 * clock, sleeper and random source, the listener, and the cancellation state with the open
 * responses and busy worker threads it must stop. Also runs the deadline timer. Thread-safe.
 */
public final class DownloadSession implements AutoCloseable {
  private final DownloadRequest request;
  private final DownloadEndpoints endpoints;
  private final SeriesCatalog catalog;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final DownloadListener listener;
  private final Path root;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Set<HttpResult> open = ConcurrentHashMap.newKeySet();
  private final Set<Thread> busy = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer;

  /**
   * Creates the session.
   *
   * @param request the request
   * @param endpoints the download requests and their transport
   * @param catalog the metadata queries
   * @param clock the clock for timestamps
   * @param sleeper what waits between attempts
   * @param random the jitter source, numbers in {@code [0, 1)}
   */
  public DownloadSession(DownloadRequest request, DownloadEndpoints endpoints, SeriesCatalog catalog, Clock clock,
      Sleeper sleeper, DoubleSupplier random) {
    this.request = Objects.requireNonNull(request, "request");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = new SafeListener(request.listener());
    this.root = request.path().toAbsolutePath().normalize();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tcia4j-download-deadlines");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Returns the request.
   *
   * @return the request
   */
  public DownloadRequest request() {
    return request;
  }

  /**
   * Returns the download endpoints.
   *
   * @return the endpoints
   */
  public DownloadEndpoints endpoints() {
    return endpoints;
  }

  /**
   * Returns the metadata queries.
   *
   * @return the catalog
   */
  public SeriesCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the listener (exceptions it throws are logged and ignored).
   *
   * @return the listener
   */
  public DownloadListener listener() {
    return listener;
  }

  /**
   * Returns the absolute download folder.
   *
   * @return the root
   */
  public Path root() {
    return root;
  }

  /**
   * Sends a download request and keeps the response on the list of streams a cancellation
   * closes. The caller must {@link #release(HttpResult)} it.
   *
   * @param call the request
   * @param endpoint the endpoint name, for messages
   * @return the successful response
   * @throws CancelledException when the run has been cancelled
   */
  public HttpResult send(HttpCall call, String endpoint) {
    checkCancelled();
    HttpResult result = endpoints.http().send(call, endpoint);
    open.add(result);
    if (cancelled.get()) {
      release(result);
      throw new CancelledException();
    }
    return result;
  }

  /**
   * Closes a response and forgets it.
   *
   * @param result the response
   */
  public void release(HttpResult result) {
    open.remove(result);
    result.close();
  }

  /**
   * Closes a response when a deadline passes.
   *
   * @param result the response
   * @param after the deadline
   * @param fired set when the deadline closed the response
   * @return the scheduled task; cancel it when the download ended in time
   */
  public ScheduledFuture<?> deadline(HttpResult result, Duration after, AtomicBoolean fired) {
    return timer.schedule(() -> {
      fired.set(true);
      result.close();
    }, after.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits between attempts, unless the run is cancelled meanwhile.
   *
   * @param wait how long
   * @throws CancelledException when the run is cancelled before or during the wait
   */
  public void pause(Duration wait) {
    checkCancelled();
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
    checkCancelled();
  }

  /**
   * Computes the wait after a failed attempt: {@code initial x 2^(attempt-1)}, capped, shortened by
   * up to 25 % at random.
   *
   * @param failedAttempt the attempt that failed, from 1
   * @return the wait
   */
  public Duration backoff(int failedAttempt) {
    double base = request.retryInitialDelay().toMillis() * Math.pow(2, failedAttempt - 1.0);
    double capped = Math.min(base, request.retryMaxDelay().toMillis());
    return Duration.ofMillis((long) (capped * (1.0 - 0.25 * random.getAsDouble())));
  }

  /**
   * Tells whether the run has been cancelled.
   *
   * @return {@code true} after {@link #cancel()}
   */
  public boolean cancelled() {
    return cancelled.get();
  }

  /**
   * Throws when the run has been cancelled.
   *
   * @throws CancelledException after {@link #cancel()}
   */
  public void checkCancelled() {
    if (cancelled.get()) {
      throw new CancelledException();
    }
  }

  /**
   * Cancels the run: closes every open download stream and interrupts the busy workers.
   */
  public void cancel() {
    if (!cancelled.compareAndSet(false, true)) {
      return;
    }
    for (HttpResult result : open) {
      result.close();
    }
    for (Thread t : busy) {
      t.interrupt();
    }
  }

  /**
   * Marks the current thread as working on a series (so {@link #cancel()} can interrupt it).
   */
  public void enter() {
    busy.add(Thread.currentThread());
  }

  /** Marks the current thread as idle again and clears an interrupt a cancellation left on it. */
  public void exit() {
    busy.remove(Thread.currentThread());
    Thread.interrupted();
  }

  /** Stops the deadline timer. */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
