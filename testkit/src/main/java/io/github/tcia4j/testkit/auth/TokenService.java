package io.github.tcia4j.testkit.auth;

import io.github.tcia4j.testkit.Host;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users and tokens of one host: a small stand-in for the Keycloak realm {@code TCIA} and the
 * NBIA token proxy {@code /nbia-api/oauth/token} in front of it. Thread-safe.
 *
 * <p>Keycloak checks every password as given ({@link #passwordGrant}); the proxy first fills in
 * the configured guest password when the guest arrives with an empty one
 * ({@link #proxyPasswordGrant}), as reference section 2.2 describes.
 *
 * <p>Tokens look like JWTs ({@code header.payload.signature}, base64url) with the usual Keycloak
 * claims; they are random, so their values say nothing about the sandbox seed. A token is valid
 * until {@code issued + lifetime} by the sandbox clock. Refreshing issues a new access token and
 * keeps the refresh token's own expiry.
 */
public final class TokenService {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Host host;
  private final Clock clock;
  private final Duration accessLifetime;
  private final Duration refreshLifetime;
  private final Map<String, UserAccount> users = new LinkedHashMap<>();
  private final ConcurrentHashMap<String, Issued> access = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Issued> refresh = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  private record Issued(String user, Instant expires) {}

  /**
   * Creates the service with the default guest password
   * ({@link UserAccount#DEFAULT_GUEST_PASSWORD}). The guest account is always present.
   *
   * @param host the host (written into the tokens' issuer)
   * @param clock the clock that decides expiry
   * @param accessLifetime the access token lifetime (Keycloak's {@code expires_in})
   * @param refreshLifetime the refresh token lifetime ({@code refresh_expires_in})
   * @param accounts the users besides the guest; a later account replaces an earlier one of the
   *     same name
   * @throws IllegalArgumentException if a lifetime is not positive
   */
  public TokenService(Host host, Clock clock, Duration accessLifetime, Duration refreshLifetime,
      Collection<UserAccount> accounts) {
    this(host, clock, accessLifetime, refreshLifetime, accounts, UserAccount.guest());
  }

  /**
   * Creates the service with a given guest account.
   *
   * @param host the host (written into the tokens' issuer)
   * @param clock the clock that decides expiry
   * @param accessLifetime the access token lifetime (Keycloak's {@code expires_in})
   * @param refreshLifetime the refresh token lifetime ({@code refresh_expires_in})
   * @param accounts the users besides the guest; a later account replaces an earlier one of the
   *     same name, and an account named like the guest is ignored
   * @param guest the guest account, e.g. {@code UserAccount.guest("the published password")}
   * @throws IllegalArgumentException if a lifetime is not positive or {@code guest} is not named
   *     {@value UserAccount#GUEST}
   */
  public TokenService(Host host, Clock clock, Duration accessLifetime, Duration refreshLifetime,
      Collection<UserAccount> accounts, UserAccount guest) {
    this.host = Objects.requireNonNull(host, "host");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.accessLifetime = requirePositive(accessLifetime, "accessLifetime");
    this.refreshLifetime = requirePositive(refreshLifetime, "refreshLifetime");
    Objects.requireNonNull(guest, "guest");
    if (!guest.name().equals(UserAccount.GUEST)) {
      throw new IllegalArgumentException("The guest account must be named " + UserAccount.GUEST
          + ", got " + guest.name() + "; create it with UserAccount.guest(password)");
    }
    users.put(UserAccount.GUEST, guest);
    for (UserAccount a : accounts) {
      if (!a.name().equals(UserAccount.GUEST)) {
        users.put(a.name(), a);
      }
    }
  }

  private static Duration requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  /**
   * All users, the guest first.
   *
   * @return the users
   */
  public List<UserAccount> users() {
    return List.copyOf(users.values());
  }

  /**
   * A user by exact name.
   *
   * @param name the user name
   * @return the user, or empty
   */
  public Optional<UserAccount> user(String name) {
    return Optional.ofNullable(users.get(name));
  }

  /**
   * The password grant as the NBIA token proxy performs it: like {@link #passwordGrant}, except
   * that the guest with an empty password gets the configured guest password filled in.
   *
   * @param username the user name
   * @param password the password; {@code ""} is accepted for the guest
   * @return the tokens, or empty when the credentials are wrong
   */
  public Optional<TokenGrant> proxyPasswordGrant(String username, String password) {
    boolean guestWithoutPassword = UserAccount.GUEST.equals(username)
        && (password == null || password.isEmpty());
    return passwordGrant(username, guestWithoutPassword ? users.get(UserAccount.GUEST).password()
        : password);
  }

  /**
   * The password grant as Keycloak performs it: checks the credentials exactly and issues tokens.
   *
   * @param username the user name
   * @param password the password (the guest's is its configured password, never empty)
   * @return the tokens, or empty when the credentials are wrong
   */
  public Optional<TokenGrant> passwordGrant(String username, String password) {
    UserAccount u = users.get(username);
    if (u == null || password == null || !u.password().equals(password)) {
      return Optional.empty();
    }
    return Optional.of(issue(u, null));
  }

  /**
   * The refresh grant: issues a new access token for a valid refresh token.
   *
   * @param refreshToken the refresh token
   * @return the tokens, or empty when the refresh token is unknown or expired
   */
  public Optional<TokenGrant> refresh(String refreshToken) {
    TokenLookup l = lookupRefresh(refreshToken);
    if (l.status() != TokenLookup.Status.VALID) {
      return Optional.empty();
    }
    return Optional.of(issue(l.user().orElseThrow(), refreshToken));
  }

  /**
   * Looks up an access token.
   *
   * @param token the bearer token
   * @return what was found
   */
  public TokenLookup lookupAccess(String token) {
    return lookup(access, token);
  }

  /**
   * Looks up a refresh token.
   *
   * @param token the refresh token
   * @return what was found
   */
  public TokenLookup lookupRefresh(String token) {
    return lookup(refresh, token);
  }

  private TokenLookup lookup(Map<String, Issued> store, String token) {
    Issued i = token == null ? null : store.get(token);
    if (i == null) {
      return new TokenLookup(TokenLookup.Status.UNKNOWN, Optional.empty());
    }
    Optional<UserAccount> u = Optional.ofNullable(users.get(i.user()));
    if (u.isEmpty()) {
      return new TokenLookup(TokenLookup.Status.UNKNOWN, Optional.empty());
    }
    boolean expired = !clock.instant().isBefore(i.expires());
    return new TokenLookup(expired ? TokenLookup.Status.EXPIRED : TokenLookup.Status.VALID, u);
  }

  private TokenGrant issue(UserAccount u, String existingRefresh) {
    Instant now = clock.instant();
    purgeOlderThan(now.minus(Duration.ofDays(1)));
    String session = UUID.randomUUID().toString();
    String accessToken = jwt(u, now, accessLifetime, "Bearer", session);
    access.put(accessToken, new Issued(u.name(), now.plus(accessLifetime)));
    String refreshToken = existingRefresh;
    Duration refreshLeft = refreshLifetime;
    if (refreshToken == null) {
      refreshToken = jwt(u, now, refreshLifetime, "Refresh", session);
      refresh.put(refreshToken, new Issued(u.name(), now.plus(refreshLifetime)));
    } else {
      refreshLeft = Duration.between(now, refresh.get(refreshToken).expires());
    }
    String idToken = jwt(u, now, accessLifetime, "ID", session);
    return new TokenGrant(u, accessToken, refreshToken, idToken, session, accessLifetime,
        refreshLeft);
  }

  private void purgeOlderThan(Instant limit) {
    access.values().removeIf(i -> i.expires().isBefore(limit));
    refresh.values().removeIf(i -> i.expires().isBefore(limit));
  }

  private String jwt(UserAccount u, Instant now, Duration lifetime, String type, String session) {
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"tcia4j-sandbox\"}";
    String payload = "{\"exp\":" + now.plus(lifetime).getEpochSecond()
        + ",\"iat\":" + now.getEpochSecond()
        + ",\"jti\":\"" + UUID.randomUUID() + "\""
        + ",\"iss\":\"tcia4j-sandbox/" + host.name().toLowerCase(Locale.ROOT) + "/realms/TCIA\""
        + ",\"typ\":\"" + type + "\",\"azp\":\"nbia\",\"session_state\":\"" + session + "\""
        + ",\"preferred_username\":\"" + u.name().replace("\"", "") + "\""
        + ",\"scope\":\"openid profile email\"}";
    byte[] sig = new byte[32];
    synchronized (random) {
      random.nextBytes(sig);
    }
    return B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + '.'
        + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + '.'
        + B64.encodeToString(sig);
  }
}
