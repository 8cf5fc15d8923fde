package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.HtmlText;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.nbia.model.DoiItem;
import java.util.List;
import java.util.Objects;

/**
 * The queries that v4 and the unversioned "advanced" family offer but v1 does not: collection
 * descriptions, DICOM tags (and the referenced-series lookup built on them) and the DOI lookup.
 */
public final class AdvancedQueries {
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
   * {@code getDicomTags?SeriesUID}.
   *
   * @param seriesUid the series
   * @return the tag rows of the series' first image
   */
  public List<DicomTag> dicomTags(String seriesUid) {
    return dicomTags("getDicomTags", seriesUid);
  }

  /**
   * The series referenced by a SEG or RTSTRUCT series, read from its DICOM tags.
   *
   * @param seriesUid the SEG or RTSTRUCT series
   * @return the referenced Series Instance UIDs; empty for other modalities or when the server
   *     returned no tags
   */
  public List<String> segRefSeries(String seriesUid) {
    return SegReferences.referencedSeries(dicomTags("getSegRefSeries", seriesUid));
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
    return http.getRows(generations.advanced(method, endpoint), endpoint, Params.of("SeriesUID", uid), DicomTag.class);
  }
}
