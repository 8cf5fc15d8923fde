package io.github.tcia4j.testkit.data;

import java.util.Objects;

/**
 * A data licence as NBIA reports it ({@code LicenseName}, {@code LicenseURI}) plus the short name
 * the download's {@code LICENSE} file uses.
 *
 * @param name the full name, e.g. {@code Creative Commons Attribution 3.0 Unported License}
 * @param shortName the short name, e.g. {@code CC BY 3.0}
 * @param uri the licence URL, e.g. {@code http://creativecommons.org/licenses/by/3.0/}
 * @param id the licence's database id (the old {@code licenseId} field)
 */
public record License(String name, String shortName, String uri, int id) {

  /** Creative Commons Attribution 3.0 (most older TCIA collections). */
  public static final License CC_BY_3_0 = new License(
      "Creative Commons Attribution 3.0 Unported License", "CC BY 3.0",
      "http://creativecommons.org/licenses/by/3.0/", 1);

  /** Creative Commons Attribution 4.0 (newer collections). */
  public static final License CC_BY_4_0 = new License(
      "Creative Commons Attribution 4.0 International License", "CC BY 4.0",
      "https://creativecommons.org/licenses/by/4.0/", 2);

  /** Creative Commons Attribution-NonCommercial 3.0. */
  public static final License CC_BY_NC_3_0 = new License(
      "Creative Commons Attribution-NonCommercial 3.0 Unported License", "CC BY-NC 3.0",
      "https://creativecommons.org/licenses/by-nc/3.0/", 3);

  /** Creative Commons Attribution-NonCommercial 4.0. */
  public static final License CC_BY_NC_4_0 = new License(
      "Creative Commons Attribution-NonCommercial 4.0 International License", "CC BY-NC 4.0",
      "https://creativecommons.org/licenses/by-nc/4.0/", 4);

  /**
   * Checks the components.
   *
   * @param name the full name
   * @param shortName the short name
   * @param uri the URL
   * @param id the id
   */
  public License {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(uri, "uri");
  }
}
