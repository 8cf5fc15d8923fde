package io.github.tcia4j.common.auth;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaAuthenticationException;
import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transport;
import io.github.tcia4j.common.internal.Redaction;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains and renews OAuth2 access tokens for one server, safely shared by many threads.
 *
 * <p>The first call to {@link #accessToken()} logs in with the password grant. The token is then
 * reused until less than {@link OAuthSettings#refreshMargin()} of its lifetime remains (or, for
 * tokens living shorter than twice the margin, until half of the lifetime has passed); it is then
 * renewed before it expires: with the refresh grant when the server gave a refresh token that has
 * not expired, otherwise with the password grant again. A refresh grant the server refuses falls
 * back to one password grant.
 *
 * <p>Renewal is single-flight: when many threads need a token at once, exactly one request goes to
 * the token endpoint and the others wait for its answer. If that request fails, the threads that
 * were waiting for it fail with it instead of each sending their own (which, with a wrong
 * password, could lock the account); a later call tries again.
 *
 * <p>Each server (the main NBIA server, NLST, a private deployment) has its own manager, so their
 * tokens never mix. The transport given to the constructor sends the token requests; it must not
 * be wrapped by {@link AuthenticatingTransport} itself.
 *
 * <p>Passwords, client secrets and tokens never appear in exception messages, in log lines or in
 * {@link #toString()}.
 */
public final class OAuthTokenManager {
  /** The lifetime assumed when the token endpoint does not say ({@code expires_in} absent). */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);

  private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenManager.class);
  private static final int MAX_BODY_BYTES = 1 << 20;
  private static final int SHORTEST_SCRUBBED_SECRET = 4;

  private final OAuthSettings settings;
  private final Transport transport;
  private final Clock clock;
  private final String redactedTokenUri;
  private final ReentrantLock lock = new ReentrantLock();

  /** The current token, or null before the first login; replaced (never mutated) under the lock. */
  private volatile Token current;
  /** How many token requests (grants, including fallbacks, counted once) have completed. */
  private volatile long completedRenewals;
  /** The failure of the latest renewal, or null when it succeeded; guarded by the lock. */
  private TciaAuthenticationException lastFailure;

  /**
   * Creates a manager. No request is sent until a token is needed.
   *
   * @param settings the token endpoint, client and user
   * @param transport sends the token requests; a transport without the authentication decorator,
   *     usually with retries
   * @param clock defines "now" for token expiry
   */
  public OAuthTokenManager(OAuthSettings settings, Transport transport, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.redactedTokenUri = Redaction.uri(settings.tokenUri());
  }

  /**
   * Returns a valid access token, logging in on first use and renewing the token when it is about
   * to expire.
   *
   * @return the access token, for an {@code Authorization: Bearer} header
   * @throws TciaAuthenticationException when no token could be obtained (wrong user name or
   *     password, unreachable or misconfigured token endpoint)
   */
  public String accessToken() {
    Token token = current;
    if (token != null && isFresh(token)) {
      return token.accessToken();
    }
    return renew(null);
  }

  /**
   * Returns a token to use after the server refused {@code rejectedToken} with HTTP 401. When the
   * current token is still the rejected one it is renewed; when another thread has renewed it in
   * the meantime, the newer token is returned without a new request.
   *
   * @param rejectedToken the token the server refused
   * @return a token different from the rejected one, unless the token endpoint hands out the same
   *     token again
   * @throws TciaAuthenticationException when no new token could be obtained
   */
  public String renewAfterRejection(String rejectedToken) {
    Objects.requireNonNull(rejectedToken, "rejectedToken");
    Token token = current;
    if (token != null && !token.accessToken().equals(rejectedToken) && isFresh(token)) {
      return token.accessToken();
    }
    return renew(rejectedToken);
  }

  /**
   * Returns when the current token expires.
   *
   * @return the expiry instant, or empty before the first login
   */
  public Optional<Instant> expiresAt() {
    Token token = current;
    return token == null ? Optional.empty() : Optional.of(token.expiresAt());
  }

  /**
   * Returns the settings this manager uses.
   *
   * @return the settings
   */
  public OAuthSettings settings() {
    return settings;
  }

  /**
   * Counts the threads waiting for a renewal another thread is performing. Tests use it to know
   * when every thread has queued up.
   *
   * @return an estimate of the number of waiting threads
   */
  int threadsWaitingForRenewal() {
    return lock.getQueueLength();
  }

  @Override
  public String toString() {
    Token token = current;
    return "OAuthTokenManager[tokenUri=" + redactedTokenUri + ", clientId=" + settings.clientId()
        + ", user=" + settings.credentials().username()
        + ", token=" + (token == null ? "none" : "valid until " + token.expiresAt()) + "]";
  }

  private boolean isFresh(Token token) {
    return clock.instant().isBefore(token.renewAt());
  }

  private String renew(String rejectedToken) {
    long seenRenewals = completedRenewals;
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TciaAuthenticationException("interrupted while waiting for an access token from "
          + redactedTokenUri, null, e);
    }
    try {
      Token token = current;
      boolean rejected = token != null && token.accessToken().equals(rejectedToken);
      if (token != null && !rejected && isFresh(token)) {
        return token.accessToken();
      }
      if (completedRenewals != seenRenewals && lastFailure != null) {
        throw new TciaAuthenticationException("the token request this thread waited for failed: "
            + lastFailure.getMessage(), null, lastFailure);
      }
      try {
        Token fresh = obtain(token);
        current = fresh;
        lastFailure = null;
        return fresh.accessToken();
      } catch (TciaAuthenticationException e) {
        lastFailure = e;
        LOG.debug("No access token for user '{}': {}", username(), e.getMessage());
        throw e;
      } finally {
        completedRenewals++;
      }
    } finally {
      lock.unlock();
    }
  }

  private Token obtain(Token previous) {
    if (previous != null && previous.refreshToken().isPresent()) {
      if (previous.refreshUsable(clock.instant())) {
        try {
          return refreshGrant(previous.refreshToken().get());
        } catch (TciaAuthenticationException e) {
          LOG.info("Refreshing the access token for user '{}' failed; logging in again with the password grant: {}",
              username(), e.getMessage());
          try {
            return passwordGrant();
          } catch (TciaAuthenticationException second) {
            second.addSuppressed(e);
            throw second;
          }
        }
      }
      LOG.debug("The refresh token for user '{}' has expired; logging in again with the password grant",
          username());
    }
    return passwordGrant();
  }

  private Token passwordGrant() {
    Credentials user = settings.credentials();
    Params form = Params.of("grant_type", "password")
        .with("username", user.username())
        .with("password", user.password())
        .with("client_id", settings.clientId())
        .withOptional("client_secret", settings.clientSecret().orElse(null))
        .withOptional("scope", settings.scope().orElse(null));
    LOG.debug("Requesting an access token for user '{}' from {} with the password grant",
        user.username(), redactedTokenUri);
    Token token = request(form, Grant.PASSWORD);
    LOG.info("Logged in as user '{}' at {}; the access token expires at {}",
        user.username(), redactedTokenUri, token.expiresAt());
    return token;
  }

  private Token refreshGrant(String refreshToken) {
    Params form = Params.of("grant_type", "refresh_token")
        .with("refresh_token", refreshToken)
        .with("client_id", settings.clientId())
        .withOptional("client_secret", settings.clientSecret().orElse(null));
    LOG.debug("Refreshing the access token for user '{}' at {} with the refresh grant",
        username(), redactedTokenUri);
    Token token = request(form, Grant.REFRESH);
    LOG.info("Refreshed the access token for user '{}' at {}; it expires at {}",
        username(), redactedTokenUri, token.expiresAt());
    return token;
  }

  private Token request(Params form, Grant grant) {
    HttpCall call = HttpCall.post(settings.tokenUri())
        .header("Accept", "application/json")
        .form(form)
        .idempotent(true)
        .build();
    Instant sentAt = clock.instant();
    HttpResult result;
    try {
      result = transport.send(call);
    } catch (TciaException e) {
      throw new TciaAuthenticationException("could not reach the token endpoint " + redactedTokenUri
          + " to " + grant.action + " for user '" + username() + "': " + scrub(e.getMessage())
          + ". Check the token URL, the network and any proxy settings.", null, e);
    }
    try (result) {
      String body = readBody(result, grant);
      RequestInfo info = new RequestInfo(call.method(), call.redactedUri(), result.status(),
          scrub(Redaction.snippet(body, HttpResult.SNIPPET_LENGTH)), result.attempts());
      if (!result.isSuccess()) {
        throw rejected(result.status(), body, info, grant);
      }
      return parseToken(body, info, sentAt);
    }
  }

  private String readBody(HttpResult result, Grant grant) {
    try {
      byte[] bytes = result.body().readNBytes(MAX_BODY_BYTES);
      return new String(bytes, result.charset());
    } catch (IOException | RuntimeException e) {
      throw new TciaAuthenticationException("the connection to the token endpoint " + redactedTokenUri
          + " broke while reading the answer to the request to " + grant.action + " for user '"
          + username() + "': " + scrub(String.valueOf(e.getMessage())), result.requestInfo(), e);
    }
  }

  private TciaAuthenticationException rejected(int status, String body, RequestInfo info, Grant grant) {
    String detail = errorDetail(body);
    String message;
    if (status == 400 || status == 401) {
      if (grant == Grant.REFRESH) {
        message = "refreshing the access token for user '" + username() + "' at " + redactedTokenUri
            + " was refused (HTTP " + status + ")" + detail + ".";
      } else if (detail.contains("invalid_client") || detail.contains("unauthorized_client")) {
        message = "login failed for user '" + username() + "' at " + redactedTokenUri
            + ": the server rejected the client (HTTP " + status + ")" + detail
            + ". Check the client id '" + settings.clientId() + "' and the client secret.";
      } else {
        message = "login failed for user '" + username() + "' at " + redactedTokenUri
            + ": the server rejected the user name or password (HTTP " + status + ")" + detail
            + (settings.credentials().isGuest()
                ? ". The guest account logs in with an empty password only through NBIA's own token"
                    + " endpoint (OAuthSettings.nbiaProxy)."
                : ". Check the user name and password.");
      }
    } else if (status == 404) {
      message = "the token endpoint " + redactedTokenUri + " does not exist (HTTP 404) when trying to "
          + grant.action + " for user '" + username() + "'. Check OAuthSettings.tokenUri; NBIA's"
          + " own endpoint is <server>/nbia-api/oauth/token.";
    } else {
      message = "the token endpoint " + redactedTokenUri + " answered HTTP " + status
          + " to the request to " + grant.action + " for user '" + username() + "'" + detail
          + (status >= 500 ? ". The server has a problem; try again later." : ".");
    }
    return new TciaAuthenticationException(message, info, null);
  }

  /** Returns ": error: description" from an OAuth2 error body, or "" when the body is not one. */
  private String errorDetail(String body) {
    Optional<JsonObject> json = parseObject(body);
    if (json.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    stringField(json.get(), "error").ifPresent(parts::add);
    stringField(json.get(), "error_description").ifPresent(parts::add);
    return parts.isEmpty() ? "" : ": " + scrub(Redaction.text(String.join(": ", parts)));
  }

  private Token parseToken(String body, RequestInfo info, Instant sentAt) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw notATokenResponse("is not a JSON object", info,
          new TciaDecodeException("Expected a JSON object as token response", info, e));
    }
    Optional<String> accessToken = stringField(json, "access_token").filter(s -> !s.isBlank());
    if (accessToken.isEmpty()) {
      throw notATokenResponse("has no access_token field", info,
          new TciaDecodeException("Expected the field access_token in the token response", info, null));
    }
    Optional<Long> expiresIn = longField(json, "expires_in").filter(s -> s > 0);
    Duration lifetime = expiresIn.map(Duration::ofSeconds).orElseGet(() -> {
      LOG.warn("The token endpoint {} did not say when the access token expires (no expires_in);"
          + " assuming {} seconds", redactedTokenUri, DEFAULT_LIFETIME.toSeconds());
      return DEFAULT_LIFETIME;
    });
    Optional<String> tokenType = stringField(json, "token_type");
    if (tokenType.isPresent() && !tokenType.get().toLowerCase(Locale.ROOT).equals("bearer")) {
      LOG.warn("The token endpoint {} issued a token of type '{}'; sending it as a Bearer token anyway",
          redactedTokenUri, tokenType.get());
    }
    Optional<String> refreshToken = stringField(json, "refresh_token").filter(s -> !s.isBlank());
    // Keycloak reports refresh_expires_in = 0 for refresh tokens that do not expire by time.
    Optional<Instant> refreshExpiresAt = longField(json, "refresh_expires_in")
        .filter(s -> s > 0)
        .map(s -> sentAt.plusSeconds(s));
    Duration margin = settings.refreshMargin();
    Duration half = lifetime.dividedBy(2);
    Duration effectiveMargin = margin.compareTo(half) > 0 ? half : margin;
    Instant expiresAt = sentAt.plus(lifetime);
    return new Token(accessToken.get(), expiresAt, expiresAt.minus(effectiveMargin), refreshToken,
        refreshExpiresAt);
  }

  private TciaAuthenticationException notATokenResponse(String problem, RequestInfo info, Throwable cause) {
    return new TciaAuthenticationException("the token endpoint " + redactedTokenUri + " answered HTTP "
        + info.statusCode() + " for user '" + username() + "' but the body " + problem
        + " (expected a JSON object with access_token). Check that OAuthSettings.tokenUri is an OAuth2"
        + " token endpoint and not a web page.", info, cause);
  }

  private static Optional<JsonObject> parseObject(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> stringField(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    return Optional.empty();
  }

  private static Optional<Long> longField(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonNumber n) {
      return Optional.of(n.longValue());
    }
    if (value instanceof JsonString s) {
      try {
        return Optional.of(Long.parseLong(s.getString().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Masks the secrets this manager knows (password, client secret, tokens) wherever they occur in
   * text that came from elsewhere, in case a server or a lower layer echoes them.
   */
  private String scrub(String text) {
    String result = text;
    List<String> secrets = new ArrayList<>();
    secrets.add(settings.credentials().password());
    settings.clientSecret().ifPresent(secrets::add);
    Token token = current;
    if (token != null) {
      secrets.add(token.accessToken());
      token.refreshToken().ifPresent(secrets::add);
    }
    for (String secret : secrets) {
      if (secret.length() >= SHORTEST_SCRUBBED_SECRET) {
        result = result.replace(secret, Redaction.MASK);
      }
    }
    return result;
  }

  private String username() {
    return settings.credentials().username();
  }

  /** The two grants, with the words used in messages. */
  private enum Grant {
    PASSWORD("log in"),
    REFRESH("refresh the access token");

    private final String action;

    Grant(String action) {
      this.action = action;
    }
  }

  /**
   * One token response, immutable.
   *
   * @param accessToken the access token
   * @param expiresAt when the access token expires
   * @param renewAt when to renew it proactively
   * @param refreshToken the refresh token, if any
   * @param refreshExpiresAt when the refresh token expires, if the server said so
   */
  private record Token(String accessToken, Instant expiresAt, Instant renewAt,
      Optional<String> refreshToken, Optional<Instant> refreshExpiresAt) {

    boolean refreshUsable(Instant now) {
      return refreshToken.isPresent() && refreshExpiresAt.map(now::isBefore).orElse(true);
    }

    @Override
    public String toString() {
      return "Token[expiresAt=" + expiresAt + ", renewAt=" + renewAt + ", refreshToken="
          + (refreshToken.isPresent() ? "***" : "none") + "]";
    }
  }
}
