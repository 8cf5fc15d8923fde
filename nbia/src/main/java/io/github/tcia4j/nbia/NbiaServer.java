package io.github.tcia4j.nbia;

import java.net.URI;
import java.util.Locale;

/**
 * The public TCIA NBIA servers. NLST lives on its own host: its series are unknown to the main
 * server and the other way round, so pick the server that holds the data.
 */
public enum NbiaServer {
  /** The main public NBIA server, {@code https://nbia.cancerimagingarchive.net}. */
  NBIA("https://nbia.cancerimagingarchive.net"),
  /** The NLST server, {@code https://nlst.cancerimagingarchive.net}. */
  NLST("https://nlst.cancerimagingarchive.net");

  private final URI root;

  NbiaServer(String root) {
    this.root = URI.create(root);
  }

  /**
   * Returns the server root, to which the client adds {@code /nbia-api/services/...}.
   *
   * @return the root URL
   */
  public URI root() {
    return root;
  }

  /**
   * Reads the {@code api_url} argument of the Python functions: empty or {@code "nbia"} is the
   * main server, {@code "nlst"} the NLST server.
   *
   * @param apiUrl the Python value, any case; {@code null} means the main server
   * @return the server
   * @throws IllegalArgumentException for any other value, listing the valid ones
   */
  public static NbiaServer fromApiUrl(String apiUrl) {
    String v = apiUrl == null ? "" : apiUrl.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "nbia" -> NBIA;
      case "nlst" -> NLST;
      default -> throw new IllegalArgumentException("api_url must be \"\", \"nbia\" or \"nlst\", was \"" + apiUrl
          + "\"; for another server use NbiaClient.connect(\"https://host\")");
    };
  }
}
