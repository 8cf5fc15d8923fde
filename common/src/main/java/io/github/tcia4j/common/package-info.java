/**
 * The shared core of the tcia4j clients.
 *
 * <p>This package holds the configuration every client is built from
 * ({@link io.github.tcia4j.common.ClientConfig}, {@link io.github.tcia4j.common.RetryPolicy}).
 * The sub-packages hold one responsibility each:
 * <ul>
 *   <li>{@code error}: the exception hierarchy rooted in {@code TciaException};
 *   <li>{@code http}: the transport interface, requests and responses, and the decorators for
 *       retries, concurrency limits and logging;
 *   <li>{@code auth}: OAuth2 tokens and the NBIA Data Retriever credential file;
 *   <li>{@code json}: reading and writing JSON (JSON-B behind a small facade);
 *   <li>{@code paging}: lazy iteration over paged results;
 *   <li>{@code export}: CSV, JSON and JSON Lines output that pandas reads as is;
 *   <li>{@code table}: the {@code tcia_utils.utils} helpers (search, column copy, disk-space
 *       formatting).
 * </ul>
 */
package io.github.tcia4j.common;
