package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.internal.json.JsonWriter;
import java.util.List;

/** The answers the real NBIA stack gives outside the endpoints' own data. */
public final class Responses {
  /** The text of NBIA's uncaught-exception and unsupported-format 500 answers. */
  public static final String PROCESS_FAILED = "Server was not able to process your request";

  private Responses() {}

  /**
   * 500 from NBIA's {@code UncaughtException} mapper: {@code text/plain}, the fixed text, a
   * newline and the exception message ({@code null} for a NullPointerException, giving the
   * 48-byte body users see).
   *
   * @param message the exception message, or {@code null}
   * @return the response
   */
  public static SandboxResponse uncaught(String message) {
    return SandboxResponse.text(500, "text/plain", PROCESS_FAILED + "\n"
        + (message == null ? "null" : message));
  }

  /**
   * 500 for an unsupported {@code format} value.
   *
   * @return the response
   */
  public static SandboxResponse unsupportedFormat() {
    return SandboxResponse.text(500, "text/plain", PROCESS_FAILED);
  }

  /**
   * 400 with a plain-text body.
   *
   * @param text the body
   * @return the response
   */
  public static SandboxResponse badRequest(String text) {
    return SandboxResponse.text(400, "text/plain", text);
  }

  /**
   * 400 with a plain-text body sent as {@code application/json} (what several v4 endpoints do).
   *
   * @param text the body
   * @return the response
   */
  public static SandboxResponse badRequestAsJson(String text) {
    return SandboxResponse.text(400, "application/json", text);
  }

  /**
   * 200 with an empty body: NBIA's "no rows".
   *
   * @return the response
   */
  public static SandboxResponse noRows() {
    return SandboxResponse.empty(200);
  }

  /**
   * 401 with an empty body (v2/advanced without a valid token).
   *
   * @return the response
   */
  public static SandboxResponse unauthorized() {
    return SandboxResponse.empty(401);
  }

  /**
   * A compact JSON answer.
   *
   * @param status the status
   * @param value the value (maps keep key order)
   * @param keepNulls whether null map values are written ({@code true}) or left out
   * @return the response
   */
  public static SandboxResponse json(int status, Object value, boolean keepNulls) {
    JsonWriter w = keepNulls ? JsonWriter.keepingNulls() : JsonWriter.omittingNulls();
    return SandboxResponse.text(status, "application/json", w.write(value));
  }

  /**
   * 400 for a parameter outside the endpoint's whitelist.
   *
   * @param name the offending name
   * @param allowed the allowed names
   * @param form whether the endpoint reads form parameters (POST)
   * @return the response
   */
  public static SandboxResponse notWhitelisted(String name, List<String> allowed, boolean form) {
    return badRequest("Invalid " + (form ? "form" : "query") + " parameter: '" + name
        + "'. Allowed parameters are: " + allowed);
  }

  /**
   * A Tomcat-style HTML error page (unknown path: 404; malformed request: 400).
   *
   * @param status 400 or 404
   * @return the response
   */
  public static SandboxResponse tomcatError(int status) {
    String title = status == 404 ? "Not Found" : "Bad Request";
    String description = status == 404
        ? "The origin server did not find a current representation for the target resource or "
            + "is not willing to disclose that one exists."
        : "The server cannot or will not process the request due to something that is perceived "
            + "to be a client error (e.g., malformed request syntax, invalid request message "
            + "framing, or deceptive request routing).";
    String html = "<!doctype html><html lang=\"en\"><head><title>HTTP Status " + status + " – "
        + title + "</title><style type=\"text/css\">body {font-family:Tahoma,Arial,sans-serif;}"
        + " h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;}"
        + " p {font-size:12px;} .line {height:1px;background-color:#525D76;border:none;}"
        + "</style></head><body><h1>HTTP Status " + status + " – " + title + "</h1>"
        + "<hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Description</b> "
        + description + "</p><hr class=\"line\" /><h3>Apache Tomcat</h3></body></html>";
    return SandboxResponse.text(status, "text/html;charset=utf-8", html);
  }

  /**
   * An nginx error page (429, 502, 503, 504).
   *
   * @param status the status
   * @return the response
   */
  public static SandboxResponse nginxError(int status) {
    String reason;
    switch (status) {
      case 429:
        reason = "Too Many Requests";
        break;
      case 502:
        reason = "Bad Gateway";
        break;
      case 503:
        reason = "Service Temporarily Unavailable";
        break;
      case 504:
        reason = "Gateway Time-out";
        break;
      default:
        reason = "Error";
    }
    String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n"
        + "<body>\r\n<center><h1>" + status + " " + reason + "</h1></center>\r\n"
        + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return SandboxResponse.text(status, "text/html", html);
  }

  /**
   * 405 for a known endpoint called with the wrong method (Jersey's answer).
   *
   * @param allowed the allowed methods
   * @return the response
   */
  public static SandboxResponse methodNotAllowed(List<String> allowed) {
    return SandboxResponse.empty(405).header("Allow", String.join(",", allowed));
  }
}
