/**
 * The HTTP side of the sandbox: one {@code com.sun.net.httpserver.HttpServer} per host, path
 * parsing and routing, the shared request object, response helpers, the request log and the
 * body stream chain (throttling, stream faults, log completion). Not public API.
 */
package io.github.tcia4j.testkit.internal.server;
