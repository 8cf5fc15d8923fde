/**
 * HTTP for the tcia4j clients: the {@link io.github.tcia4j.common.http.Transport} interface, the
 * immutable {@link io.github.tcia4j.common.http.HttpCall} request and the streamed
 * {@link io.github.tcia4j.common.http.HttpResult} response, and the decorators (retries,
 * concurrency limit, tokens) that wrap the JDK {@code HttpClient}.
 */
package io.github.tcia4j.common.http;
