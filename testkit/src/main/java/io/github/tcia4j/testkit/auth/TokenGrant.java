package io.github.tcia4j.testkit.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * A freshly issued set of tokens.
 *
 * @param user the user the tokens belong to
 * @param accessToken the bearer token
 * @param refreshToken the refresh token
 * @param idToken the OpenID id token
 * @param sessionState the session id
 * @param expiresIn the access token's lifetime
 * @param refreshExpiresIn the refresh token's lifetime
 */
public record TokenGrant(UserAccount user, String accessToken, String refreshToken,
    String idToken, String sessionState, Duration expiresIn, Duration refreshExpiresIn) {

  /**
   * Checks the components.
   *
   * @param user the user
   * @param accessToken the access token
   * @param refreshToken the refresh token
   * @param idToken the id token
   * @param sessionState the session
   * @param expiresIn the lifetime
   * @param refreshExpiresIn the refresh lifetime
   */
  public TokenGrant {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(sessionState, "sessionState");
    Objects.requireNonNull(expiresIn, "expiresIn");
    Objects.requireNonNull(refreshExpiresIn, "refreshExpiresIn");
  }

  @Override
  public String toString() {
    return "TokenGrant[user=" + user.name() + ", expiresIn=" + expiresIn + "]";
  }
}
