package io.github.tcia4j.testkit;

import io.github.tcia4j.testkit.auth.TokenService;
import io.github.tcia4j.testkit.auth.UserAccount;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.Sleeper;
import io.github.tcia4j.testkit.internal.data.Datasets;
import io.github.tcia4j.testkit.internal.nbia.NbiaRoutes;
import io.github.tcia4j.testkit.internal.server.FaultState;
import io.github.tcia4j.testkit.internal.server.HostContext;
import io.github.tcia4j.testkit.internal.server.HostServer;
import io.github.tcia4j.testkit.internal.server.RequestLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.zip.Deflater;

/**
 * An embedded emulator of the NBIA servers: the main host and the NLST host, each a JDK HTTP
 * server on 127.0.0.1 with its own data set, tokens and request log entries.
 *
 * <pre>{@code
 * try (TciaSandbox sandbox = TciaSandbox.start()) {
 *   String base = sandbox.nbiaUrl() + "/nbia-api/services/v4/";
 *   // GET base + "getCollectionValues" ...
 * }
 * }</pre>
 *
 * <p>The data are synthetic and deterministic for a seed: collections named {@code SBX-...}
 * (see the module README), or series loaded from a recorded {@code getSeries} answer. Start-up
 * generates no pixels: file sizes are computed arithmetically. The sandbox is thread-safe;
 * {@link #close()} stops both servers and frees their ports.
 */
public final class TciaSandbox implements AutoCloseable {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 42L;
  /** The user with access to the restricted collection {@code SBX-Restricted-Trial}. */
  public static final String RESEARCHER = "sbx_researcher";
  /** {@link #RESEARCHER}'s password. */
  public static final String RESEARCHER_PASSWORD = "sbx-researcher-pass";
  /** The curator (sees everything, may call {@code getAdvancedQCSearch}). */
  public static final String CURATOR = "sbx_curator";
  /** {@link #CURATOR}'s password. */
  public static final String CURATOR_PASSWORD = "sbx-curator-pass";
  /** The name of the restricted built-in collection. */
  public static final String RESTRICTED_COLLECTION = "SBX-Restricted-Trial";

  private final Map<Host, HostServer> servers = new EnumMap<>(Host.class);
  private final FaultState faults;
  private final RequestCounters counters = new RequestCounters();
  private final RequestLog log;
  private final long seed;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TciaSandbox(Builder b) throws IOException {
    this.seed = b.seed;
    this.log = new RequestLog(b.logCapacity);
    this.faults = new FaultState(b.faults, b.seed, b.nanoTime, b.sleeper);
    LocalDate today = LocalDate.now(b.clock);
    List<UserAccount> users = new ArrayList<>(b.users.values());
    try {
      for (Host h : Host.values()) {
        Dataset ds = Datasets.build(h, b.seed, today, b.rows, b.columns,
            b.builtIns && (h == Host.NLST || b.recordings.isEmpty()), b.recordings, b.specs);
        TokenService tokens = new TokenService(h, b.clock, b.tokenLifetime,
            b.refreshTokenLifetime, users, UserAccount.guest(b.guestPassword));
        HostContext ctx = new HostContext(h, ds, tokens, b.clock, b.era, faults, counters, log,
            b.zipLevel);
        int port = h == Host.NBIA ? b.port : b.nlstPort;
        try {
          servers.put(h, new HostServer(ctx, NbiaRoutes.create(), port, b.threads));
        } catch (IOException e) {
          throw new IOException("Cannot bind the " + h + " sandbox host to 127.0.0.1:" + port
              + " (" + e.getMessage() + "); choose a free port or 0 for an ephemeral one", e);
        }
      }
    } catch (IOException | RuntimeException e) {
      servers.values().forEach(HostServer::close);
      throw e;
    }
    servers.values().forEach(HostServer::start);
  }

