package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.HtmlText;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.nbia.model.DoiItem;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries that v4 and the unversioned "advanced" family offer but v1 does not: collection
 * descriptions, DICOM tags (and the referenced-series lookup built on them) and the DOI lookup.
 */
public final class AdvancedQueries {
  /** The text of NBIA's HTTP 400 for a series that does not exist or that the caller may not see. */
  private static final String NOT_GRANTED = "not been granted the access";
  private static final Logger LOG = LoggerFactory.getLogger(AdvancedQueries.class);

  private final NbiaHttp http;
  private final Generations generations;

  /**
   * Creates the queries.
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   */
  public AdvancedQueries(NbiaHttp http, Generations generations) {
    this.http = Objects.requireNonNull(http, "http");
    this.generations = Objects.requireNonNull(generations, "generations");
  }

  /**
   * {@code getCollectionDescriptions}, no parameters.
   *
   * @param plainText whether to turn each description into plain ASCII text
   * @return the descriptions
   */
  public List<CollectionDescription> collectionDescriptions(boolean plainText) {
    String endpoint = "getCollectionDescriptions";
    List<CollectionDescription> rows = http.getRows(generations.advanced(
        plainText ? "getCollectionDescriptions(true)" : "getCollectionDescriptions", endpoint), endpoint, Params.of(),
        CollectionDescription.class);
    if (!plainText) {
      return rows;
    }
    return rows.stream()
        .map(d -> new CollectionDescription(d.description() == null ? null : HtmlText.toPlainText(d.description()),
            d.id(), d.collectionName(), d.descriptionUri(), d.extra()))
        .toList();
  }

  /**
   * {@code getDicomTags?SeriesUID}. The server answers HTTP 400 "The user has not been granted the
   * access to image with given SeriesInstanceUID" both for a series it does not know and for one
   * the caller may not see; that answer is read as "no rows", like {@code getSeriesSize} and
   * {@code getSOPInstanceUIDs} answer such a series.
   *
   * @param seriesUid the series
   * @return the tag rows of the series' first image; empty for an unknown series or one the
   *     caller may not see
   */
  public List<DicomTag> dicomTags(String seriesUid) {
    return dicomTags("getDicomTags", seriesUid);
  }

  /**
   * The series referenced by a SEG or RTSTRUCT series, read from its DICOM tags. A failure says
   * it happened in {@code getSegRefSeries} (as context in front of the message of the
   * {@code getDicomTags} request), keeping its type.
   *
   * @param seriesUid the SEG or RTSTRUCT series
   * @return the referenced Series Instance UIDs; empty for other modalities, when the server
   *     returned no tags, or for an unknown series or one the caller may not see
   */
  public List<String> segRefSeries(String seriesUid) {
    List<DicomTag> tags;
    try {
      tags = dicomTags("getSegRefSeries", seriesUid);
    } catch (TciaException e) {
      throw e.addContext("getSegRefSeries(" + seriesUid.strip() + ") failed");
    }
    return SegReferences.referencedSeries(tags);
  }

  /**
   * {@code POST getCollectionOrSeriesForDOI}, form {@code DOI=https://doi.org/<doi>} and
   * {@code CollectionOrSeries}.
   *
   * @param doi the DOI in any accepted form
   * @param output collections or series
   * @return the rows; empty when no series carries the DOI
   */
  public List<DoiItem> doiMetadata(String doi, DoiOutput output) {
    String url = DoiNames.toUrl(doi);
    Objects.requireNonNull(output, "output");
    String endpoint = "getCollectionOrSeriesForDOI";
    ApiFamily family = generations.advanced("getDoiMetadata", endpoint);
    Params form = Params.of("DOI", url)
        .with("CollectionOrSeries", output == DoiOutput.SERIES ? "series" : "collection");
    return http.postRows(family, endpoint, form, DoiItem.class);
  }

  private List<DicomTag> dicomTags(String method, String seriesUid) {
    String uid = Args.uid(seriesUid, "seriesUid");
    String endpoint = "getDicomTags";
    ApiFamily family = generations.advanced(method, endpoint);
    try {
      return http.getRows(family, endpoint, Params.of("SeriesUID", uid), DicomTag.class);
    } catch (TciaBadRequestException e) {
      if (!e.bodySnippet().contains(NOT_GRANTED)) {
        throw e;
      }
      LOG.debug("{}: NBIA shows no series {} (unknown, or not visible to this login); no tags", method, uid);
      return List.of();
    }
  }
}
