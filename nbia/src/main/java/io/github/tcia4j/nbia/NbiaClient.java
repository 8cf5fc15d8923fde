package io.github.tcia4j.nbia;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.common.auth.OAuthSettings;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transports;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import io.github.tcia4j.nbia.model.CollectionValue;
import java.net.URI;
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
