package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the download requests of one API generation ({@code nbia-api.md} section 4.4):
 * <ul>
 *   <li>v4 series zip: {@code getImage?SeriesInstanceUID=..&NewFileNames=Yes}, with
 *       {@code &IncludeMD5=yes} when verifying; a server older than 2025-11-26 rejects
 *       {@code IncludeMD5} with HTTP 400, after which {@link #useMd5Endpoint()} switches the run to
 *       {@code getImageWithMD5Hash};
 *   <li>v1/v2 series zip: {@code getImage?SeriesInstanceUID=..&NewFileNames=Yes}, or
 *       {@code getImageWithMD5Hash?SeriesInstanceUID=..} when verifying;
 *   <li>single image: {@code getSingleImage?SeriesInstanceUID=..&SOPInstanceUID=..};
 *   <li>MD5 of an image: v4 {@code getMD5HashForImage?SOPInstanceUID=..}, v1/v2
 *       {@code getM5HashForImage?SOPInstanceUid=..} (sic).
 * </ul>
 * Thread-safe.
 */
public final class DownloadEndpoints {
  /** The v4 zip endpoint. */
  public static final String GET_IMAGE = "getImage";
  /** The zip endpoint with MD5 list and numbered names. */
  public static final String GET_IMAGE_WITH_MD5 = "getImageWithMD5Hash";
  /** The single-image endpoint. */
  public static final String GET_SINGLE_IMAGE = "getSingleImage";

  private final NbiaHttp http;
  private final ApiFamily family;
  private final AtomicBoolean md5Endpoint = new AtomicBoolean();

  /**
   * Creates the builder.
   *
   * @param http the request helper of the download transport
   * @param family the path family ({@code V4}, {@code V1} or {@code V2})
   */
  public DownloadEndpoints(NbiaHttp http, ApiFamily family) {
    this.http = Objects.requireNonNull(http, "http");
    this.family = Objects.requireNonNull(family, "family");
  }

  /**
   * Returns the request helper.
   *
   * @return the helper
   */
  public NbiaHttp http() {
    return http;
  }

  /**
   * Returns the URL of an endpoint of this generation, without query.
   *
   * @param endpoint the endpoint name
   * @return the URL
   */
  public java.net.URI url(String endpoint) {
    return http.endpoint(family, endpoint);
  }

  /**
   * Switches verified zip downloads to {@code getImageWithMD5Hash} for the rest of the run.
   *
   * @return {@code true} when this call made the switch (it was not made before)
   */
  public boolean useMd5Endpoint() {
    return md5Endpoint.compareAndSet(false, true);
  }

  /**
   * Returns the endpoint name of a series zip request.
   *
   * @param verify whether MD5 hashes are wanted
   * @return {@code getImage} or {@code getImageWithMD5Hash}
   */
  public String zipEndpoint(boolean verify) {
    if (!verify) {
      return GET_IMAGE;
    }
    return family == ApiFamily.V4 && !md5Endpoint.get() ? GET_IMAGE : GET_IMAGE_WITH_MD5;
  }

  /**
   * Builds the request for a series zip.
   *
   * @param seriesUid the Series Instance UID
   * @param verify whether MD5 hashes are wanted
   * @param readTimeout the read timeout, or {@code null} for the client's
   * @return the request
   */
  public HttpCall seriesZip(String seriesUid, boolean verify, Duration readTimeout) {
    String endpoint = zipEndpoint(verify);
    Params query = Params.of("SeriesInstanceUID", seriesUid);
    if (endpoint.equals(GET_IMAGE)) {
      query = query.with("NewFileNames", "Yes");
      if (verify) {
        query = query.with("IncludeMD5", "yes");
      }
    }
    return call(query.appendTo(http.endpoint(family, endpoint)), readTimeout);
  }

  /**
   * Builds the request for one DICOM instance.
   *
   * @param seriesUid the Series Instance UID
   * @param sopUid the SOP Instance UID
   * @param readTimeout the read timeout, or {@code null} for the client's
   * @return the request
   */
  public HttpCall singleImage(String seriesUid, String sopUid, Duration readTimeout) {
    Params query = Params.of("SeriesInstanceUID", seriesUid).with("SOPInstanceUID", sopUid);
    return call(query.appendTo(http.endpoint(family, GET_SINGLE_IMAGE)), readTimeout);
  }

  /**
   * Returns the endpoint name that gives the MD5 of one instance.
   *
   * @return {@code getMD5HashForImage} (v4) or {@code getM5HashForImage} (v1/v2)
   */
  public String md5Endpoint() {
    return family == ApiFamily.V4 ? "getMD5HashForImage" : "getM5HashForImage";
  }

  /**
   * Builds the request for the MD5 of one instance.
   *
   * @param sopUid the SOP Instance UID
   * @return the request
   */
  public HttpCall instanceMd5(String sopUid) {
    String parameter = family == ApiFamily.V4 ? "SOPInstanceUID" : "SOPInstanceUid";
    return HttpCall.get(Params.of(parameter, sopUid).appendTo(http.endpoint(family, md5Endpoint()))).build();
  }

  private static HttpCall call(java.net.URI uri, Duration readTimeout) {
    HttpCall.Builder b = HttpCall.get(uri);
    if (readTimeout != null) {
      b.readTimeout(readTimeout);
    }
    return b.build();
  }
}
