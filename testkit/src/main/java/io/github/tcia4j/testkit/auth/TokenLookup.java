package io.github.tcia4j.testkit.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of looking a token up.
 *
 * @param status whether the token is valid, expired or unknown
 * @param user the token's user when it is valid or expired
 */
public record TokenLookup(Status status, Optional<UserAccount> user) {

  /** What a token lookup found. */
  public enum Status {
    /** Known and not expired. */
    VALID,
    /** Known but expired by the sandbox clock. */
    EXPIRED,
    /** Never issued by this host. */
    UNKNOWN
  }

  /**
   * Checks the components.
   *
   * @param status the status
   * @param user the user
   */
  public TokenLookup {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(user, "user");
  }

  /**
   * The user of a valid token.
   *
   * @return the user, or empty when the token is expired or unknown
   */
  public Optional<UserAccount> validUser() {
    return status == Status.VALID ? user : Optional.empty();
  }
}
