package io.github.tcia4j.testkit.internal.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.auth.TokenLookup;
import io.github.tcia4j.testkit.fault.FaultDecision;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultRule;
import io.github.tcia4j.testkit.fault.ThrottledOutputStream;
import io.github.tcia4j.testkit.fault.TokenBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One emulated NBIA server: a JDK {@link HttpServer} on 127.0.0.1 with a bounded pool of worker
 * threads, answering every request through the {@link RouteTable}.
 *
 * <p>Per request: route the path (unknown: Tomcat 404), reject HEAD (500 with the 48-byte
 * header, no body) and wrong methods (405), parse query and form, resolve the bearer token,
 * apply the fault decision (latency, injected 5xx or 429), demand a token on v2/advanced (401,
 * empty body), check the whitelist (400), run the endpoint. Any exception an endpoint throws
 * becomes the real server's 500 text; no stack trace reaches a client. Bodies pass the bandwidth
 * caps and, for streamed answers, the stream fault; the request is logged just before its last
 * byte is sent.
 */
public final class HostServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(HostServer.class.getName());
  private static final Set<String> SECRET_PARAMS = Set.of("password", "refresh_token",
      "client_secret");
  private static final List<String> LOGGED_HEADERS = List.of("Accept", "Content-Type",
      "User-Agent", "Range");
  private static final int MAX_BODY = 64 * 1024 * 1024;
  /** The token text the NBIA web UI sends when nobody is logged in. */
  private static final String UNDEFINED = "undefined";

  private final HostContext ctx;
  private final RouteTable routes;
  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Binds the server (not yet accepting requests).
   *
   * @param ctx the host context
   * @param routes the routes
   * @param port the port, 0 for an ephemeral one
   * @param threads the worker threads
   * @throws IOException if the port cannot be bound
   */
  public HostServer(HostContext ctx, RouteTable routes, int port, int threads)
      throws IOException {
    this.ctx = ctx;
    this.routes = routes;
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
    AtomicInteger n = new AtomicInteger();
    String prefix = "tcia-sandbox-" + ctx.host().name().toLowerCase(Locale.ROOT) + "-";
    this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.allowCoreThreadTimeOut(true);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    ctx.rootUrl("http://127.0.0.1:" + port());
  }

  /** Starts accepting requests. */
  public void start() {
    server.start();
  }

  /**
   * The bound port.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The host context.
   *
   * @return the context
   */
  public HostContext context() {
    return ctx;
  }

  /** Stops the server and its threads; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "Sandbox worker threads did not stop in 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    Exchange x = new Exchange(ex);
    SandboxResponse response;
    try {
      response = dispatch(x);
    } catch (ServerFailure f) {
      response = Responses.uncaught(f.serverMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      x.finish(0, 0);
      throw new InterruptedIOException("Sandbox is closing");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "Endpoint failed on " + x.rawPath, e);
      response = Responses.uncaught(e instanceof NullPointerException ? null : e.getMessage());
    }
    send(x, response);
  }

  private SandboxResponse dispatch(Exchange x) throws IOException, InterruptedException {
    Optional<Route> match = routes.match(x.rawPath);
    if (match.isEmpty()) {
      return Responses.tomcatError(404);
    }
    Route route = match.get();
    x.family = route.family().label();
    x.endpoint = route.endpoint();
    if (x.method.equals("HEAD")) {
      x.head = true;
      return Responses.uncaught(null);
    }
    if (!route.methods().contains(x.method)) {
      return Responses.methodNotAllowed(route.methods());
    }
    Params query;
    Params form = Params.empty();
    try {
      query = Params.parse(x.ex.getRequestURI().getRawQuery());
      if (x.method.equals("POST") && isForm(x.ex.getRequestHeaders())) {
        form = Params.parse(readBody(x.ex.getRequestBody()));
      }
    } catch (IllegalArgumentException e) {
      return Responses.tomcatError(400);
    }
    x.query = query;
    x.form = form;

    Optional<String> bearer = bearer(x.ex.getRequestHeaders());
    Optional<TokenLookup> lookup = bearer.map(t -> ctx.tokens().lookupAccess(t));
    x.bearer = bearer.isPresent();
    x.user = lookup.flatMap(TokenLookup::validUser).map(u -> u.name());

    FaultDecision decision = ctx.faults().planner().decide(ctx.host(), x.family, x.endpoint,
        query.nonEmpty("SeriesInstanceUID").or(() -> query.nonEmpty("SeriesUID")));
    x.decision = decision;
    if (!decision.latency().isZero()) {
      x.fault(FaultKind.LATENCY);
      ctx.counters().recordLatency(decision.latency());
      ctx.faults().sleeper().sleep(decision.latency());
    }
    if (decision.errorStatus() != 0) {
      x.fault(FaultKind.ERROR_STATUS);
      return decision.errorStatus() == 500 ? Responses.uncaught(null)
          : Responses.nginxError(decision.errorStatus());
    }
    if (decision.rateLimited()) {
      x.fault(FaultKind.RATE_LIMIT);
      return Responses.nginxError(429)
          .header("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }
    if (route.family().requiresToken() && x.user.isEmpty()) {
      return Responses.unauthorized();
    }
    SandboxRequest request = new SandboxRequest(ctx, x.method, x.rawPath, route.family(),
        route.endpoint(), query, form, lowerCaseHeaders(x.ex.getRequestHeaders()), bearer,
        lookup, decision);
    if (route.whitelist().isPresent()) {
      Optional<SandboxResponse> rejected = route.whitelist().get().check(request);
      if (rejected.isPresent()) {
        return rejected.get();
      }
    }
    return route.handler().handle(request);
  }

  private void send(Exchange x, SandboxResponse response) throws IOException {
    HttpExchange ex = x.ex;
    Headers h = ex.getResponseHeaders();
    h.set("Access-Control-Allow-Origin", "*");
    response.headers().forEach(h::set);
    int status = response.status();
    if (x.head) {
      int length = response.body().map(b -> b.length).orElse(0);
      h.set("Content-Length", Integer.toString(length));
      x.finish(status, 0);
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    Optional<byte[]> body = response.body();
    if (body.isPresent() && (body.get().length == 0 || status == 204)) {
      x.finish(status, 0);
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    CompletingOutputStream counted = new CompletingOutputStream(ex.getResponseBody(),
        bytes -> x.finish(status, bytes));
    try {
      if (body.isPresent()) {
        ex.sendResponseHeaders(status, body.get().length);
        try (OutputStream os = throttle(x, counted)) {
          os.write(body.get());
        }
      } else {
        ex.sendResponseHeaders(status, 0);
        OutputStream os = throttle(x, counted);
        Optional<FaultAwareBodyWriter> own = response.faultAwareWriter();
        if (own.isPresent()) {
          own.get().writeTo(os, x::fault);
        } else {
          if (x.decision != null) {
            os = x.decision.wrapBody(os, response.expectedLength(), ctx.faults().sleeper(),
                x::fault);
          }
          response.writer().orElseThrow().writeTo(os);
        }
        os.close();
      }
    } catch (IOException | RuntimeException e) {
      x.finish(status, counted.written());
      LOG.log(System.Logger.Level.DEBUG, "Body of " + x.rawPath + " not completed: " + e);
      throw e instanceof IOException ? (IOException) e : new IOException(e);
    }
  }

  private OutputStream throttle(Exchange x, OutputStream out) {
    List<TokenBucket> buckets = new ArrayList<>(2);
    FaultRule rule = x.decision == null ? FaultRule.NONE : x.decision.rule();
    if (rule.bytesPerSecond() > 0) {
      buckets.add(new TokenBucket(rule.bytesPerSecond(), ctx.faults().nanoTime(),
          ctx.faults().sleeper()));
    }
    ctx.faults().totalBucket().ifPresent(buckets::add);
    if (buckets.isEmpty()) {
      return out;
    }
    return new ThrottledOutputStream(out, buckets, waited -> {
      ctx.counters().recordThrottle(waited);
      x.fault(FaultKind.THROTTLE);
    });
  }

  private static boolean isForm(Headers headers) {
    String type = headers.getFirst("Content-Type");
    return type == null
        || type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static String readBody(InputStream in) throws IOException {
    byte[] data = in.readNBytes(MAX_BODY + 1);
    if (data.length > MAX_BODY) {
      throw new IllegalArgumentException("Request body larger than " + MAX_BODY + " bytes");
    }
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * The bearer token of a request. The literal {@code Bearer undefined} that the NBIA web UI sends
   * without a login is no token: the request is served as the guest, like one without
   * {@code Authorization} (reference sections 1.2 and 2.4), and v2/advanced answer it 401.
   */
  private static Optional<String> bearer(Headers headers) {
    return bearerText(headers.getFirst("Authorization")).filter(t -> !t.equals(UNDEFINED));
  }

  private static Optional<String> bearerText(String auth) {
    if (auth == null) {
      return Optional.empty();
    }
    String a = auth.trim();
    if (a.length() > 7 && a.substring(0, 7).equalsIgnoreCase("bearer ")) {
      return Optional.of(a.substring(7).trim());
    }
    return Optional.empty();
  }

  private static Map<String, String> lowerCaseHeaders(Headers headers) {
    Map<String, String> m = new HashMap<>();
    headers.forEach((k, v) -> {
      if (k != null && !v.isEmpty()) {
        m.putIfAbsent(k.toLowerCase(Locale.ROOT), v.get(0));
      }
    });
    return m;
  }

  /** The state of one exchange, turned into a {@link RecordedRequest} when it finishes. */
  private final class Exchange {
    final HttpExchange ex;
    final String method;
    final String rawPath;
    final Instant start;
    final long startNanos = System.nanoTime();
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean finished = new AtomicBoolean();
    String family = "";
    String endpoint = "";
    Params query = Params.empty();
    Params form = Params.empty();
    boolean bearer;
    boolean head;
    Optional<String> user = Optional.empty();
    FaultDecision decision;

    Exchange(HttpExchange ex) {
      this.ex = ex;
      this.method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      this.rawPath = ex.getRequestURI().getRawPath();
      this.start = ctx.clock().instant();
    }

    void fault(FaultKind kind) {
      ctx.counters().recordFault(kind);
      if (kind != FaultKind.THROTTLE || !faults.contains(kind.name())) {
        faults.add(kind.name());
      }
    }

    void finish(int status, long bytes) {
      if (!finished.compareAndSet(false, true)) {
        return;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      Headers req = ex.getRequestHeaders();
      for (String name : LOGGED_HEADERS) {
        String v = req.getFirst(name);
        if (v != null) {
          headers.put(name, v);
        }
      }
      String auth = req.getFirst("Authorization");
      if (auth != null) {
        boolean undefined = bearerText(auth).filter(UNDEFINED::equals).isPresent();
        headers.put("Authorization", bearer ? "Bearer <redacted>"
            : undefined ? "Bearer " + UNDEFINED : "<redacted>");
      }
      String rawQuery = ex.getRequestURI().getRawQuery();
      RecordedRequest r = new RecordedRequest(ctx.host(), method, rawPath,
          rawQuery == null ? "" : redactQuery(rawQuery), family, endpoint,
          query.toMap(SECRET_PARAMS), form.toMap(SECRET_PARAMS), headers, bearer, user, status,
          bytes, start, Duration.ofNanos(System.nanoTime() - startNanos), faults);
      ctx.log().add(r);
      ctx.counters().recordRequest(family, endpoint, status, bytes);
    }
  }

  private static String redactQuery(String rawQuery) {
    StringBuilder sb = new StringBuilder();
    for (String piece : rawQuery.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = piece.indexOf('=');
      String name = eq < 0 ? piece : piece.substring(0, eq);
      sb.append(SECRET_PARAMS.contains(name) && eq >= 0 ? name + "=<redacted>" : piece);
    }
    return sb.toString();
  }
}
