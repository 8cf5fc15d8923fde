package io.github.tcia4j.common.auth;

import java.util.Objects;

/**
 * A user name and password for an NBIA login. {@link #toString()} never shows the password.
 *
 * @param username the user name, not blank
 * @param password the password; empty for the guest account, whose password the NBIA token proxy
 *     fills in itself
 */
public record Credentials(String username, String password) {

  /** The public guest account of NBIA. */
  public static final String GUEST_USERNAME = "nbia_guest";

  /**
   * Validates the credentials.
   *
   * @param username the user name
   * @param password the password
   */
  public Credentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
  }

  /**
   * Returns the guest account ({@code nbia_guest} with an empty password), which sees all public
   * collections.
   *
   * @return the guest credentials
   */
  public static Credentials guest() {
    return new Credentials(GUEST_USERNAME, "");
  }

  /**
   * Tells whether these are the guest account's credentials.
   *
   * @return {@code true} for {@code nbia_guest}
   */
  public boolean isGuest() {
    return GUEST_USERNAME.equals(username);
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=***]";
  }
}
