package io.github.tcia4j.nbia.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.tcia4j.nbia.download.internal.SeriesCatalog;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server that answers the NBIA download endpoints for series registered by a
 * test, with scripted misbehaviour per series (error statuses, truncated, reset or stalled
 * streams, any zip the test builds), and a {@link SeriesCatalog} over the same series.
 */
public final class FakeNbia implements AutoCloseable {
  /** Writes one answer. */
  @FunctionalInterface
  public interface Responder {
    /**
     * Answers a request.
     *
     * @param exchange the exchange
     * @param zip the series zip this request would get from a healthy server
     * @throws IOException when writing fails
     */
    void respond(HttpExchange exchange, byte[] zip) throws IOException;
  }

  /**
   * One request received.
   *
   * @param endpoint the endpoint name
   * @param query the decoded query
   */
  public record Request(String endpoint, Map<String, String> query) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-nbia");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, ZipFixtures.SeriesData> series = new ConcurrentHashMap<>();
  private final Map<String, SeriesMetadata> metadata = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, List<Responder>> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> zipCalls = new ConcurrentHashMap<>();
  private final Map<String, Responder> singleScripts = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong bytesSent = new AtomicLong();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile boolean includeMd5Known = true;

  /** Starts the server on an ephemeral port. */
  public FakeNbia() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/nbia-api/services/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Returns the server root.
   *
   * @return e.g. {@code http://127.0.0.1:41234}
   */
  public String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Adds a series with its metadata.
   *
   * @param data the series
   * @return the data
   */
  public ZipFixtures.SeriesData add(ZipFixtures.SeriesData data) {
    series.put(data.seriesUid(), data);
    metadata.put(data.seriesUid(), TestMetadata.of(data.seriesUid(), "FAKE-COLL", data.files().size(), data.fileSize()));
    return data;
  }

  /**
   * Adds {@code n} series of {@code images} instances with UIDs {@code <base>.1 ... <base>.n}.
   *
   * @param base the UID prefix
   * @param n the number of series
   * @param images the instances per series
   * @return the UIDs
   */
  public List<String> addSeries(String base, int n, int images) {
    List<String> uids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      uids.add(add(ZipFixtures.series(base + "." + i, images)).seriesUid());
    }
    return uids;
  }

  /**
   * Replaces the metadata of a series.
   *
   * @param row the row
   */
  public void metadata(SeriesMetadata row) {
    metadata.put(row.seriesInstanceUid(), row);
  }

  /**
   * Scripts the answers to the zip requests of a series: the n-th request gets the n-th responder,
   * later ones the last.
   *
   * @param uid the series
   * @param responders the answers
   */
  public void script(String uid, Responder... responders) {
    scripts.put(uid, List.of(responders));
  }

  /**
   * Scripts the answer to every single-image request of a series.
   *
   * @param uid the series
   * @param responder the answer
   */
  public void scriptSingle(String uid, Responder responder) {
    singleScripts.put(uid, responder);
  }

  /** Makes {@code getImage} reject {@code IncludeMD5} as servers before 2025-11-26 did. */
  public void withoutIncludeMd5() {
    includeMd5Known = false;
  }

  /** Ends every stall. */
  public void releaseStalls() {
    released.countDown();
  }

  /**
   * Lists the requests received.
   *
   * @return a copy
   */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /**
   * Counts the requests to an endpoint for a series.
   *
   * @param endpoint the endpoint
   * @param uid the Series Instance UID
   * @return the count
   */
  public long count(String endpoint, String uid) {
    return requests().stream().filter(r -> r.endpoint().equals(endpoint)
        && uid.equals(r.query().get("SeriesInstanceUID"))).count();
  }

  /**
   * Counts the requests to an endpoint.
   *
   * @param endpoint the endpoint
   * @return the count
   */
  public long count(String endpoint) {
    return requests().stream().filter(r -> r.endpoint().equals(endpoint)).count();
  }

