package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code getSeriesList}: bulk series metadata for a list of Series Instance UIDs.
 *
 * <ul>
 *   <li>V4: {@code POST v4/getSeriesMetadata}, form {@code list=<comma-joined UIDs>} and
 *       {@code format=csv}, in chunks of {@value #DEFAULT_CHUNK_SIZE} UIDs;
 *   <li>V2: {@code POST getSeriesMetadata2} (advanced family), form {@code list}, same chunks;
 *   <li>V1: one {@code GET v1/getSeriesMetaData?SeriesInstanceUID=} per UID (HTTP 204 means the
 *       series is not accessible: no row).
 * </ul>
 * UIDs are trimmed, checked and sent once each. The rows come back in the order of the UIDs
 * asked for (the server's own order inside a chunk is not defined). Any failed request fails the
 * whole call: there is never a silently partial result. The failure keeps its type (a
 * {@code TciaServerException} stays one), with the chunk or series it happened on added as
 * {@link TciaException#addContext(String) context}.
 */
public final class SeriesLists {
  /** The chunk size {@code tcia_utils} uses. */
  public static final int DEFAULT_CHUNK_SIZE = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(SeriesLists.class);
  /**
   * The spellings of the Series Instance UID column across server releases: v4 today, v4 in
   * 2025 before 2025-10-05, v1/v2 {@code getSeriesMetaData}, advanced {@code getSeriesMetadata2}.
   */
  static final List<String> UID_COLUMNS = List.of("SeriesInstanceUID", "Series Instance UID", "Series UID",
      "Series ID");

  private final NbiaHttp http;
  private final Generations generations;
  private final int chunkSize;

  /**
   * Creates the query with the default chunk size.
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   */
  public SeriesLists(NbiaHttp http, Generations generations) {
    this(http, generations, DEFAULT_CHUNK_SIZE);
  }

  /**
   * Creates the query with another chunk size (tests).
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   * @param chunkSize how many UIDs one request carries, at least 1
   */
  public SeriesLists(NbiaHttp http, Generations generations, int chunkSize) {
    this.http = Objects.requireNonNull(http, "http");
    this.generations = Objects.requireNonNull(generations, "generations");
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
    }
    this.chunkSize = chunkSize;
  }

  /**
   * Fetches the metadata of the series.
   *
   * @param seriesUids the Series Instance UIDs; duplicates are sent once
   * @return one row per series the server knows and shows, in the order of {@code seriesUids}
   * @throws IllegalArgumentException when the collection is empty or holds a malformed UID
   * @throws TciaException of the failed request's own type when a request fails, saying how many
   *     requests had succeeded
   */
  public List<SeriesMetadata> fetch(Collection<String> seriesUids) {
    List<String> uids = distinctUids(seriesUids);
    List<SeriesMetadata> rows = switch (generations.version()) {
      case V4 -> chunked(uids, "getSeriesMetadata", ApiFamily.V4, true);
      case V2 -> chunked(uids, "getSeriesMetadata2", ApiFamily.ADVANCED, false);
      case V1 -> oneByOne(uids);
    };
    return inRequestOrder(rows, uids);
  }

  /**
   * Checks and de-duplicates the UIDs, keeping the first occurrence of each.
   *
   * @param seriesUids the caller's UIDs
   * @return the distinct trimmed UIDs, in order
   * @throws IllegalArgumentException when the collection is empty or holds a malformed UID
   */
  static List<String> distinctUids(Collection<String> seriesUids) {
    Objects.requireNonNull(seriesUids, "seriesUids");
    if (seriesUids.isEmpty()) {
      throw new IllegalArgumentException("getSeriesList needs at least one Series Instance UID, but seriesUids is"
          + " empty; pass the UIDs to look up (e.g. from getSeries or a manifest)");
    }
    Set<String> distinct = new LinkedHashSet<>();
    int index = 0;
    for (String uid : seriesUids) {
      distinct.add(Args.uid(uid, "seriesUids[" + index + "]"));
      index++;
    }
    return List.copyOf(distinct);
  }

  private List<SeriesMetadata> chunked(List<String> uids, String endpoint, ApiFamily family, boolean csvFormat) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < uids.size(); from += chunkSize) {
      chunks.add(uids.subList(from, Math.min(uids.size(), from + chunkSize)));
    }
    if (chunks.size() > 1) {
      LOG.info("getSeriesList: {} series UIDs split into {} chunks of at most {}", uids.size(), chunks.size(),
          chunkSize);
    }
    List<SeriesMetadata> rows = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      Params form = Params.of("list", String.join(",", chunks.get(i)));
      if (csvFormat) {
        form = form.with("format", "csv");
      }
      try {
        rows.addAll(http.postCsv(family, endpoint, form, SeriesMetadata.class, UID_COLUMNS));
      } catch (TciaException e) {
        if (chunks.size() == 1) {
          throw e;
        }
        throw e.addContext("getSeriesList failed on chunk " + (i + 1) + " of " + chunks.size() + " (" + i
            + " chunk" + (i == 1 ? "" : "s") + " succeeded before it; no partial result is returned)");
      }
    }
    return rows;
  }

  private List<SeriesMetadata> oneByOne(List<String> uids) {
    List<SeriesMetadata> rows = new ArrayList<>();
    for (int i = 0; i < uids.size(); i++) {
      try {
        rows.addAll(http.getRows(ApiFamily.V1, "getSeriesMetaData", Params.of("SeriesInstanceUID", uids.get(i)),
            SeriesMetadata.class));
      } catch (TciaException e) {
        if (uids.size() == 1) {
          throw e;
        }
        throw e.addContext("getSeriesList failed on series " + (i + 1) + " of " + uids.size() + " (" + i
            + " request" + (i == 1 ? "" : "s") + " succeeded before it; no partial result is returned)");
      }
    }
    return rows;
  }

  private static List<SeriesMetadata> inRequestOrder(List<SeriesMetadata> rows, List<String> uids) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < uids.size(); i++) {
      position.put(uids.get(i), i);
    }
    List<SeriesMetadata> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(r -> r.seriesInstanceUid() == null ? Integer.MAX_VALUE
        : position.getOrDefault(r.seriesInstanceUid(), Integer.MAX_VALUE)));
    return Collections.unmodifiableList(sorted);
  }
}
