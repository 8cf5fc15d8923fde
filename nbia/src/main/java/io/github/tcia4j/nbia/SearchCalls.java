package io.github.tcia4j.nbia;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.common.error.TciaUnauthorizedException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.paging.OffsetBatch;
import io.github.tcia4j.common.paging.Paged;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import io.github.tcia4j.nbia.internal.SimpleSearchResults;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.QcSearchRow;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simple search, manifest, shared-cart and QC-search calls behind {@link NbiaClient} (issue #4
 * part 2). Stateless apart from the client's request helper; created per call.
 */
final class SearchCalls {
  private static final Logger LOG = LoggerFactory.getLogger(SearchCalls.class);
  private static final String SEARCH_V4 = "getSimpleSearch";
  private static final String SEARCH_ADVANCED = "getSimpleSearchWithModalityAndBodyPartPaged";
  private static final String MANIFEST = "getManifestForSimpleSearch";
  private static final String CREATE_CART = "createSharedList";
  private static final String QC_SEARCH = "getAdvancedQCSearch";
  private static final String INSUFFICIENT = "Insufficiant Privileges";
  /** NBIA's 500 text for a page start past the last patient (from {@code List.subList}). */
  private static final Pattern BEYOND_TOTAL = Pattern.compile("fromIndex\\((\\d+)\\) > toIndex\\((\\d+)\\)");

  private final NbiaHttp http;
  private final ApiVersion version;
  private final ClientConfig config;

  SearchCalls(NbiaHttp http, ApiVersion version, ClientConfig config) {
    this.http = http;
    this.version = version;
    this.config = config;
  }

  SimpleSearchResult simpleSearch(SimpleSearch search) {
    Objects.requireNonNull(search, "search");
    requireSearch("getSimpleSearch");
    try {
      return searchPage(search);
    } catch (TciaServerException e) {
      if (!isStartBeyondTotal(e, search.start())) {
        throw e;
      }
      SimpleSearchResult first = searchPage(search.withStart(0).withSize(1));
      if (first.totalPatients() >= search.start()) {
        throw e;
      }
      LOG.debug("Simple search start {} lies beyond the {} matching patients: an empty page", search.start(),
          first.totalPatients());
      return new SimpleSearchResult(List.of(), first.totalPatients(), first.bodyParts(), first.modalities(),
          first.collections(), first.species(), first.maxTimepoints(), first.minTimepoints(), first.sort(),
          first.extra());
    }
  }

  private SimpleSearchResult searchPage(SimpleSearch search) {
    boolean v4 = version == ApiVersion.V4;
    String endpoint = v4 ? SEARCH_V4 : SEARCH_ADVANCED;
    String body = http.postText(searchFamily(), endpoint, SimpleSearchForm.encode(search, v4, search.size()));
    return SimpleSearchResults.parse(body, endpoint);
  }

  /**
   * Tells whether a server failure is NBIA's answer to a {@code start} past the last matching
   * patient: HTTP 500 whose text is the {@code List.subList} message
   * {@code fromIndex(<start>) > toIndex(<total>)}.
   */
  static boolean isStartBeyondTotal(TciaServerException e, int start) {
    if (start <= 0 || e.statusCode() != 500) {
      return false;
    }
    Matcher m = BEYOND_TOTAL.matcher(e.bodySnippet());
    return m.find() && m.group(1).equals(Integer.toString(start));
  }

  Paged<PatientHit> patients(SimpleSearch search) {
    Objects.requireNonNull(search, "search");
    requireSearch("simpleSearchPatients");
    return Paged.byOffset(search.start(), search.size(), (offset, limit) -> {
      if (offset > Integer.MAX_VALUE) {
        throw new TciaException("Simple search paging passed the largest possible start (" + Integer.MAX_VALUE + ")");
      }
      SimpleSearchResult page = simpleSearch(search.withStart((int) offset).withSize(limit));
      return OffsetBatch.of(page.resultSet(), page.totalPatients());
    });
  }

  String manifestText(SimpleSearch search) {
    Objects.requireNonNull(search, "search");
    requireSearch("simpleSearchManifest");
    boolean v4 = version == ApiVersion.V4;
    try {
      return http.postText(searchFamily(), MANIFEST, SimpleSearchForm.encode(search, v4, SimpleSearchForm.MANIFEST_SIZE));
    } catch (TciaServerException e) {
      if (!isStartBeyondTotal(e, search.start())) {
        throw e;
      }
      LOG.debug("Simple search manifest: start {} lies beyond the matching patients, no series", search.start());
      return "";
    }
  }

  Manifest manifest(SimpleSearch search) {
    String text = manifestText(search);
    try {
      return Manifest.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TciaDecodeException("NBIA " + MANIFEST + " answered with text that is not a manifest: "
          + e.getMessage(), e);
    }
  }