  /**
   * Starts a sandbox with the defaults: ephemeral ports, seed 42, the system clock, the current
   * column era, no faults, 64x64 images.
   *
   * @return the running sandbox
   * @throws UncheckedIOException if a port cannot be bound
   */
  public static TciaSandbox start() {
    return builder().start();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The main NBIA server's root, e.g. {@code http://127.0.0.1:41234} (append
   * {@code /nbia-api/services/v4/...}).
   *
   * @return the URL, without a trailing slash
   */
  public String nbiaUrl() {
    return url(Host.NBIA);
  }

  /**
   * The NLST server's root.
   *
   * @return the URL, without a trailing slash
   */
  public String nlstUrl() {
    return url(Host.NLST);
  }

  /**
   * A host's root URL.
   *
   * @param host the host
   * @return the URL, without a trailing slash
   */
  public String url(Host host) {
    return servers.get(host).context().rootUrl();
  }

  /**
   * A host's port.
   *
   * @param host the host
   * @return the port
   */
  public int port(Host host) {
    return servers.get(host).port();
  }

  /**
   * The seed the data and fault decisions derive from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The request log of both hosts, oldest first (a snapshot; the newest 100,000 entries by
   * default). A request appears once its answer is complete, before its last byte is sent.
   *
   * @return the entries
   */
  public List<RecordedRequest> requests() {
    return log.snapshot();
  }

  /**
   * The request log entries of one host.
   *
   * @param host the host
   * @return the entries, oldest first
   */
  public List<RecordedRequest> requests(Host host) {
    return log.snapshot().stream().filter(r -> r.host() == host).toList();
  }

  /**
   * The live counters (requests per endpoint and status, bytes, injected faults).
   *
   * @return the counters
   */
  public RequestCounters counters() {
    return counters;
  }

  /** Empties the request log and resets the counters (fault decisions go on counting). */
  public void clearRequests() {
    log.clear();
    counters.reset();
  }

  /**
   * A host's data set (read-only, except the shared carts that {@code createSharedList} adds).
   *
   * @param host the host
   * @return the data set
   */
  public Dataset dataset(Host host) {
    return servers.get(host).context().dataset();
  }

  /**
   * A host's users and tokens.
   *
   * @param host the host
   * @return the token service
   */
  public TokenService tokens(Host host) {
    return servers.get(host).context().tokens();
  }

  /**
   * The fault profile in force.
   *
   * @return the profile
   */
  public FaultProfile faultProfile() {
    return faults.planner().profile();
  }

  /**
   * Replaces the fault profile while running; the per-endpoint request counters of the fault
   * decisions start again from zero.
   *
   * @param profile the new profile
   */
  public void faults(FaultProfile profile) {
    faults.replace(profile);
  }

  /** Stops both servers and their threads and frees the ports. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      servers.values().forEach(HostServer::close);
    }
  }

  @Override
  public String toString() {
    return "TciaSandbox[nbia=" + nbiaUrl() + ", nlst=" + nlstUrl() + ", seed=" + seed
        + ", faults=" + faultProfile().name() + "]";
  }

  /** Configures and starts a {@link TciaSandbox}. */
  public static final class Builder {
    private int port;
    private int nlstPort;
    private long seed = DEFAULT_SEED;
    private Clock clock = Clock.systemUTC();
    private ColumnEra era = ColumnEra.CURRENT;
    private FaultProfile faults = FaultProfile.none();
    private Duration tokenLifetime = Duration.ofSeconds(7200);
    private Duration refreshTokenLifetime = Duration.ofHours(8);
    private int rows = 64;
    private int columns = 64;
    private final List<CollectionSpec> specs = new ArrayList<>();
    private final List<Path> recordings = new ArrayList<>();
    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private String guestPassword = UserAccount.DEFAULT_GUEST_PASSWORD;
    private boolean builtIns = true;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private LongSupplier nanoTime = System::nanoTime;
    private int threads = 32;
    private int logCapacity = 100_000;
    private int zipLevel = Deflater.DEFAULT_COMPRESSION;

