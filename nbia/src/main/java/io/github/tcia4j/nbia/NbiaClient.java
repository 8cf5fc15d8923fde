package io.github.tcia4j.nbia;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.common.auth.OAuthSettings;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transports;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.common.paging.Paged;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.QcSearchRow;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Client for the NBIA REST API of The Cancer Imaging Archive: the Java counterpart of
 * {@code tcia_utils.nbia}. Method names follow the Python functions so that a notebook reader
 * finds them; results are records whose column names match the {@code tcia_utils} DataFrames; "no
 * results" is an empty list, never {@code null}.
 *
 * <pre>{@code
 * try (NbiaClient nbia = NbiaClient.create()) {          // public NBIA, API v4, no login
 *   nbia.getCollections().forEach(c -> System.out.println(c.name()));
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe: build it once and share it. It owns a connection pool;
 * {@link #close()} releases it. Failures throw unchecked exceptions rooted in
 * {@link io.github.tcia4j.common.error.TciaException} whose message names the endpoint, the URL,
 * the status and the server's explanation.
 *
 * <p>Servers: {@link #create()} talks to the public NBIA ({@code https://nbia.cancerimagingarchive.net}),
 * {@link #nlst()} to the NLST server (the Python {@code api_url="nlst"}), {@link #connect(String)}
 * to any NBIA deployment, for example the embedded sandbox of {@code tcia4j-testkit}. A base URL
 * is always the server root as a browser shows it; the client adds {@code /nbia-api/services/...}.
 */
public final class NbiaClient implements AutoCloseable {
  private final URI root;
  private final ApiVersion apiVersion;
  private final ClientConfig config;
  private final NbiaHttp http;

  private NbiaClient(Builder b) {
    this.root = b.root;
    this.apiVersion = b.apiVersion;
    ClientConfig base = b.config.toBuilder().baseUrl(b.root).build();
    this.config = withLogin(base, b);
    this.http = new NbiaHttp(root, Transports.create(config), JsonCodec.standard());
  }

  private static ClientConfig withLogin(ClientConfig base, Builder b) {
    Credentials login = b.credentials;
    if (login == null && b.apiVersion == ApiVersion.V2 && base.oauth().isEmpty()) {
      login = Credentials.guest();
    }
    if (login == null) {
      return base;
    }
    Credentials user = login;
    OAuthSettings settings = base.oauth()
        .map(o -> o.withCredentials(user))
        .orElseGet(() -> OAuthSettings.nbiaProxy(b.root, user));
    if (b.tokenUrl != null) {
      settings = new OAuthSettings(b.tokenUrl, settings.clientId(), settings.clientSecret(), settings.scope(),
          settings.credentials(), settings.refreshMargin());
    }
    return base.toBuilder().oauth(settings).build();
  }

  /**
   * Connects to the public NBIA server with API v4 and the default settings (no login needed).
   *
   * @return a new client
   */
  public static NbiaClient create() {
    return builder().build();
  }

  /**
   * Connects to the NLST server, which holds only the NLST collection (Python {@code api_url="nlst"}).
   *
   * @return a new client
   */
  public static NbiaClient nlst() {
    return builder().server(NbiaServer.NLST).build();
  }

  /**
   * Connects to any NBIA server with API v4, for example the sandbox.
   *
   * @param baseUrl the server root, e.g. {@code http://127.0.0.1:8080}
   * @return a new client
   * @throws IllegalArgumentException when the URL is malformed or is not a server root
   */
  public static NbiaClient connect(String baseUrl) {
    return builder().baseUrl(baseUrl).build();
  }

  /**
   * Connects to any NBIA server with API v4, for example the sandbox.
   *
   * @param baseUrl the server root
   * @return a new client
   * @throws IllegalArgumentException when the URL is malformed or is not a server root
   */
  public static NbiaClient connect(URI baseUrl) {
    return connect(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /**
   * Starts a builder for the public NBIA server, API v4, default settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the server root this client talks to.
   *
   * @return the root URL, without trailing slash
   */
  public URI baseUrl() {
    return root;
  }

  /**
   * Returns the API generation this client uses.
   *
   * @return the API version
   */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  /**
   * Returns the effective configuration (base URL and login included).
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * Lists the collections the server holds ({@code tcia_utils.nbia.getCollections}, NBIA
   * {@code getCollectionValues}).
   *
   * @return the collection names, in the server's order
   */
  public List<CollectionValue> getCollections() {
    return http.getRows(family(), "getCollectionValues", Params.of(), CollectionValue.class);
  }

  /**
   * Returns the path family for the search endpoints of this client's API version.
   *
   * @return v4, v1 or v2
   */
  private ApiFamily family() {
    return switch (apiVersion) {
      case V4 -> ApiFamily.V4;
      case V1 -> ApiFamily.V1;
      case V2 -> ApiFamily.V2;
    };
  }

  /** Releases the connection pool. The client must not be used afterwards. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "NbiaClient[" + root + ", " + apiVersion + (config.oauth().isPresent() ? ", with login" : "") + "]";
  }

  // ---- Simple search, manifests, carts, viewer (issue #4 part 2)

  /**
   * Runs a simple search and returns one page of patients ({@code tcia_utils}
   * {@code getSimpleSearch}; NBIA v4 {@code getSimpleSearch}, or on {@link ApiVersion#V2} the
   * token-protected {@code getSimpleSearchWithModalityAndBodyPartPaged}). The page starts at
   * {@link SimpleSearch#start()} and holds at most {@link SimpleSearch#size()} patients; the result
   * also says how many patients match in total and gives facet counts over all of them.
   *
   * @param search the criteria, sort and page
   * @return the page; an empty result when nothing matches
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}, which has no simple search
   * @throws io.github.tcia4j.common.error.TciaException when the request fails
   */
  public SimpleSearchResult getSimpleSearch(SimpleSearch search) {
    return searchCalls().simpleSearch(search);
  }

  /**
   * Returns every patient a simple search matches, fetched lazily page by page
   * ({@link SimpleSearch#size()} patients per request, from {@link SimpleSearch#start()} on, until
   * the total the server reports). Nothing is fetched before iterating; each iteration starts over.
   *
   * @param search the criteria and sort; its size is the page size
   * @return the lazy sequence of patients
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   */
  public Paged<PatientHit> simpleSearchPatients(SimpleSearch search) {
    return searchCalls().patients(search);
  }

  /**
   * Returns the Series Instance UIDs of every series a simple search matches ({@code tcia_utils}
   * {@code getSimpleSearch(format="uids")}), read from the manifest of
   * {@link #simpleSearchManifest(SimpleSearch)}.
   *
   * @param search the criteria (its start is kept, its size replaced by 1,000,000 patients)
   * @return the UIDs in manifest order; empty when nothing matches
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   * @throws io.github.tcia4j.common.error.TciaDecodeException when the server's answer is not a
   *     manifest
   */
  public List<String> simpleSearchUids(SimpleSearch search) {
    return searchCalls().manifest(search).seriesUids();
  }

  /**
   * Returns the {@code .tcia} manifest of every series a simple search matches ({@code tcia_utils}
   * {@code getSimpleSearch(format="manifest_text")}; NBIA {@code getManifestForSimpleSearch}, v4 or
   * unversioned on {@link ApiVersion#V2}), asking for 1,000,000 patients as {@code tcia_utils} does.
   *
   * @param search the criteria (its start is kept, its size replaced)
   * @return the manifest text exactly as the server sent it; parse it with
   *     {@link Manifest#parse(String)}
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   */
  public String simpleSearchManifest(SimpleSearch search) {
    return searchCalls().manifestText(search);
  }

  /**
   * Writes the manifest of a simple search to a file ({@code tcia_utils}
   * {@code getSimpleSearch(format="manifest")}, which picked a timestamped name in the working
   * directory). The file is written atomically (a temporary file, then moved into place); when
   * nothing matches and the server sends no text, the file is a manifest without series.
   *
   * @param search the criteria (its start is kept, its size replaced)
   * @param target the file to create or replace, e.g. {@code search.tcia}
   * @return the target
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   * @throws IllegalArgumentException when the target is a directory
   * @throws java.io.UncheckedIOException when writing fails
   */
  public Path writeSimpleSearchManifest(SimpleSearch search, Path target) {
    return searchCalls().writeManifest(search, target);
  }

  /**
   * Reads the Series Instance UIDs of a {@code .tcia} manifest file ({@code tcia_utils}
   * {@code manifestToList}). Unlike the Python function, which drops the first six lines, header
   * lines are recognised wherever they are and anything that is not a UID is an error; see
   * {@link Manifest#read(Path)} for the whole file.
   *
   * @param manifest the manifest file
   * @return the UIDs in file order
   * @throws IllegalArgumentException when the file does not exist (the message names the path) or
   *     holds a line that is not a UID (the message names the line number)
   */
  public static List<String> manifestToList(Path manifest) {
    return Manifest.read(manifest).seriesUids();
  }

  /**
   * Creates shared carts of these series in the NBIA portal ({@code tcia_utils}
   * {@code makeSharedCart}) with a random {@code nbia-<digits>} name, no description and chunks of
   * 5,000 series. See {@link #makeSharedCart(SharedCartRequest)}.
   *
   * @param seriesUids the Series Instance UIDs
   * @return the portal URLs of the carts, {@code <server>/nbia-search/?saved-cart=<name>}
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws SharedCartException when the server refuses a cart
   */
  public List<String> makeSharedCart(Collection<String> seriesUids) {
    return makeSharedCart(SharedCartRequest.of(seriesUids));
  }

  /**
   * Creates shared carts in the NBIA portal (unversioned {@code createSharedList}, which needs a
   * token: only {@link ApiVersion#V2} clients can call it). Each chunk of
   * {@link SharedCartRequest#chunkSize()} series becomes one cart, named {@code <name>} when there
   * is one chunk and {@code <name>-part1}, {@code <name>-part2}, ... otherwise. The form is properly
   * URL-encoded (the Python original was not). A refused chunk stops the work: no chunk is silently
   * skipped.
   *
   * @param request the series, name, description and chunk size
   * @return the portal URLs of the carts, {@code <server>/nbia-search/?saved-cart=<name>}, in order
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws SharedCartException when the server refuses a cart ({@code Duplicate list name}, no
   *     permission for a series); its message names the cart, the server's reason and the carts
   *     created before
   */
  public List<String> makeSharedCart(SharedCartRequest request) {
    return searchCalls().makeSharedCart(request);
  }

  /**
   * Runs the curators' QC search ({@code tcia_utils} {@code getAdvancedQCSearch}; unversioned
   * {@code getAdvancedQCSearch}, {@link ApiVersion#V2} with a curator login only). Each criterion is
   * sent with its index as {@code criteriaType<i>}, {@code inputType<i>}, {@code value<i>} and
   * {@code boolean<i>=AND}.
   *
   * @param criteria the criteria, at least one
   * @return the matching series; empty when none
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws IllegalArgumentException when {@code criteria} is empty
   * @throws io.github.tcia4j.common.error.TciaUnauthorizedException when the user is no curator
   *     (the message says so)
   */
  public List<QcSearchRow> getAdvancedQCSearch(List<QcCriterion> criteria) {
    return searchCalls().qcSearch(criteria);
  }

  /**
   * Runs the curators' QC search; see {@link #getAdvancedQCSearch(List)}.
   *
   * @param criteria the criteria, at least one
   * @return the matching series; empty when none
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws IllegalArgumentException when no criterion is given
   */
  public List<QcSearchRow> getAdvancedQCSearch(QcCriterion... criteria) {
    return getAdvancedQCSearch(Arrays.asList(Objects.requireNonNull(criteria, "criteria")));
  }

  private SearchCalls searchCalls() {
    return new SearchCalls(http, apiVersion, config);
  }

  /** Builds an {@link NbiaClient}. */
  public static final class Builder {
    private URI root = NbiaServer.NBIA.root();
    private ApiVersion apiVersion = ApiVersion.V4;
    private ClientConfig config = ClientConfig.defaults();
    private Credentials credentials;
    private URI tokenUrl;

    private Builder() {}

    /**
     * Talks to one of the public TCIA servers.
     *
     * @param server the server
     * @return this builder
     */
    public Builder server(NbiaServer server) {
      this.root = Objects.requireNonNull(server, "server").root();
      return this;
    }

    /**
     * Talks to any NBIA server.
     *
     * @param baseUrl the server root as a browser shows it, e.g.
     *     {@code https://nbia.cancerimagingarchive.net} or {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws IllegalArgumentException when the URL is malformed or contains the API path
     */
    public Builder baseUrl(String baseUrl) {
      URI parsed = ClientConfig.parseBaseUrl(baseUrl);
      String path = parsed.getPath();
      if (path != null && path.contains("/nbia-api")) {
        String suggestion = parsed.toString().substring(0, parsed.toString().indexOf("/nbia-api"));
        throw new IllegalArgumentException("Base URL '" + baseUrl + "' must be the server root, without the API path:"
            + " use '" + suggestion + "' (the client adds /nbia-api/services/...).");
      }
      this.root = parsed;
      return this;
    }

    /**
     * Talks to any NBIA server.
     *
     * @param baseUrl the server root
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    }

    /**
     * Chooses the API generation (default {@link ApiVersion#V4}). {@link ApiVersion#V2} logs in,
     * with the guest account unless {@link #login(Credentials)} says otherwise.
     *
     * @param version the API generation
     * @return this builder
     */
    public Builder apiVersion(ApiVersion version) {
      this.apiVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Logs in with these credentials (OAuth2 password grant against the server's token proxy
     * {@code <root>/nbia-api/oauth/token}, unless {@link #tokenUrl(URI)} or the configuration
     * names another endpoint). Public v4 data needs no login; a login adds the collections that user
     * may see.
     *
     * @param value the user, or {@link Credentials#guest()}
     * @return this builder
     */
    public Builder login(Credentials value) {
      this.credentials = Objects.requireNonNull(value, "credentials");
      return this;
    }

    /**
     * Sets the token endpoint used by {@link #login(Credentials)} (for example a Keycloak realm
     * URL).
     *
     * @param value the token endpoint URL
     * @return this builder
     */
    public Builder tokenUrl(URI value) {
      this.tokenUrl = Objects.requireNonNull(value, "tokenUrl");
      return this;
    }

    /**
     * Uses this configuration (timeouts, retries, proxy, concurrency). Its base URL, if any,
     * becomes the server root.
     *
     * @param value the configuration
     * @return this builder
     */
    public Builder config(ClientConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      value.baseUrl().ifPresent(this::baseUrl);
      return this;
    }

    /**
     * Adjusts the configuration in place, e.g. {@code configure(c -> c.maxConcurrency(4))}.
     *
     * @param change a function that edits a builder of the current configuration
     * @return this builder
     */
    public Builder configure(UnaryOperator<ClientConfig.Builder> change) {
      return config(change.apply(config.toBuilder()).build());
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public NbiaClient build() {
      return new NbiaClient(this);
    }
  }
}
