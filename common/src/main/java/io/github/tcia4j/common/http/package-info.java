/**
 * HTTP for the tcia4j clients: the {@link io.github.tcia4j.common.http.Transport} interface, the
 * immutable {@link io.github.tcia4j.common.http.HttpCall} request and the streamed
 * {@link io.github.tcia4j.common.http.HttpResult} response, and the decorators (retries,
 * concurrency limit, tokens) that wrap the JDK {@code HttpClient}.
 *
 * <p>{@link io.github.tcia4j.common.http.Transports#create(io.github.tcia4j.common.ClientConfig)}
 * builds the standard chain: {@link io.github.tcia4j.common.http.RetryingTransport} around
 * {@link io.github.tcia4j.common.http.ConcurrencyLimitingTransport} around the JDK client, which
 * applies the connect, request (headers) and read (body) timeouts, the proxy and the redirect
 * rules of the configuration.
 */
package io.github.tcia4j.common.http;