    private Builder() {
      users.put(RESEARCHER, new UserAccount(RESEARCHER, RESEARCHER_PASSWORD,
          Set.of(RESTRICTED_COLLECTION), false));
      users.put(CURATOR, new UserAccount(CURATOR, CURATOR_PASSWORD, Set.of(), true));
    }

    private static int checkPort(int port, String name) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(name + " must be between 0 (ephemeral) and 65535, got "
            + port);
      }
      return port;
    }

    /**
     * Sets the main host's port.
     *
     * @param port the port; 0 (the default) picks a free one
     * @return this builder
     * @throws IllegalArgumentException if outside 0..65535
     */
    public Builder port(int port) {
      this.port = checkPort(port, "port");
      return this;
    }

    /**
     * Sets the NLST host's port.
     *
     * @param port the port; 0 (the default) picks a free one
     * @return this builder
     * @throws IllegalArgumentException if outside 0..65535
     */
    public Builder nlstPort(int port) {
      this.nlstPort = checkPort(port, "nlstPort");
      return this;
    }

    /**
     * Sets the seed of the data and of the fault decisions.
     *
     * @param seed the seed (default 42)
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the clock: token expiry, {@code databasketId}, request start times, and the date the
     * "recently released" series are relative to.
     *
     * @param clock the clock (default: system UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Selects the historical column sets.
     *
     * @param era the era (default {@link ColumnEra#CURRENT})
     * @return this builder
     */
    public Builder columnEra(ColumnEra era) {
      this.era = Objects.requireNonNull(era, "era");
      return this;
    }

    /**
     * Sets the fault profile.
     *
     * @param profile the profile (default {@link FaultProfile#none()})
     * @return this builder
     */
    public Builder faults(FaultProfile profile) {
      this.faults = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the access token lifetime ({@code expires_in}).
     *
     * @param lifetime the lifetime (default 7200 s)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = positive(lifetime, "tokenLifetime");
      return this;
    }

    /**
     * Sets the refresh token lifetime ({@code refresh_expires_in}).
     *
     * @param lifetime the lifetime (default 8 h)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder refreshTokenLifetime(Duration lifetime) {
      this.refreshTokenLifetime = positive(lifetime, "refreshTokenLifetime");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }

    /**
     * Sets the image matrix of the built-in and recorded collections (16-bit pixels).
     *
     * @param rows the rows (default 64)
     * @param columns the columns (default 64)
     * @return this builder
     * @throws IllegalArgumentException if outside 1..16384
     */
    public Builder imageMatrix(int rows, int columns) {
      if (rows < 1 || columns < 1 || rows > 16384 || columns > 16384) {
        throw new IllegalArgumentException("imageMatrix must be between 1x1 and 16384x16384, got "
            + rows + "x" + columns);
      }
      this.rows = rows;
      this.columns = columns;
      return this;
    }

    /**
     * Adds a custom synthetic collection (on the spec's host).
     *
     * @param spec the collection
     * @return this builder
     */
    public Builder addCollection(CollectionSpec spec) {
      specs.add(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Serves, on the main host, the series of a recorded {@code getSeries} JSON array instead of
     * the built-in collections (custom collections are still added). Several files may be
     * given.
     *
     * @param json the file, e.g. a v2 {@code getSeries?Collection=...} answer
     * @return this builder
     * @throws IllegalArgumentException if the file does not exist
     */
    public Builder datasetFromRecordedSeries(Path json) {
      Objects.requireNonNull(json, "json");
      if (!Files.isRegularFile(json)) {
        throw new IllegalArgumentException("Recorded getSeries file " + json
            + " does not exist or is not a file");
      }
      recordings.add(json);
      return this;
    }

    /**
     * Leaves the built-in collections out of both hosts (for benchmarks that only want custom
     * collections).
     *
     * @return this builder
     */
    public Builder withoutBuiltInCollections() {
      this.builtIns = false;
      return this;
    }

    /**
     * Adds (or replaces) a user on both hosts.
     *
     * @param name the user name
     * @param password the password
     * @param restrictedCollections restricted collections the user may see
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the guest's
     */
    public Builder user(String name, String password, String... restrictedCollections) {
      return account(name, password, false, restrictedCollections);
    }

    /**
     * Sets the guest password of both hosts: the password {@code nbia_guest} must send to the
     * Keycloak token path ({@code /auth/realms/TCIA/protocol/openid-connect/token}), and the one
     * the NBIA token proxy ({@code /nbia-api/oauth/token}) fills in when the guest sends an empty
     * password (the proxy accepts both). Auth-era tcia_utils sends the guest password TCIA
     * publishes in its API guide; set that value here to run it against the sandbox.
     *
     * @param password the guest password (default {@link UserAccount#DEFAULT_GUEST_PASSWORD})
     * @return this builder
     * @throws IllegalArgumentException if the password is empty
     */
    public Builder guestPassword(String password) {
      this.guestPassword = UserAccount.guest(password).password();
      return this;
    }

    /**
     * Adds (or replaces) a curator on both hosts (sees every collection, may call
     * {@code getAdvancedQCSearch}).
     *
     * @param name the user name
     * @param password the password
     * @return this builder
     */
    public Builder curator(String name, String password) {
      return account(name, password, true);
    }

    private Builder account(String name, String password, boolean curator, String... restricted) {
      Objects.requireNonNull(name, "name");
      if (name.equals(UserAccount.GUEST)) {
        throw new IllegalArgumentException("The guest account " + UserAccount.GUEST
            + " is built in; choose another user name, or set the guest's password with"
            + " guestPassword(...)");
      }
      users.put(name, new UserAccount(name, Objects.requireNonNull(password, "password"),
          Set.of(restricted), curator));
      return this;
    }

    /**
     * Sets how injected latency, stalls and bandwidth caps wait (tests inject a recording
     * sleeper).
     *
     * @param sleeper the sleeper (default: real sleep)
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the monotonic time source of the bandwidth caps (tests pair it with a sleeper that
     * advances it).
     *
     * @param nanoTime nanoseconds (default {@link System#nanoTime()})
     * @return this builder
     */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Sets the worker threads per host.
     *
     * @param threads the count (default 32)
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets how many request log entries are kept.
     *
     * @param capacity the newest entries kept (default 100,000)
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder requestLogCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("requestLogCapacity must be >= 1, got " + capacity);
      }
      this.logCapacity = capacity;
      return this;
    }

    /**
     * Sets the DEFLATE level of the download zips ({@code getImage},
     * {@code getImageWithMD5Hash}, {@code getDCMImage}). Benchmarks that run client and sandbox
     * on the same few cores use 0 or 1 so that compressing does not dominate.
     *
     * @param level -1 (the default: the JDK's default level, like the real server) or 0 (no
     *     compression) to 9 (best)
     * @return this builder
     * @throws IllegalArgumentException if outside -1..9
     */
    public Builder zipCompressionLevel(int level) {
      if (level < -1 || level > 9) {
        throw new IllegalArgumentException("zipCompressionLevel must be -1 (JDK default) or "
            + "between 0 and 9, got " + level);
      }
      this.zipLevel = level;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox
     * @throws UncheckedIOException if a port cannot be bound or a recorded file cannot be read
     * @throws IllegalArgumentException if the data are inconsistent (e.g. two collections of the
     *     same name)
     */
    public TciaSandbox start() {
      try {
        return new TciaSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }

    /**
     * A JUnit 5 extension that starts a sandbox from this builder.
     *
     * @return the extension
     */
    public TciaSandboxExtension extension() {
      return TciaSandboxExtension.from(this);
    }
  }
}