  Path writeManifest(SimpleSearch search, Path target) {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(target, "target");
    String text = manifestText(search);
    Manifest parsed;
    try {
      parsed = Manifest.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TciaDecodeException("NBIA " + MANIFEST + " answered with text that is not a manifest, so nothing"
          + " was written to " + target + ": " + e.getMessage(), e);
    }
    String content = text.isBlank() ? Manifest.of(http.root() + "/nbia-download/servlet/DownloadServlet", false,
        List.of()).toText() : text;
    LOG.debug("Writing a manifest of {} series to {}", parsed.size(), target);
    return AtomicFiles.writeString(target, content, "manifest");
  }

  List<String> makeSharedCart(SharedCartRequest request) {
    Objects.requireNonNull(request, "request");
    if (version != ApiVersion.V2) {
      throw new UnsupportedOperationException("makeSharedCart needs a login on API v2: the createSharedList endpoint"
          + " is token-protected and this client uses API " + version + ". Build the client with"
          + " NbiaClient.builder().apiVersion(ApiVersion.V2).login(credentials)");
    }
    String base = request.name().orElseGet(SearchCalls::randomCartName);
    List<String> uids = request.seriesUids();
    int size = request.chunkSize();
    int chunks = (uids.size() + size - 1) / size;
    List<String> created = new ArrayList<>();
    for (int k = 0; k < chunks; k++) {
      List<String> chunk = uids.subList(k * size, Math.min(uids.size(), (k + 1) * size));
      String name = chunks > 1 ? base + "-part" + (k + 1) : base;
      Params form = Params.of().withEach("list", chunk).with("name", name)
          .with("description", request.description()).with("url", request.descriptionUrl());
      HttpCall call = HttpCall.post(http.endpoint(ApiFamily.ADVANCED, CREATE_CART)).form(form).idempotent(false).build();
      try (HttpResult ignored = http.send(call, CREATE_CART)) {
        created.add(cartUrl(name));
        LOG.info("Created shared cart {} with {} series", name, chunk.size());
      } catch (TciaException e) {
        throw new SharedCartException(cartFailure(name, k, chunks, chunk.size(), e, created), name, created, e);
      }
    }
    return List.copyOf(created);
  }

  List<QcSearchRow> qcSearch(List<QcCriterion> criteria) {
    Objects.requireNonNull(criteria, "criteria");
    if (version != ApiVersion.V2) {
      throw new UnsupportedOperationException("getAdvancedQCSearch needs a curator login on API v2: the endpoint is"
          + " token-protected and this client uses API " + version + ". Build the client with"
          + " NbiaClient.builder().apiVersion(ApiVersion.V2).login(curatorCredentials)");
    }
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("criteria is empty; give at least one QcCriterion, e.g."
          + " QcCriterion.of(\"collection\", \"TCGA-LUAD\")");
    }
    Params form = Params.of();
    for (int i = 0; i < criteria.size(); i++) {
      QcCriterion c = Objects.requireNonNull(criteria.get(i), () -> "criteria has a null element");
      form = form.with("criteriaType" + i, c.criteria()).with("inputType" + i, c.inputType())
          .with("value" + i, c.value()).with("boolean" + i, "AND");
    }
    try {
      return http.postRows(ApiFamily.ADVANCED, QC_SEARCH, form, QcSearchRow.class);
    } catch (TciaUnauthorizedException e) {
      if (!e.bodySnippet().contains(INSUFFICIENT)) {
        throw e;
      }
      RequestInfo request = e.request().orElseThrow();
      throw new TciaUnauthorizedException("getAdvancedQCSearch needs curator rights, and user '" + user()
          + "' has none (the server said '" + INSUFFICIENT + "'). Log in as a curator:"
          + " NbiaClient.builder().apiVersion(ApiVersion.V2).login(curatorCredentials).", request);
    }
  }

  private String cartUrl(String name) {
    return http.root() + "/nbia-search/?saved-cart=" + Params.encodeComponent(name);
  }

  private static String cartFailure(String name, int k, int chunks, int count, TciaException e, List<String> created) {
    String reason = e instanceof TciaHttpException h
        ? "the server answered HTTP " + h.statusCode() + (h.bodySnippet().isBlank() ? "" : " '" + h.bodySnippet() + "'")
        : "the request failed (" + e.getMessage() + "); the cart may or may not exist";
    return "makeSharedCart: creating cart '" + name + "' (chunk " + (k + 1) + " of " + chunks + ", " + count
        + " series) failed: " + reason + ". "
        + (created.isEmpty() ? "No cart was created." : "Carts already created: " + created + ".");
  }

  private String user() {
    return config.oauth().map(o -> o.credentials().username()).orElse("(no login)");
  }

  private static String randomCartName() {
    return "nbia-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 100_000_000_000_000_000L);
  }

  private void requireSearch(String method) {
    if (version == ApiVersion.V1) {
      throw new UnsupportedOperationException(method + " is not available on API v1, which has no simple search;"
          + " use API v4 (the default) or v2 with a login");
    }
  }

  private ApiFamily searchFamily() {
    return version == ApiVersion.V4 ? ApiFamily.V4 : ApiFamily.ADVANCED;
  }
}
