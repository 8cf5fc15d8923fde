package io.github.tcia4j.testkit.internal.server;

/**
 * The NBIA path families (reference section 1.2) plus the root paths (token, health) and the
 * Keycloak realm's token endpoint.
 */
public enum Family {
  /** {@code /v1/}: public data, no token. */
  V1("v1"),
  /** {@code /v2/}: same endpoints, bearer token required (guest accepted). */
  V2("v2"),
  /** {@code /v4/}: no token needed; a token only adds the user's restricted collections. */
  V4("v4"),
  /** No version: the portal's "advanced" endpoints, bearer token required. */
  ADVANCED("advanced"),
  /** {@code /oauth/token} and {@code /services/up}. */
  ROOT("root"),
  /**
   * {@code /auth/realms/TCIA/protocol/openid-connect/token}: the Keycloak realm that auth-era
   * tcia_utils asked for tokens directly (reference section 2.2).
   */
  KEYCLOAK("keycloak");

  private final String label;

  Family(String label) {
    this.label = label;
  }

  /**
   * The label used in logs, counters and fault keys.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether the family needs a valid bearer token.
   *
   * @return true for v2 and advanced
   */
  public boolean requiresToken() {
    return this == V2 || this == ADVANCED;
  }
}
