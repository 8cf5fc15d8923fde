package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transport;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.common.json.RecordMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends NBIA requests and decodes their answers: builds endpoint URLs per path family, turns
 * error statuses into exceptions that name the endpoint, reads an empty body as "no rows", and
 * maps JSON rows to records by wire name. Thread-safe.
 */
public final class NbiaHttp implements AutoCloseable {
  private static final String API_PREFIX = "/nbia-api/services/";
  /** How many characters of a body or header an error message quotes. */
  private static final int SNIPPET = 160;

  private final URI root;
  private final Transport transport;
  private final JsonCodec json;

  /**
   * Creates the request helper.
   *
   * @param root the server root, e.g. {@code https://nbia.cancerimagingarchive.net}
   * @param transport the transport chain (retries, limits, tokens)
   * @param json the JSON codec
   */
  public NbiaHttp(URI root, Transport transport, JsonCodec json) {
    this.root = Objects.requireNonNull(root, "root");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Returns the server root.
   *
   * @return the root URL
   */
  public URI root() {
    return root;
  }

  /**
   * Returns the URL of an endpoint, without query.
   *
   * @param family the path family
   * @param endpoint the endpoint name, case as the server spells it
   * @return e.g. {@code https://host/nbia-api/services/v4/getSeries}
   */
  public URI endpoint(ApiFamily family, String endpoint) {
    return URI.create(root + API_PREFIX + family.segment() + endpoint);
  }

  /**
   * GETs an endpoint that answers a JSON array and maps the rows to records.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param query the query parameters
   * @param type the record type
   * @param <T> the record type
   * @return the records; empty when the server answered with an empty body
   */
  public <T extends Record> List<T> getRows(ApiFamily family, String endpoint, Params query, Class<T> type) {
    HttpCall call = HttpCall.get(query.appendTo(endpoint(family, endpoint))).build();
    return records(call, endpoint, type);
  }

  /**
   * POSTs a form to an endpoint that answers a JSON array and maps the rows to records. The call
   * is marked idempotent: these POSTs only read.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param form the form fields
   * @param type the record type
   * @param <T> the record type
   * @return the records; empty when the server answered with an empty body or {@code []}
   */
  public <T extends Record> List<T> postRows(ApiFamily family, String endpoint, Params form, Class<T> type) {
    HttpCall call = postCall(family, endpoint, form);
    return records(call, endpoint, type);
  }

  /**
   * POSTs a form to an endpoint that answers CSV with a header line (NBIA
   * {@code getSeriesMetadata}, {@code getSeriesMetadata2}) and maps the rows to records by header
   * name; empty cells read as absent values. The call is marked idempotent: these POSTs only read.
   *
   * <p>The answer must really be that CSV: a body that starts like HTML (a login or error page of
   * a server that is not NBIA) or JSON, a header without the key column, or a data line with an
   * empty key cell is a {@link TciaDecodeException} naming the endpoint and what was found,
   * never a list of empty records.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param form the form fields
   * @param type the record type
   * @param keyColumns the accepted spellings of the column every row must fill, e.g.
   *     {@code SeriesInstanceUID} and {@code Series UID}; at least one
   * @param <T> the record type
   * @return the records; empty when the server answered with an empty body or only a header
   * @throws TciaDecodeException when the body is not the expected CSV
   */
  public <T extends Record> List<T> postCsv(ApiFamily family, String endpoint, Params form, Class<T> type,
      List<String> keyColumns) {
    if (keyColumns.isEmpty()) {
      throw new IllegalArgumentException("keyColumns is empty; name the column every row must fill");
    }
    HttpCall call = postCall(family, endpoint, form);
    List<Map<String, Object>> rows;
    try (HttpResult result = send(call, endpoint)) {
      String body = result.bodyAsString();
      String failure = "NBIA " + endpoint + " answered with a body that is not the expected CSV";
      int first = firstSignificant(body);
      if (first == '<' || first == '{' || first == '[') {
        throw new TciaDecodeException(failure + ": it is " + (first == '<' ? "HTML or XML" : "JSON")
            + " (is the base URL an NBIA server?); the body starts with: \"" + snippet(body) + "\"",
            result.requestInfo(), null);
      }
      CsvRows.Table table;
      try {
        table = CsvRows.readTable(body);
      } catch (TciaDecodeException e) {
        throw new TciaDecodeException(failure + ": " + e.getMessage(), result.requestInfo(), e);
      }
      rows = table.rows();
      if (!table.header().isEmpty()) {
        String key = keyColumns.stream().filter(table.header()::contains).findFirst()
            .orElseThrow(() -> new TciaDecodeException(failure + ": its header has no " + keyColumns.get(0)
                + " column (accepted spellings: " + String.join(", ", keyColumns) + "); header found: "
                + abbreviate(String.join(",", table.header())), result.requestInfo(), null));
        for (int i = 0; i < rows.size(); i++) {
          Object value = rows.get(i).get(key);
          if (value == null || value.toString().isBlank()) {
            throw new TciaDecodeException(failure + ": data line " + (i + 1) + " has no " + key + "; header found: "
                + abbreviate(String.join(",", table.header())), result.requestInfo(), null);
          }
        }
      }
    }
    return toRecords(rows, type, call);
  }

  /**
   * GETs an endpoint and returns its body as text.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param query the query parameters
   * @return the body text, possibly empty
   */
  public String getText(ApiFamily family, String endpoint, Params query) {
    HttpCall call = HttpCall.get(query.appendTo(endpoint(family, endpoint))).build();
    return send(call, endpoint).bodyAsString();
  }

  /**
   * POSTs a form and returns the body as text.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param form the form fields
   * @return the body text, possibly empty
   */
  public String postText(ApiFamily family, String endpoint, Params form) {
    return send(postCall(family, endpoint, form), endpoint).bodyAsString();
  }

  /**
   * Sends a call and returns the open response after checking its status (for streamed bodies:
   * CSV and downloads). The caller closes it.
   *
   * @param call the request
   * @param endpoint the endpoint name, for messages
   * @return the successful response
   */
  public HttpResult send(HttpCall call, String endpoint) {
    return transport.send(call).requireSuccess("NBIA " + endpoint);
  }

  /**
   * Builds an idempotent form POST to an endpoint.
   *
   * @param family the path family
   * @param endpoint the endpoint name
   * @param form the form fields
   * @return the request
   */
  public HttpCall postCall(ApiFamily family, String endpoint, Params form) {
    return HttpCall.post(endpoint(family, endpoint)).form(form).idempotent(true).build();
  }

  /**
   * Reads a JSON answer row by row and maps each row to a record as soon as it is parsed, so a
   * large answer is never held twice (as generic rows and as records).
   */
  private <T extends Record> List<T> records(HttpCall call, String endpoint, Class<T> type) {
    RecordMapper<T> mapper = NbiaConverters.mapper(type);
    List<T> out = new ArrayList<>();
    try (HttpResult result = send(call, endpoint)) {
      if (result.status() == 204) {
        return List.of();
      }
      try {
        json.forEachRow(result.body(), row -> {
          try {
            out.add(mapper.fromRow(row));
          } catch (TciaDecodeException e) {
            throw new MappingFailure(e);
          }
        });
      } catch (MappingFailure e) {
        throw new TciaDecodeException("NBIA answered with a value the client cannot read: " + e.getCause().getMessage(),
            result.requestInfo(), e.getCause());
      } catch (TciaDecodeException e) {
        throw new TciaDecodeException("NBIA " + endpoint + " answered with a body that is not a JSON array of rows: "
            + e.getMessage(), result.requestInfo(), e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The first character of a body that is neither white space nor a byte order mark, or -1. */
  private static int firstSignificant(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return -1;
  }

  private static String snippet(String body) {
    return abbreviate(body.replace("\uFEFF", "").strip().replaceAll("\\s+", " "));
  }

  private static String abbreviate(String text) {
    return text.length() > SNIPPET ? text.substring(0, SNIPPET) + "..." : text;
  }

  /** Carries a mapping error out of the row callback, to tell it apart from a JSON syntax error. */
  private static final class MappingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MappingFailure(TciaDecodeException cause) {
      super(cause);
    }
  }

  private <T extends Record> List<T> toRecords(List<Map<String, Object>> rows, Class<T> type, HttpCall call) {
    try {
      return NbiaConverters.mapper(type).fromRows(rows);
    } catch (TciaDecodeException e) {
      throw new TciaDecodeException("NBIA answered with a value the client cannot read: " + e.getMessage(),
          new io.github.tcia4j.common.error.RequestInfo(call.method(), call.redactedUri(), 200, "", 0), e);
    }
  }

  /** Closes the transport chain. */
  @Override
  public void close() {
    transport.close();
  }
}
