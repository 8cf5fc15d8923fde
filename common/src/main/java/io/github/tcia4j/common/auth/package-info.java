/**
 * Logins for NBIA servers that need them: OAuth2 password and refresh grants, the guest account,
 * and the NBIA Data Retriever credential file. Passwords and tokens never appear in logs,
 * {@code toString()} or exception messages.
 */
package io.github.tcia4j.common.auth;
