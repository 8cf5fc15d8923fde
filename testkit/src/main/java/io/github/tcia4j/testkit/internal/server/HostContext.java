package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.ColumnEra;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RequestCounters;
import io.github.tcia4j.testkit.auth.TokenService;
import io.github.tcia4j.testkit.data.Dataset;
import java.time.Clock;
import java.util.Objects;
import java.util.zip.Deflater;

/**
 * Everything an endpoint of one host may need: its data, tokens, clock, column era, fault state
 * and observability sinks.
 */
public final class HostContext {
  private final Host host;
  private final Dataset dataset;
  private final TokenService tokens;
  private final Clock clock;
  private final ColumnEra era;
  private final FaultState faults;
  private final RequestCounters counters;
  private final RequestLog log;
  private final int zipCompressionLevel;
  private volatile String rootUrl = "";

  /**
   * Creates the context.
   *
   * @param host the host
   * @param dataset its data
   * @param tokens its tokens
   * @param clock the sandbox clock
   * @param era the column era
   * @param faults the shared fault state
   * @param counters the shared counters
   * @param log the shared request log
   */
  public HostContext(Host host, Dataset dataset, TokenService tokens, Clock clock,
      ColumnEra era, FaultState faults, RequestCounters counters, RequestLog log) {
    this(host, dataset, tokens, clock, era, faults, counters, log,
        Deflater.DEFAULT_COMPRESSION);
  }

  /**
   * Creates the context with a zip compression level for the downloads.
   *
   * @param host the host
   * @param dataset its data
   * @param tokens its tokens
   * @param clock the sandbox clock
   * @param era the column era
   * @param faults the shared fault state
   * @param counters the shared counters
   * @param log the shared request log
   * @param zipCompressionLevel the DEFLATE level of the download zips: -1 (the JDK default, as
   *     on the real server) or 0 to 9
   * @throws IllegalArgumentException if the level is outside -1..9
   */
  public HostContext(Host host, Dataset dataset, TokenService tokens, Clock clock,
      ColumnEra era, FaultState faults, RequestCounters counters, RequestLog log,
      int zipCompressionLevel) {
    if (zipCompressionLevel < -1 || zipCompressionLevel > 9) {
      throw new IllegalArgumentException("zipCompressionLevel must be -1 (default) or 0..9, got "
          + zipCompressionLevel);
    }
    this.zipCompressionLevel = zipCompressionLevel;
    this.host = Objects.requireNonNull(host, "host");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.era = Objects.requireNonNull(era, "era");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.counters = Objects.requireNonNull(counters, "counters");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * The host.
   *
   * @return the host
   */
  public Host host() {
    return host;
  }

  /**
   * The host's data.
   *
   * @return the data set
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The host's tokens.
   *
   * @return the token service
   */
  public TokenService tokens() {
    return tokens;
  }

  /**
   * The sandbox clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The column era.
   *
   * @return the era
   */
  public ColumnEra era() {
    return era;
  }

  /**
   * The fault state.
   *
   * @return the state
   */
  public FaultState faults() {
    return faults;
  }

  /**
   * The counters.
   *
   * @return the counters
   */
  public RequestCounters counters() {
    return counters;
  }

  /**
   * The request log.
   *
   * @return the log
   */
  public RequestLog log() {
    return log;
  }

  /**
   * The DEFLATE level of the download zips.
   *
   * @return -1 for the JDK default, else 0 to 9
   */
  public int zipCompressionLevel() {
    return zipCompressionLevel;
  }

  /**
   * The server root, e.g. {@code http://127.0.0.1:8080}, once started.
   *
   * @return the URL, empty before start
   */
  public String rootUrl() {
    return rootUrl;
  }

  /**
   * Sets the server root once the port is known.
   *
   * @param rootUrl the URL
   */
  public void rootUrl(String rootUrl) {
    this.rootUrl = Objects.requireNonNull(rootUrl, "rootUrl");
  }
}