  /**
   * Returns the body bytes sent so far.
   *
   * @return bytes
   */
  public long bytesSent() {
    return bytesSent.get();
  }

  /**
   * Returns a catalog answering from the registered metadata and SOP lists.
   *
   * @return the catalog
   */
  public SeriesCatalog catalog() {
    return new SeriesCatalog() {
      @Override
      public List<SeriesMetadata> metadata(List<String> uids) {
        return uids.stream().filter(metadata::containsKey).map(metadata::get).toList();
      }

      @Override
      public List<String> sopInstanceUids(String uid) {
        ZipFixtures.SeriesData s = series.get(uid);
        return s == null ? List.of() : s.sopUids();
      }
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String endpoint = path.substring(path.lastIndexOf('/') + 1);
      Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
      if (exchange.getRequestMethod().equals("POST")) {
        query.putAll(parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      }
      requests.add(new Request(endpoint, query));
      String uid = query.get("SeriesInstanceUID");
      switch (endpoint) {
        case "getImage", "getImageWithMD5Hash" -> zip(exchange, endpoint, uid, query);
        case "getSingleImage" -> single(exchange, uid, query.get("SOPInstanceUID"));
        case "getMD5HashForImage" -> md5(exchange, query.get("SOPInstanceUID"));
        case "getSeriesMetadata" -> metadataCsv(exchange, query.getOrDefault("list", ""));
        case "getSOPInstanceUIDs" -> sopList(exchange, uid);
        default -> send(exchange, 404, "not here");
      }
    }
  }

  private void zip(HttpExchange exchange, String endpoint, String uid, Map<String, String> query) throws IOException {
    ZipFixtures.SeriesData data = series.get(uid);
    if (data == null) {
      send(exchange, 400, "The user has not been granted the access to image with given SeriesInstanceUID," + uid
          + ". Please contact System Admin to resolve this issue.");
      return;
    }
    boolean md5 = endpoint.equals("getImageWithMD5Hash") || "yes".equals(query.get("IncludeMD5"));
    if (!includeMd5Known && query.containsKey("IncludeMD5")) {
      send(exchange, 400, "Invalid query parameter: 'IncludeMD5'. Allowed parameters are: [SeriesInstanceUID,"
          + " NewFileNames]");
      return;
    }
    byte[] zip = data.zip(md5);
    List<Responder> script = scripts.get(uid);
    int call = zipCalls.computeIfAbsent(uid, k -> new AtomicInteger()).getAndIncrement();
    Responder responder = script == null ? ok() : script.get(Math.min(call, script.size() - 1));
    responder.respond(exchange, zip);
  }

  private void single(HttpExchange exchange, String uid, String sop) throws IOException {
    ZipFixtures.SeriesData data = series.get(uid);
    if (data == null || !data.sopUids().contains(sop)) {
      send(exchange, 500, "Server was not able to process your request\nnull");
      return;
    }
    Responder r = singleScripts.getOrDefault(uid, ok());
    r.respond(exchange, data.instance(sop));
  }

  private void md5(HttpExchange exchange, String sop) throws IOException {
    for (ZipFixtures.SeriesData data : series.values()) {
      if (data.sopUids().contains(sop)) {
        send(exchange, 200, ZipFixtures.md5(data.instance(sop)));
        return;
      }
    }
    send(exchange, 500, "Server was not able to process your request\nnull");
  }

  private void metadataCsv(HttpExchange exchange, String list) throws IOException {
    StringBuilder csv = new StringBuilder("\"PatientID\",\"StudyInstanceUID\",\"SeriesInstanceUID\",\"Collection\","
        + "\"Modality\",\"ImageCount\",\"LicenseName\",\"LicenseURI\",\"DataDescriptionURI\",\"FileSize\"\n");
    for (String uid : list.split(",")) {
      SeriesMetadata m = metadata.get(uid);
      if (m != null) {
        csv.append(String.join(",", quote(m.patientId()), quote(m.studyInstanceUid()), quote(uid),
            quote(m.collection()), quote(m.modality()), quote(m.imageCount()), quote(m.licenseName()),
            quote(m.licenseUri()), quote(m.dataDescriptionUri()), quote(m.fileSize()))).append('\n');
      }
    }
    send(exchange, 200, csv.toString());
  }

  private static String quote(Object value) {
    return value == null ? "" : "\"" + value + "\"";
  }

  private void sopList(HttpExchange exchange, String uid) throws IOException {
    ZipFixtures.SeriesData data = series.get(uid);
    if (data == null) {
      send(exchange, 200, "");
      return;
    }
    send(exchange, 200, "[" + String.join(",", data.sopUids().stream()
        .map(s -> "{\"SOPInstanceUID\":\"" + s + "\"}").toList()) + "]");
  }

  // ---- responders ----

  /**
   * Serves the healthy answer, streamed without length.
   *
   * @return the responder
   */
  public Responder ok() {
    return (exchange, body) -> {
      exchange.sendResponseHeaders(200, 0);
      write(exchange, body, body.length);
    };
  }

  /**
   * Serves other bytes instead of the healthy zip.
   *
   * @param bytes the body
   * @return the responder
   */
  public Responder body(byte[] bytes) {
    return (exchange, body) -> ok().respond(exchange, bytes);
  }

  /**
   * Answers an error status.
   *
   * @param status the status
   * @param retryAfter the Retry-After, or null
   * @return the responder
   */
  public Responder status(int status, Duration retryAfter) {
    return (exchange, body) -> {
      if (retryAfter != null) {
        exchange.getResponseHeaders().add("Retry-After", Long.toString(retryAfter.toSeconds()));
      }
      send(exchange, status, "Server was not able to process your request\nnull");
    };
  }

  /**
   * Ends the body cleanly after a share of it.
   *
   * @param share the share sent, 0 to 1
   * @return the responder
   */
  public Responder truncated(double share) {
    return (exchange, body) -> {
      exchange.sendResponseHeaders(200, 0);
      write(exchange, body, (int) (body.length * share));
    };
  }

  /**
   * Ends the body cleanly exactly where the zip's central directory starts (all entries complete).
   *
   * @return the responder
   */
  public Responder cutBeforeDirectory() {
    return (exchange, body) -> {
      exchange.sendResponseHeaders(200, 0);
      write(exchange, body, ZipFixtures.centralDirectoryOffset(body));
    };
  }

  /**
   * Announces the full length, sends a share and drops the connection (the client sees a reset).
   *
   * @param share the share sent
   * @return the responder
   */
  public Responder reset(double share) {
    return (exchange, body) -> {
      exchange.sendResponseHeaders(200, body.length);
      write(exchange, body, (int) (body.length * share));
    };
  }

  /**
   * Sends a share of the body, then waits until {@link #releaseStalls()} (or 60 s).
   *
   * @param share the share sent before the stall
   * @return the responder
   */
  public Responder stall(double share) {
    return (exchange, body) -> {
      exchange.sendResponseHeaders(200, 0);
      write(exchange, body, (int) (body.length * share));
      exchange.getResponseBody().flush();
      try {
        released.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /**
   * Flips one byte of the body at a share of its length.
   *
   * @param share where
   * @return the responder
   */
  public Responder corrupt(double share) {
    return (exchange, body) -> {
      byte[] bad = body.clone();
      bad[(int) (bad.length * share)] ^= (byte) 0xFF;
      ok().respond(exchange, bad);
    };
  }

  private void write(HttpExchange exchange, byte[] body, int length) throws IOException {
    OutputStream out = exchange.getResponseBody();
    for (int offset = 0; offset < length; offset += 8192) {
      int n = Math.min(8192, length - offset);
      out.write(body, offset, n);
      bytesSent.addAndGet(n);
    }
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> parse(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(key, value);
    }
    return out;
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
