package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesSize;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The series queries: {@code getSeries}, {@code getUpdatedSeries}, {@code getSeriesSize},
 * {@code getSOPInstanceUIDs} and the shared-cart contents {@code getContentsByName}.
 */
public final class SeriesQueries {
  private static final Logger LOG = LoggerFactory.getLogger(SeriesQueries.class);

  private final NbiaHttp http;
  private final Generations generations;

  /**
   * Creates the queries.
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   */
  public SeriesQueries(NbiaHttp http, Generations generations) {
    this.http = Objects.requireNonNull(http, "http");
    this.generations = Objects.requireNonNull(generations, "generations");
  }

  /**
   * {@code getSeries} with the non-empty filters of the query.
   *
   * @param query the filters
   * @return the series
   */
  public List<Series> series(SeriesQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.isEmpty()) {
      LOG.warn("getSeries without any filter asks {} for every series it holds; this can take long", http.root());
    }
    Params params = Params.of()
        .withOptional("Collection", query.collection().orElse(null))
        .withOptional("PatientID", query.patientId().orElse(null))
        .withOptional("StudyInstanceUID", query.studyUid().orElse(null))
        .withOptional("SeriesInstanceUID", query.seriesUid().orElse(null))
        .withOptional("Modality", query.modality().orElse(null))
        .withOptional("BodyPartExamined", query.bodyPart().orElse(null))
        .withOptional("Manufacturer", query.manufacturer().orElse(null))
        .withOptional("ManufacturerModelName", query.manufacturerModel().orElse(null));
    return http.getRows(generations.search(), "getSeries", params, Series.class);
  }

  /**
   * {@code getUpdatedSeries?fromDate}, formatted {@code MM-dd-yyyy} for v4 and
   * {@code dd/MM/yyyy} for v1/v2.
   *
   * @param since the date after which series were released, in the years 1 to 9999
   * @return the series
   * @throws IllegalArgumentException when the date's year is out of range
   */
  public List<Series> updatedSeries(LocalDate since) {
    NbiaDates.requireSendable(since, "since");
    String date = generations.isV4() ? NbiaDates.V4.format(since) : NbiaDates.DAY_FIRST.format(since);
    return http.getRows(generations.search(), "getUpdatedSeries", Params.of("fromDate", date), Series.class);
  }

  /**
   * {@code getSeriesSize?SeriesInstanceUID}.
   *
   * @param seriesUid the series
   * @return the size, or empty when the server knows no such series (no row, or a row without a
   *     total and with no object)
   */
  public Optional<SeriesSize> seriesSize(String seriesUid) {
    String uid = Args.uid(seriesUid, "seriesUid");
    List<SeriesSize> rows = http.getRows(generations.search(), "getSeriesSize",
        Params.of("SeriesInstanceUID", uid), SeriesSize.class);
    return rows.stream()
        .filter(r -> r.totalSizeInBytes() != null || (r.objectCount() != null && r.objectCount() > 0))
        .findFirst();
  }

  /**
   * {@code getSOPInstanceUIDs?SeriesInstanceUID}.
   *
   * @param seriesUid the series
   * @return the SOP Instance UIDs, in the server's order
   */
  public List<SopInstanceValue> sopInstanceUids(String seriesUid) {
    String uid = Args.uid(seriesUid, "seriesUid");
    return http.getRows(generations.search(), "getSOPInstanceUIDs", Params.of("SeriesInstanceUID", uid),
        SopInstanceValue.class);
  }

  /**
   * {@code getContentsByName?name}: v1 for V4 and V1 clients (as {@code tcia_utils} does, v4 has
   * no such endpoint), v2 for V2 clients.
   *
   * @param name the cart name
   * @return the series of the cart
   */
  public List<CartSeries> sharedCart(String name) {
    String cart = Args.required(name, "getSharedCart", "name");
    ApiFamily family = generations.version() == io.github.tcia4j.nbia.ApiVersion.V2 ? ApiFamily.V2 : ApiFamily.V1;
    return http.getRows(family, "getContentsByName", Params.of("name", cart), CartSeries.class);
  }
}
