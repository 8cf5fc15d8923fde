package io.github.tcia4j.testkit.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A sandbox user.
 *
 * @param name the user name
 * @param password the password (the guest's is its configured guest password, which the NBIA
 *     token proxy fills in when a client sends the guest with an empty one)
 * @param restrictedCollections the restricted collections this user may see, in addition to the
 *     public ones
 * @param curator whether the user may call {@code getAdvancedQCSearch} (curators see every
 *     collection)
 */
public record UserAccount(String name, String password, Set<String> restrictedCollections,
    boolean curator) {

  /** The name of the guest account. */
  public static final String GUEST = "nbia_guest";
  /**
   * The sandbox's guest password unless another is configured. TCIA publishes the real guest
   * password in its API guide; the reference does not reproduce it, so the sandbox uses its own
   * value and lets tests set the published one.
   */
  public static final String DEFAULT_GUEST_PASSWORD = "sbx-guest-pass";

  /**
   * Checks and copies the components.
   *
   * @param name the name
   * @param password the password
   * @param restrictedCollections the granted restricted collections
   * @param curator whether a curator
   * @throws IllegalArgumentException if the name is blank
   */
  public UserAccount {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A user name must not be blank");
    }
    Objects.requireNonNull(password, "password");
    restrictedCollections = Set.copyOf(restrictedCollections);
  }

  /**
   * The guest account with the default guest password.
   *
   * @return {@code nbia_guest} with {@link #DEFAULT_GUEST_PASSWORD}
   */
  public static UserAccount guest() {
    return guest(DEFAULT_GUEST_PASSWORD);
  }

  /**
   * The guest account with a given guest password.
   *
   * @param password the guest password a client sends to Keycloak directly (the NBIA token proxy
   *     also accepts an empty password for the guest and fills this one in)
   * @return {@code nbia_guest} with that password, seeing the public collections only
   * @throws IllegalArgumentException if the password is empty, which would leave nothing for the
   *     proxy to fill in
   */
  public static UserAccount guest(String password) {
    Objects.requireNonNull(password, "password");
    if (password.isEmpty()) {
      throw new IllegalArgumentException("The guest password must not be empty: the NBIA token"
          + " proxy fills it in for an empty one; give the password clients send to Keycloak,"
          + " e.g. the one TCIA publishes");
    }
    return new UserAccount(GUEST, password, Set.of(), false);
  }

  @Override
  public String toString() {
    return "UserAccount[name=" + name + ", restrictedCollections=" + restrictedCollections
        + ", curator=" + curator + "]";
  }
}
