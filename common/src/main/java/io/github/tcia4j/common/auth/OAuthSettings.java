package io.github.tcia4j.common.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to obtain OAuth2 access tokens for a server that requires a login (NBIA v1/v2 and the
 * "advanced" endpoints, or any private NBIA deployment). Public NBIA v4 needs none of this.
 *
 * <p>Tokens come from the password grant and are renewed with the refresh grant, against
 * {@link #tokenUri()} (NBIA's own proxy is {@code <server>/nbia-api/oauth/token}, client id
 * {@code NBIA}; a Keycloak realm endpoint works too, usually with client id {@code nbia}).
 * {@link #toString()} never shows the password or the client secret.
 *
 * @param tokenUri the token endpoint
 * @param clientId the OAuth client id sent with every grant
 * @param clientSecret the client secret, if the endpoint wants one
 * @param scope the scope to ask for (Keycloak wants {@code openid}), if any
 * @param credentials the user (or the guest account)
 * @param refreshMargin how long before expiry a token is renewed proactively
 */
public record OAuthSettings(
    URI tokenUri,
    String clientId,
    Optional<String> clientSecret,
    Optional<String> scope,
    Credentials credentials,
    Duration refreshMargin) {

  /** The client id NBIA's token proxy expects. */
  public static final String NBIA_CLIENT_ID = "NBIA";

  /** The default proactive-refresh margin: one minute before expiry. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(60);

  /**
   * Validates the settings.
   *
   * @param tokenUri the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param scope the scope
   * @param credentials the user
   * @param refreshMargin the proactive-refresh margin
   */
  public OAuthSettings {
    Objects.requireNonNull(tokenUri, "tokenUri");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(refreshMargin, "refreshMargin");
    if (!tokenUri.isAbsolute() || tokenUri.getHost() == null
        || !("http".equalsIgnoreCase(tokenUri.getScheme()) || "https".equalsIgnoreCase(tokenUri.getScheme()))) {
      throw new IllegalArgumentException("tokenUri must be an absolute http(s) URL, was: " + tokenUri);
    }
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    if (refreshMargin.isNegative()) {
      throw new IllegalArgumentException("refreshMargin must not be negative, was " + refreshMargin);
    }
  }

  /**
   * Settings for NBIA's own token proxy at {@code <serverRoot>/nbia-api/oauth/token} with client id
   * {@code NBIA}.
   *
   * @param serverRoot the server root, e.g. {@code https://services.cancerimagingarchive.net}
   * @param credentials the user, or {@link Credentials#guest()}
   * @return the settings
   */
  public static OAuthSettings nbiaProxy(URI serverRoot, Credentials credentials) {
    String root = serverRoot.toString().replaceAll("/+$", "");
    return new OAuthSettings(URI.create(root + "/nbia-api/oauth/token"), NBIA_CLIENT_ID,
        Optional.empty(), Optional.empty(), credentials, DEFAULT_REFRESH_MARGIN);
  }

  /**
   * Returns a copy for other credentials.
   *
   * @param other the new user
   * @return the copy
   */
  public OAuthSettings withCredentials(Credentials other) {
    return new OAuthSettings(tokenUri, clientId, clientSecret, scope, other, refreshMargin);
  }

  @Override
  public String toString() {
    return "OAuthSettings[tokenUri=" + tokenUri + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret.isPresent() ? "***" : "none")
        + ", scope=" + scope.orElse("none") + ", credentials=" + credentials
        + ", refreshMargin=" + refreshMargin + "]";
  }
}
