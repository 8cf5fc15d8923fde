/**
 * Users and Keycloak-like tokens of one sandbox host.
 *
 * <p>Each host has its own {@link io.github.tcia4j.testkit.auth.TokenService}: a token issued by
 * the main host is unknown on the NLST host, as with the real servers. Tokens expire by the
 * sandbox clock.
 */
package io.github.tcia4j.testkit.auth;
