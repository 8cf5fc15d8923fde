package io.github.tcia4j.testkit.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A sandbox user.
 *
 * @param name the user name
 * @param password the password (the guest's is empty)
 * @param restrictedCollections the restricted collections this user may see, in addition to the
 *     public ones
 * @param curator whether the user may call {@code getAdvancedQCSearch} (curators see every
 *     collection)
 */
public record UserAccount(String name, String password, Set<String> restrictedCollections,
    boolean curator) {

  /** The name of the guest account, whose password is empty. */
  public static final String GUEST = "nbia_guest";

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
   * The guest account.
   *
   * @return {@code nbia_guest} with an empty password
   */
  public static UserAccount guest() {
    return new UserAccount(GUEST, "", Set.of(), false);
  }

  @Override
  public String toString() {
    return "UserAccount[name=" + name + ", restrictedCollections=" + restrictedCollections
        + ", curator=" + curator + "]";
  }
}
