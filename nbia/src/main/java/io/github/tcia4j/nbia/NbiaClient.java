package io.github.tcia4j.nbia;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.common.auth.OAuthSettings;
import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.http.Transports;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.common.paging.Paged;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.internal.DownloadEndpoints;
import io.github.tcia4j.nbia.download.internal.DownloadEngine;
import io.github.tcia4j.nbia.download.internal.ImageDownload;
import io.github.tcia4j.nbia.download.internal.NonClosingTransport;
import io.github.tcia4j.nbia.download.internal.SeriesCatalog;
import io.github.tcia4j.nbia.internal.AdvancedQueries;
import io.github.tcia4j.nbia.internal.ApiFamily;
import io.github.tcia4j.nbia.internal.Args;
import io.github.tcia4j.nbia.internal.Generations;
import io.github.tcia4j.nbia.internal.NbiaDates;
import io.github.tcia4j.nbia.internal.NbiaHttp;
import io.github.tcia4j.nbia.internal.PatientQueries;
import io.github.tcia4j.nbia.internal.SeriesLists;
import io.github.tcia4j.nbia.internal.SeriesQueries;
import io.github.tcia4j.nbia.internal.ValueLists;
import io.github.tcia4j.nbia.model.BodyPartCount;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.CollectionCount;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.nbia.model.DoiItem;
import io.github.tcia4j.nbia.model.ManufacturerCount;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityCount;
import io.github.tcia4j.nbia.model.ModalityValue;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.PatientRef;
import io.github.tcia4j.nbia.model.QcSearchRow;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.nbia.model.SeriesSize;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import io.github.tcia4j.nbia.model.Study;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Client for the NBIA REST API of The Cancer Imaging Archive: the Java counterpart of
 * {@code tcia_utils.nbia}. Method names follow the Python functions so that a notebook reader
 * finds them; results are records whose column names match the {@code tcia_utils} DataFrames; "no
 * results" is an empty list, never {@code null}.
 *
 * <pre>{@code
 * try (NbiaClient nbia = NbiaClient.create()) {          // public NBIA, API v4, no login
 *   nbia.getCollections().forEach(c -> System.out.println(c.name()));
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe: build it once and share it. It owns a connection pool;
 * {@link #close()} releases it. Failures throw unchecked exceptions rooted in
 * {@link io.github.tcia4j.common.error.TciaException} whose message names the endpoint, the URL,
 * the status and the server's explanation.
 *
 * <p>Servers: {@link #create()} talks to the public NBIA ({@code https://nbia.cancerimagingarchive.net}),
 * {@link #nlst()} to the NLST server (the Python {@code api_url="nlst"}), {@link #connect(String)}
 * to any NBIA deployment, for example the embedded sandbox of {@code tcia4j-testkit}. A base URL
 * is always the server root as a browser shows it; the client adds {@code /nbia-api/services/...}.
 */
public final class NbiaClient implements AutoCloseable {
  private final URI root;
  private final ApiVersion apiVersion;
  private final ClientConfig config;
  private final NbiaHttp http;
  private final Queries queries;

  private NbiaClient(Builder b) {
    this.root = b.root;
    this.apiVersion = b.apiVersion;
    ClientConfig base = b.config.toBuilder().baseUrl(b.root).build();
    this.config = withLogin(base, b);
    this.http = new NbiaHttp(root, Transports.create(config), JsonCodec.standard());
    this.queries = new Queries(http, new Generations(apiVersion));
  }

  private static ClientConfig withLogin(ClientConfig base, Builder b) {
    Credentials login = b.credentials;
    if (login == null && b.apiVersion == ApiVersion.V2 && base.oauth().isEmpty()) {
      login = Credentials.guest();
    }
    if (login == null) {
      return base;
    }
    Credentials user = login;
    OAuthSettings settings = base.oauth()
        .map(o -> o.withCredentials(user))
        .orElseGet(() -> OAuthSettings.nbiaProxy(b.root, user));
    if (b.tokenUrl != null) {
      settings = new OAuthSettings(b.tokenUrl, settings.clientId(), settings.clientSecret(), settings.scope(),
          settings.credentials(), settings.refreshMargin());
    }
    return base.toBuilder().oauth(settings).build();
  }

  /**
   * Connects to the public NBIA server with API v4 and the default settings (no login needed).
   *
   * @return a new client
   */
  public static NbiaClient create() {
    return builder().build();
  }

  /**
   * Connects to the NLST server, which holds only the NLST collection (Python {@code api_url="nlst"}).
   *
   * @return a new client
   */
  public static NbiaClient nlst() {
    return builder().server(NbiaServer.NLST).build();
  }

  /**
   * Connects to any NBIA server with API v4, for example the sandbox.
   *
   * @param baseUrl the server root, e.g. {@code http://127.0.0.1:8080}
   * @return a new client
   * @throws IllegalArgumentException when the URL is malformed or is not a server root
   */
  public static NbiaClient connect(String baseUrl) {
    return builder().baseUrl(baseUrl).build();
  }

  /**
   * Connects to any NBIA server with API v4, for example the sandbox.
   *
   * @param baseUrl the server root
   * @return a new client
   * @throws IllegalArgumentException when the URL is malformed or is not a server root
   */
  public static NbiaClient connect(URI baseUrl) {
    return connect(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /**
   * Starts a builder for the public NBIA server, API v4, default settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the server root this client talks to.
   *
   * @return the root URL, without trailing slash
   */
  public URI baseUrl() {
    return root;
  }

  /**
   * Returns the API generation this client uses.
   *
   * @return the API version
   */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  /**
   * Returns the effective configuration (base URL and login included).
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * Lists the collections the server holds ({@code tcia_utils.nbia.getCollections}, NBIA
   * {@code getCollectionValues}).
   *
   * @return the collection names, in the server's order
   */
  public List<CollectionValue> getCollections() {
    return http.getRows(family(), "getCollectionValues", Params.of(), CollectionValue.class);
  }

  // ---- Queries: values, patients, studies, series, metadata, counts, tags, DOIs ----------------
  //
  // Every plain query of tcia_utils.nbia, on every API generation. Differences from Python that
  // hold for all of them: results are records, never None; "no rows" is an empty list; a failed
  // request throws a TciaException subtype instead of being logged; bad arguments throw
  // IllegalArgumentException before anything is sent; a method whose endpoint the client's
  // generation lacks throws UnsupportedOperationException.

  /**
   * Lists the body parts of the series matching the filters ({@code tcia_utils.nbia.getBodyPart},
   * NBIA {@code getBodyPartValues?Collection&Modality}; v4, v1 or v2). v4 upper-cases the values
   * and sorts them; series without a body part give one row whose name is {@code null} (the
   * server's {@code {}}).
   *
   * @param query collection and modality filters ({@link ValueQuery#all()} for none)
   * @return the body parts
   * @throws IllegalArgumentException when the query sets the body part or manufacturer filter
   */
  public List<BodyPartValue> getBodyPart(ValueQuery query) {
    return queries.values.bodyParts(query);
  }

  /**
   * Lists every body part on the server ({@code getBodyPart()} without arguments).
   *
   * @return the body parts
   */
  public List<BodyPartValue> getBodyPart() {
    return getBodyPart(ValueQuery.all());
  }

  /**
   * Lists the modalities of the series matching the filters ({@code tcia_utils.nbia.getModality},
   * NBIA {@code getModalityValues?Collection&BodyPartExamined}; v4, v1 or v2).
   *
   * @param query collection and body part filters ({@link ValueQuery#all()} for none)
   * @return the modalities, e.g. {@code CT}, {@code MR}
   * @throws IllegalArgumentException when the query sets the modality or manufacturer filter
   */
  public List<ModalityValue> getModality(ValueQuery query) {
    return queries.values.modalities(query);
  }

  /**
   * Lists every modality on the server ({@code getModality()} without arguments).
   *
   * @return the modalities
   */
  public List<ModalityValue> getModality() {
    return getModality(ValueQuery.all());
  }

  /**
   * Lists the equipment manufacturers of the series matching the filters
   * ({@code tcia_utils.nbia.getManufacturer}, NBIA
   * {@code getManufacturerValues?Collection&Modality&BodyPartExamined}; v4, v1 or v2).
   *
   * @param query collection, modality and body part filters ({@link ValueQuery#all()} for none)
   * @return the manufacturers
   * @throws IllegalArgumentException when the query sets the manufacturer filter
   */
  public List<ManufacturerValue> getManufacturer(ValueQuery query) {
    return queries.values.manufacturers(query);
  }

  /**
   * Lists every manufacturer on the server ({@code getManufacturer()} without arguments).
   *
   * @return the manufacturers
   */
  public List<ManufacturerValue> getManufacturer() {
    return getManufacturer(ValueQuery.all());
  }

  /**
   * Lists the patients of a collection ({@code tcia_utils.nbia.getPatient(collection)}, NBIA
   * {@code getPatient?Collection}; v4, v1 or v2). Note the server's column name {@code PatientId}
   * (lower-case d). v1/v2 rows also carry {@code PatientBirthDate} (kept in
   * {@link Patient#extra()}, read with {@link Patient#patientBirthDate()}); v4 rows carry
   * {@code Authorized}.
   *
   * @param collection the collection; {@code null} or blank asks for every patient on the server
   * @return the patients; empty for an unknown collection
   */
  public List<Patient> getPatient(String collection) {
    return queries.patients.patients(Args.optional(collection));
  }

  /**
   * Lists every patient on the server ({@code getPatient()} without arguments).
   *
   * @return the patients
   */
  public List<Patient> getPatient() {
    return getPatient(null);
  }

  /**
   * Lists the patients of a collection that have series of a modality
   * ({@code tcia_utils.nbia.getPatientByCollectionAndModality}, NBIA
   * {@code getPatientByCollectionAndModality?Collection&Modality}; v4, v1 or v2).
   *
   * @param collection the collection, required
   * @param modality the modality, e.g. {@code CT}, required
   * @return the patient ids
   * @throws IllegalArgumentException when an argument is {@code null} or blank (the server would
   *     answer HTTP 400)
   */
  public List<PatientRef> getPatientByCollectionAndModality(String collection, String modality) {
    return queries.patients.patientsByCollectionAndModality(collection, modality);
  }

  /**
   * Lists the patients of a collection with series released since a date
   * ({@code tcia_utils.nbia.getNewPatientsInCollection}, NBIA {@code NewPatientsInCollection}).
   * v4 sends {@code fromDate=MM-dd-yyyy} and includes series released on that day; v1/v2 send
   * {@code Date=yyyy/MM/dd} and include series released strictly after its midnight (so a release
   * stamped exactly {@code 00:00:00} on that day is left out).
   *
   * @param collection the collection, required
   * @param since the first release day of interest, in the years 1 to 9999
   * @return the patients
   * @throws IllegalArgumentException when the collection is {@code null} or blank, or the year of
   *     {@code since} is outside 1 to 9999 (checked before anything is sent)
   */
  public List<Patient> getNewPatientsInCollection(String collection, LocalDate since) {
    return queries.patients.newPatients(collection, since);
  }

  /**
   * As {@link #getNewPatientsInCollection(String, LocalDate)}, with the date written as in
   * Python ({@code 2024/01/31}) or as ISO ({@code 2024-01-31}).
   *
   * @param collection the collection, required
   * @param since the date, {@code YYYY/MM/DD} or {@code YYYY-MM-DD}
   * @return the patients
   * @throws IllegalArgumentException when the date is malformed or the collection is blank
   */
  public List<Patient> getNewPatientsInCollection(String collection, String since) {
    return getNewPatientsInCollection(collection, NbiaDates.parseUserDate(since, "since"));
  }

  /**
   * Lists the studies matching the filters ({@code tcia_utils.nbia.getStudy}, NBIA
   * {@code getPatientStudy?Collection&PatientID&StudyInstanceUID}; v4, v1 or v2). Unlike Python,
   * the collection is optional (v4 does not need it). Note the server's column name
   * {@code AdmittingDiagnosesDescription}.
   *
   * @param query the filters
   * @return the studies
   */
  public List<Study> getStudy(StudyQuery query) {
    return queries.patients.studies(query);
  }

  /**
   * Lists the studies of a collection ({@code getStudy(collection)}; the collection is required,
   * as in Python; use {@link #getStudy(StudyQuery)} with {@link StudyQuery#all()} for every study).
   *
   * @param collection the collection, required
   * @return the studies; empty for an unknown collection
   * @throws IllegalArgumentException when the collection is {@code null} or blank
   */
  public List<Study> getStudy(String collection) {
    return getStudy(StudyQuery.collection(Args.required(collection, "getStudy", "collection")));
  }

  /**
   * Lists the studies of a patient with series released since a date
   * ({@code tcia_utils.nbia.getNewStudiesInPatient}, NBIA {@code NewStudiesInPatientCollection}).
   * Dates as in {@link #getNewPatientsInCollection(String, LocalDate)}.
   *
   * @param collection the collection, required
   * @param patientId the patient, required (as in Python)
   * @param since the first release day of interest, in the years 1 to 9999
   * @return the studies
   * @throws IllegalArgumentException when the collection or patient is {@code null} or blank, or
   *     the year of {@code since} is outside 1 to 9999
   */
  public List<Study> getNewStudiesInPatient(String collection, String patientId, LocalDate since) {
    return queries.patients.newStudies(collection, patientId, since);
  }

  /**
   * As {@link #getNewStudiesInPatient(String, String, LocalDate)}, with the date written as in
   * Python ({@code 2024/01/31}) or as ISO ({@code 2024-01-31}).
   *
   * @param collection the collection, required
   * @param patientId the patient, required
   * @param since the date, {@code YYYY/MM/DD} or {@code YYYY-MM-DD}
   * @return the studies
   * @throws IllegalArgumentException when the date is malformed or an argument is blank
   */
  public List<Study> getNewStudiesInPatient(String collection, String patientId, String since) {
    return getNewStudiesInPatient(collection, patientId, NbiaDates.parseUserDate(since, "since"));
  }

  /**
   * Lists the series matching the filters ({@code tcia_utils.nbia.getSeries}, NBIA
   * {@code getSeries} with the filters that are set; v4, v1 or v2). {@link SeriesQuery#all()}
   * asks for every series on the server (a warning is logged). Columns differ per generation and
   * server release (see {@link Series}); every one the server sends is kept.
   *
   * @param query the filters
   * @return the series; empty when nothing matches (including an unknown collection)
   */
  public List<Series> getSeries(SeriesQuery query) {
    return queries.series.series(query);
  }

  /**
   * Lists the series released after a date ({@code tcia_utils.nbia.getUpdatedSeries}, NBIA
   * {@code getUpdatedSeries?fromDate}): v4 sends {@code MM-dd-yyyy}, v1/v2 send
   * {@code dd/MM/yyyy}; both return the series released strictly after midnight of that day.
   *
   * @param since the day after whose start series count as updated, in the years 1 to 9999
   * @return the series
   * @throws IllegalArgumentException when the year of {@code since} is outside 1 to 9999 (checked
   *     before anything is sent)
   */
  public List<Series> getUpdatedSeries(LocalDate since) {
    return queries.series.updatedSeries(since);
  }

  /**
   * As {@link #getUpdatedSeries(LocalDate)}, with the date written as in Python
   * ({@code 2024/01/31}) or as ISO ({@code 2024-01-31}).
   *
   * @param since the date
   * @return the series
   * @throws IllegalArgumentException when the date is malformed
   */
  public List<Series> getUpdatedSeries(String since) {
    return getUpdatedSeries(NbiaDates.parseUserDate(since, "since"));
  }

  /**
   * Fetches the full metadata (patient, study and series columns) of many series
   * ({@code tcia_utils.nbia.getSeriesList}).
   *
   * <ul>
   *   <li>V4: {@code POST v4/getSeriesMetadata} with {@code list=<comma-joined UIDs>} and
   *       {@code format=csv}, in chunks of 10,000 UIDs ("split into N chunks" is logged at INFO);
   *   <li>V2: {@code POST getSeriesMetadata2} (advanced family), spaced CSV headers read into the
   *       same columns;
   *   <li>V1: one {@code GET v1/getSeriesMetaData} per UID; a series the server does not show
   *       (HTTP 204) gives no row.
   * </ul>
   * Differences from Python: duplicates are sent once; rows come back in the order of the UIDs;
   * a failed chunk fails the whole call (Python skips it and returns a partial result), and when
   * there were several chunks the exception says how many had succeeded while keeping its type
   * (catch {@code TciaServerException}, {@code TciaAuthenticationException} and so on as usual);
   * "nothing found" is an empty list. A server that answers with something other than the
   * metadata (an HTML login page, JSON, a CSV without a Series UID column) is a
   * {@code TciaDecodeException}, never a list of empty rows. Write the result to CSV with
   * {@code Export} to get Python's {@code csv_filename}.
   *
   * @param seriesUids the Series Instance UIDs
   * @return one row per series the server knows
   * @throws IllegalArgumentException when the collection is empty or a UID is malformed (the
   *     message names it)
   * @throws io.github.tcia4j.common.error.TciaDecodeException when the answer is not the series
   *     metadata, naming the endpoint and what was found
   */
  public List<SeriesMetadata> getSeriesList(Collection<String> seriesUids) {
    return queries.seriesLists.fetch(seriesUids);
  }

  /**
   * Returns the total size and file count of a series ({@code tcia_utils.nbia.getSeriesSize},
   * NBIA {@code getSeriesSize?SeriesInstanceUID}; v4, v1 or v2). The server computes it slowly;
   * the {@code FileSize} and {@code ImageCount} columns of {@link #getSeries(SeriesQuery)} hold
   * the same figures.
   *
   * @param seriesUid the Series Instance UID
   * @return the size, or empty when the server does not know the series
   * @throws IllegalArgumentException when the UID is malformed
   */
  public Optional<SeriesSize> getSeriesSize(String seriesUid) {
    return queries.series.seriesSize(seriesUid);
  }

  /**
   * Lists the SOP Instance UIDs of a series ({@code tcia_utils.nbia.getSopInstanceUids}, NBIA
   * {@code getSOPInstanceUIDs?SeriesInstanceUID}; v4, v1 or v2), in no guaranteed order. A series
   * that lives on the other server (NLST) gives an empty list.
   *
   * @param seriesUid the Series Instance UID
   * @return the instances
   * @throws IllegalArgumentException when the UID is malformed
   */
  public List<SopInstanceValue> getSopInstanceUids(String seriesUid) {
    return queries.series.sopInstanceUids(seriesUid);
  }

  /**
   * Lists the series of a shared cart ({@code tcia_utils.nbia.getSharedCart}, NBIA
   * {@code getContentsByName?name}). v4 has no such endpoint, so a V4 client calls
   * {@code v1/getContentsByName} as {@code tcia_utils} does (public series only); a V2 client calls
   * {@code v2/getContentsByName}. The release-date column keeps the server's name
   * {@code Date Released}.
   *
   * @param name the cart name, e.g. {@code nbia-49121659384603347}
   * @return the series; empty for an unknown cart
   * @throws IllegalArgumentException when the name is {@code null} or blank
   */
  public List<CartSeries> getSharedCart(String name) {
    return queries.series.sharedCart(name);
  }

  /**
   * Counts the patients per collection ({@code tcia_utils.nbia.getCollectionPatientCounts}, NBIA
   * {@code getCollectionValuesAndCounts}; v4, or the advanced family for V2). The old advanced
   * shape ({@code criteria}/{@code count} as text) reads into the same record.
   *
   * @return one row per collection
   * @throws UnsupportedOperationException on V1, which has no counts
   */
  public List<CollectionCount> getCollectionPatientCounts() {
    return queries.values.collectionCounts();
  }

  /**
   * Counts per modality ({@code tcia_utils.nbia.getModalityCounts}, NBIA
   * {@code getModalityValuesAndCounts?Collection&BodyPartExamined}; v4, or advanced for V2).
   *
   * @param query collection and body part filters ({@link ValueQuery#all()} for none)
   * @return one row per modality
   * @throws IllegalArgumentException when the query sets the modality or manufacturer filter
   * @throws UnsupportedOperationException on V1, which has no counts
   */
  public List<ModalityCount> getModalityCounts(ValueQuery query) {
    return queries.values.modalityCounts(query);
  }

  /**
   * Counts per body part ({@code tcia_utils.nbia.getBodyPartCounts}, NBIA
   * {@code getBodyPartValuesAndCounts?Collection&Modality}; v4, or advanced for V2). Series
   * without a body part count under {@code NOT SPECIFIED}.
   *
   * @param query collection and modality filters ({@link ValueQuery#all()} for none)
   * @return one row per body part
   * @throws IllegalArgumentException when the query sets the body part or manufacturer filter
   * @throws UnsupportedOperationException on V1, which has no counts
   */
  public List<BodyPartCount> getBodyPartCounts(ValueQuery query) {
    return queries.values.bodyPartCounts(query);
  }

  /**
   * Counts per manufacturer ({@code tcia_utils.nbia.getManufacturerCounts}, NBIA
   * {@code getManufacturerValuesAndCounts?Collection&Modality&BodyPartExamined}; v4, or advanced
   * for V2).
   *
   * @param query collection, modality and body part filters ({@link ValueQuery#all()} for none)
   * @return one row per manufacturer
   * @throws IllegalArgumentException when the query sets the manufacturer filter
   * @throws UnsupportedOperationException on V1, which has no counts
   */
  public List<ManufacturerCount> getManufacturerCounts(ValueQuery query) {
    return queries.values.manufacturerCounts(query);
  }

  /**
   * Returns the description of every collection, as HTML
   * ({@code tcia_utils.nbia.getCollectionDescriptions()}, NBIA {@code getCollectionDescriptions};
   * v4, or advanced for V2).
   *
   * @return one row per collection
   * @throws UnsupportedOperationException on V1
   */
  public List<CollectionDescription> getCollectionDescriptions() {
    return getCollectionDescriptions(false);
  }

  /**
   * Returns the description of every collection, optionally as plain ASCII text
   * ({@code getCollectionDescriptions(format="df", removeHtml="yes")} in Python, which strips
   * with {@code utils.remove_html_tags}; here {@link HtmlText#toPlainText(String)}). Unlike
   * Python, plain text does not depend on the output format, and a {@code null} description stays
   * {@code null} instead of raising {@code TypeError}.
   *
   * @param plainText {@code true} to strip the HTML and transliterate to ASCII
   * @return one row per collection
   * @throws UnsupportedOperationException on V1
   */
  public List<CollectionDescription> getCollectionDescriptions(boolean plainText) {
    return queries.advanced.collectionDescriptions(plainText);
  }

  /**
   * Returns the DICOM header of a series' first image ({@code tcia_utils.nbia.getDicomTags}, NBIA
   * {@code getDicomTags?SeriesUID}; v4, or advanced for V2). Unlike Python, which returns
   * {@code None} unless {@code format="df"}, the rows always come back.
   *
   * <p>NBIA answers a series it does not know and one the caller may not see alike (HTTP 400 "not
   * been granted the access"); both give an empty list here, as {@link #getSeriesSize(String)}
   * and {@link #getSopInstanceUids(String)} do. For a restricted collection, log in
   * ({@code NbiaClient.builder().login(credentials)}) with an account that has access.
   *
   * @param seriesUid the Series Instance UID
   * @return the tag rows, in file order; empty when the server has no image for the series, and
   *     for an unknown series or one you may not see (log in for restricted collections)
   * @throws IllegalArgumentException when the UID is malformed
   * @throws UnsupportedOperationException on V1
   */
  public List<DicomTag> getDicomTags(String seriesUid) {
    return queries.advanced.dicomTags(seriesUid);
  }

  /**
   * Returns the series a SEG or RTSTRUCT series refers to ({@code tcia_utils.nbia.getSegRefSeries}),
   * read from {@link #getDicomTags(String)}: RTSTRUCT rows {@code >>(3006,0014)} followed by
   * {@code >>>(0020,000E)}; SEG rows {@code >(0008,114A)} followed by {@code >(0020,000E)}. Unlike
   * Python (one UID or {@code "N/A"}, {@code ValueError} when a structure set refers to several
   * series), every referenced series is returned, distinct and in order, and "none" is an empty
   * list.
   *
   * <p>A failed request is reported with {@code getSegRefSeries(<uid>) failed} in front of the
   * message of the {@code getDicomTags} request it made, keeping the exception's type.
   *
   * @param seriesUid the SEG or RTSTRUCT Series Instance UID
   * @return the referenced Series Instance UIDs; empty for other modalities, when no tags came
   *     back, and for an unknown series or one you may not see (log in for restricted collections)
   * @throws IllegalArgumentException when the UID is malformed
   * @throws UnsupportedOperationException on V1
   */
  public List<String> getSegRefSeries(String seriesUid) {
    return queries.advanced.segRefSeries(seriesUid);
  }

  /**
   * Lists the collections or series published under a DOI ({@code tcia_utils.nbia.getDoiMetadata},
   * NBIA {@code POST getCollectionOrSeriesForDOI}; v4, or advanced for V2). The server matches the
   * full URL form exactly, so the DOI is accepted as {@code 10.7937/...}, {@code doi:10.7937/...},
   * {@code https://doi.org/...} or {@code http://dx.doi.org/...} and always sent as
   * {@code https://doi.org/<doi>} (Python sends what it is given, so bare DOIs find nothing there).
   *
   * @param doi the DOI
   * @param output {@link DoiOutput#COLLECTIONS} or {@link DoiOutput#SERIES}
   * @return the rows; empty when nothing carries the DOI
   * @throws IllegalArgumentException when the value is not a DOI
   * @throws UnsupportedOperationException on V1
   */
  public List<DoiItem> getDoiMetadata(String doi, DoiOutput output) {
    return queries.advanced.doiMetadata(doi, output);
  }

  /** The internal query families behind the methods of the region above. */
  private static final class Queries {
    final ValueLists values;
    final PatientQueries patients;
    final SeriesQueries series;
    final SeriesLists seriesLists;
    final AdvancedQueries advanced;

    Queries(NbiaHttp http, Generations generations) {
      this.values = new ValueLists(http, generations);
      this.patients = new PatientQueries(http, generations);
      this.series = new SeriesQueries(http, generations);
      this.seriesLists = new SeriesLists(http, generations);
      this.advanced = new AdvancedQueries(http, generations);
    }
  }

  // ---- end of queries ----------------------------------------------------------------------------

  /**
   * Returns the path family for the search endpoints of this client's API version.
   *
   * @return v4, v1 or v2
   */
  private ApiFamily family() {
    return switch (apiVersion) {
      case V4 -> ApiFamily.V4;
      case V1 -> ApiFamily.V1;
      case V2 -> ApiFamily.V2;
    };
  }

  /** Releases the connection pool. The client must not be used afterwards. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "NbiaClient[" + root + ", " + apiVersion + (config.oauth().isPresent() ? ", with login" : "") + "]";
  }

  // ---- Simple search, manifests, shared carts, QC search ------------------------------------------

  /**
   * Runs a simple search and returns one page of patients ({@code tcia_utils}
   * {@code getSimpleSearch}; NBIA v4 {@code getSimpleSearch}, or on {@link ApiVersion#V2} the
   * token-protected {@code getSimpleSearchWithModalityAndBodyPartPaged}). The page starts at
   * {@link SimpleSearch#start()} and holds at most {@link SimpleSearch#size()} patients; the result
   * also says how many patients match in total and gives facet counts over all of them.
   *
   * <p>A start past the last matching patient gives an empty page that still carries the real
   * total and facets. NBIA itself answers such a start with HTTP 500 ({@code fromIndex(..) >
   * toIndex(..)}); the client recognises that answer, which the transport first retries like any
   * 500, and then asks for the first patient to learn the total.
   *
   * @param search the criteria, sort and page
   * @return the page; an empty result when nothing matches, and an empty page with the real
   *     {@code totalPatients} when the start lies beyond it
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}, which has no simple search
   * @throws io.github.tcia4j.common.error.TciaException when the request fails
   */
  public SimpleSearchResult getSimpleSearch(SimpleSearch search) {
    return searchCalls().simpleSearch(search);
  }

  /**
   * Returns every patient a simple search matches, fetched lazily page by page
   * ({@link SimpleSearch#size()} patients per request, from {@link SimpleSearch#start()} on, until
   * the total the server reports). Nothing is fetched before iterating; each iteration starts over.
   * A start beyond the total gives an empty sequence.
   *
   * @param search the criteria and sort; its size is the page size
   * @return the lazy sequence of patients
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   */
  public Paged<PatientHit> simpleSearchPatients(SimpleSearch search) {
    return searchCalls().patients(search);
  }

  /**
   * Returns the Series Instance UIDs of every series a simple search matches ({@code tcia_utils}
   * {@code getSimpleSearch(format="uids")}), read from the manifest of
   * {@link #simpleSearchManifest(SimpleSearch)}.
   *
   * @param search the criteria (its start is kept, its size replaced by 1,000,000 patients)
   * @return the UIDs in manifest order; empty when nothing matches
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   * @throws io.github.tcia4j.common.error.TciaDecodeException when the server's answer is not a
   *     manifest
   */
  public List<String> simpleSearchUids(SimpleSearch search) {
    return searchCalls().manifest(search).seriesUids();
  }

  /**
   * Returns the {@code .tcia} manifest of every series a simple search matches ({@code tcia_utils}
   * {@code getSimpleSearch(format="manifest_text")}; NBIA {@code getManifestForSimpleSearch}, v4 or
   * unversioned on {@link ApiVersion#V2}), asking for 1,000,000 patients as {@code tcia_utils} does.
   *
   * @param search the criteria (its start is kept, its size replaced)
   * @return the manifest text exactly as the server sent it; parse it with
   *     {@link Manifest#parse(String)}; empty when the start lies beyond the matching patients
   *     (NBIA answers that with HTTP 500, which the client recognises)
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   */
  public String simpleSearchManifest(SimpleSearch search) {
    return searchCalls().manifestText(search);
  }

  /**
   * Writes the manifest of a simple search to a file ({@code tcia_utils}
   * {@code getSimpleSearch(format="manifest")}, which picked a timestamped name in the working
   * directory). The file is written atomically (a temporary file, then moved into place); when
   * nothing matches and the server sends no text, the file is a manifest without series.
   *
   * @param search the criteria (its start is kept, its size replaced)
   * @param target the file to create or replace, e.g. {@code search.tcia}
   * @return the target
   * @throws UnsupportedOperationException on {@link ApiVersion#V1}
   * @throws IllegalArgumentException when the target is a directory
   * @throws io.github.tcia4j.common.error.TciaException when writing fails
   */
  public Path writeSimpleSearchManifest(SimpleSearch search, Path target) {
    return searchCalls().writeManifest(search, target);
  }

  /**
   * Reads the Series Instance UIDs of a {@code .tcia} manifest file ({@code tcia_utils}
   * {@code manifestToList}). Unlike the Python function, which drops the first six lines, header
   * lines are recognised wherever they are and anything that is not a UID is an error; see
   * {@link Manifest#read(Path)} for the whole file.
   *
   * @param manifest the manifest file
   * @return the UIDs in file order
   * @throws IllegalArgumentException when the file does not exist (the message names the path) or
   *     holds a line that is not a UID (the message names the line number)
   */
  public static List<String> manifestToList(Path manifest) {
    return Manifest.read(manifest).seriesUids();
  }

  /**
   * Creates shared carts of these series in the NBIA portal ({@code tcia_utils}
   * {@code makeSharedCart}) with a random {@code nbia-<digits>} name, no description and chunks of
   * 5,000 series. See {@link #makeSharedCart(SharedCartRequest)}.
   *
   * @param seriesUids the Series Instance UIDs
   * @return the portal URLs of the carts, {@code <server>/nbia-search/?saved-cart=<name>}
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws SharedCartException when the server refuses a cart
   */
  public List<String> makeSharedCart(Collection<String> seriesUids) {
    return makeSharedCart(SharedCartRequest.of(seriesUids));
  }

  /**
   * Creates shared carts in the NBIA portal (unversioned {@code createSharedList}, which needs a
   * token: only {@link ApiVersion#V2} clients can call it). Each chunk of
   * {@link SharedCartRequest#chunkSize()} series becomes one cart, named {@code <name>} when there
   * is one chunk and {@code <name>-part1}, {@code <name>-part2}, ... otherwise. The form is properly
   * URL-encoded (the Python original was not). A refused chunk stops the work: no chunk is silently
   * skipped.
   *
   * @param request the series, name, description and chunk size
   * @return the portal URLs of the carts, {@code <server>/nbia-search/?saved-cart=<name>}, in order
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws SharedCartException when the server refuses a cart ({@code Duplicate list name}, no
   *     permission for a series); its message names the cart, the server's reason and the carts
   *     created before
   */
  public List<String> makeSharedCart(SharedCartRequest request) {
    return searchCalls().makeSharedCart(request);
  }

  /**
   * Runs the curators' QC search ({@code tcia_utils} {@code getAdvancedQCSearch}; unversioned
   * {@code getAdvancedQCSearch}, {@link ApiVersion#V2} with a curator login only). Each criterion is
   * sent with its index as {@code criteriaType<i>}, {@code inputType<i>}, {@code value<i>} and
   * {@code boolean<i>=AND}.
   *
   * @param criteria the criteria, at least one
   * @return the matching series; empty when none
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws IllegalArgumentException when {@code criteria} is empty
   * @throws io.github.tcia4j.common.error.TciaUnauthorizedException when the user is no curator
   *     (the message says so)
   */
  public List<QcSearchRow> getAdvancedQCSearch(List<QcCriterion> criteria) {
    return searchCalls().qcSearch(criteria);
  }

  /**
   * Runs the curators' QC search; see {@link #getAdvancedQCSearch(List)}.
   *
   * @param criteria the criteria, at least one
   * @return the matching series; empty when none
   * @throws UnsupportedOperationException unless the client uses {@link ApiVersion#V2}
   * @throws IllegalArgumentException when no criterion is given
   */
  public List<QcSearchRow> getAdvancedQCSearch(QcCriterion... criteria) {
    return getAdvancedQCSearch(Arrays.asList(Objects.requireNonNull(criteria, "criteria")));
  }

  private SearchCalls searchCalls() {
    return new SearchCalls(http, apiVersion, config);
  }

  // ---- end of simple search, manifests, shared carts, QC search -----------------------------------

  // ---- Downloads ----------------------------------------------------------------------------------

  /**
   * Downloads series and waits until they are done ({@code tcia_utils.nbia.downloadSeries}):
   * streamed, verified, resumable, in bounded memory. See {@link DownloadRequest} for inputs and
   * options and the {@code nbia} README for how it works.
   *
   * <pre>{@code
   * DownloadReport report = nbia.downloadSeries(DownloadRequest.builder()
   *     .series(nbia.getSeries(SeriesQuery.collection("4D-Lung").withModality("CT")))
   *     .path(Path.of("data"))
   *     .build());
   * System.out.println(report.summary());
   * }</pre>
   *
   * <p>Each series is complete on disk (with its completion record) or reported as failed; a series
   * that fails never stops the others. A second run skips complete series and fetches the rest.
   *
   * @param request what to download and how
   * @return the report, one outcome per series in input order
   * @throws io.github.tcia4j.common.error.TciaException when the download folder cannot be
   *     created, or another download is running into it
   */
  public DownloadReport downloadSeries(DownloadRequest request) {
    try (DownloadJob job = startDownload(request)) {
      return job.await();
    }
  }

  /**
   * Downloads series by UID into a folder with the default options (MD5 verification, flat
   * {@code tcia_utils} layout, {@value DownloadRequest#DEFAULT_WORKERS} workers, repair).
   *
   * @param seriesUids the Series Instance UIDs
   * @param folder the download folder
   * @return the report
   * @throws IllegalArgumentException when the list is empty or a UID is malformed
   */
  public DownloadReport downloadSeries(Collection<String> seriesUids, Path folder) {
    return downloadSeries(DownloadRequest.builder().seriesUids(seriesUids).path(folder).build());
  }

  /**
   * Starts a download in the background and returns at once; {@link DownloadJob#await()} waits for
   * the report, {@link DownloadJob#cancel()} stops it.
   *
   * <p>The download uses its own connections: as many as {@link DownloadRequest#workers()} (or
   * this client's {@code maxConcurrency} if that is larger), so the client's limit does not cap the
   * workers and queries on this client are not blocked by running downloads. The metadata and SOP
   * Instance UID queries go through this client.
   *
   * @param request what to download and how
   * @return the running job
   * @throws io.github.tcia4j.common.error.TciaException when the download folder cannot be
   *     created, or another download is running into it
   */
  public DownloadJob startDownload(DownloadRequest request) {
    Objects.requireNonNull(request, "request");
    ClientConfig downloads = config.toBuilder()
        .maxConcurrency(Math.max(config.maxConcurrency(), request.workers()))
        .transport(config.transport().map(NonClosingTransport::new).orElse(null))
        .build();
    NbiaHttp downloadHttp = new NbiaHttp(root, Transports.create(downloads), JsonCodec.standard());
    SeriesCatalog catalog = new SeriesCatalog() {
      @Override
      public List<SeriesMetadata> metadata(List<String> seriesUids) {
        return getSeriesList(seriesUids);
      }

      @Override
      public int metadataChunkSize() {
        return apiVersion == ApiVersion.V1 ? 1 : SeriesCatalog.super.metadataChunkSize();
      }

      @Override
      public List<String> sopInstanceUids(String seriesUid) {
        return getSopInstanceUids(seriesUid).stream().map(SopInstanceValue::name).filter(Objects::nonNull).toList();
      }
    };
    return DownloadEngine.start(request, new DownloadEndpoints(downloadHttp, family()), catalog, config.clock(),
        config.sleeper(), downloadHttp::close);
  }

  /**
   * Downloads one DICOM instance ({@code tcia_utils.nbia.downloadImage}, NBIA
   * {@code getSingleImage}) to {@code <folder>/<seriesUid>/<sopUid>.dcm}. A file already there
   * that holds this SOP Instance UID is kept (logged as skipped). The file is written to a
   * temporary name, checked (DICOM preamble and SOP Instance UID) and then moved into place, so a
   * broken download never leaves a partial file under the final name.
   *
   * @param seriesUid the Series Instance UID
   * @param sopUid the SOP Instance UID
   * @param folder the download folder (Python's default is {@code tciaDownload})
   * @return the file
   * @throws IllegalArgumentException when a UID is malformed
   * @throws io.github.tcia4j.common.error.TciaException when the image cannot be downloaded (the
   *     server answers 500 for an unknown SOP Instance UID; the message then says whether the SOP
   *     Instance UID belongs to the series) or is not the DICOM file asked for
   */
  public Path downloadImage(String seriesUid, String sopUid, Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new ImageDownload(new DownloadEndpoints(http, family()), config.sleeper(),
        series -> getSopInstanceUids(series).stream().map(SopInstanceValue::name).filter(Objects::nonNull).toList())
        .download(seriesUid, sopUid, folder);
  }

  /**
   * Downloads one DICOM instance into the default folder of {@code tcia_utils},
   * {@link DownloadRequest#DEFAULT_PATH} ({@code tciaDownload} in the working directory), as
   * {@code tciaDownload/<seriesUid>/<sopUid>.dcm}; otherwise exactly like
   * {@link #downloadImage(String, String, Path)}.
   *
   * @param seriesUid the Series Instance UID
   * @param sopUid the SOP Instance UID
   * @return the file (an absolute path)
   * @throws IllegalArgumentException when a UID is malformed
   * @throws io.github.tcia4j.common.error.TciaException when the image cannot be downloaded or is
   *     not the DICOM file asked for
   */
  public Path downloadImage(String seriesUid, String sopUid) {
    return downloadImage(seriesUid, sopUid, DownloadRequest.DEFAULT_PATH);
  }

  // ---- end of downloads ---------------------------------------------------------------------------

  /** Builds an {@link NbiaClient}. */
  public static final class Builder {
    private URI root = NbiaServer.NBIA.root();
    private ApiVersion apiVersion = ApiVersion.V4;
    private ClientConfig config = ClientConfig.defaults();
    private Credentials credentials;
    private URI tokenUrl;

    private Builder() {}

    /**
     * Talks to one of the public TCIA servers.
     *
     * @param server the server
     * @return this builder
     */
    public Builder server(NbiaServer server) {
      this.root = Objects.requireNonNull(server, "server").root();
      return this;
    }

    /**
     * Talks to any NBIA server.
     *
     * @param baseUrl the server root as a browser shows it, e.g.
     *     {@code https://nbia.cancerimagingarchive.net} or {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws IllegalArgumentException when the URL is malformed or contains the API path
     */
    public Builder baseUrl(String baseUrl) {
      URI parsed = ClientConfig.parseBaseUrl(baseUrl);
      String path = parsed.getPath();
      if (path != null && path.contains("/nbia-api")) {
        String suggestion = parsed.toString().substring(0, parsed.toString().indexOf("/nbia-api"));
        throw new IllegalArgumentException("Base URL '" + baseUrl + "' must be the server root, without the API path:"
            + " use '" + suggestion + "' (the client adds /nbia-api/services/...).");
      }
      this.root = parsed;
      return this;
    }

    /**
     * Talks to any NBIA server.
     *
     * @param baseUrl the server root
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    }

    /**
     * Chooses the API generation (default {@link ApiVersion#V4}). {@link ApiVersion#V2} logs in,
     * with the guest account unless {@link #login(Credentials)} says otherwise.
     *
     * @param version the API generation
     * @return this builder
     */
    public Builder apiVersion(ApiVersion version) {
      this.apiVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Logs in with these credentials (OAuth2 password grant against the server's token proxy
     * {@code <root>/nbia-api/oauth/token}, unless {@link #tokenUrl(URI)} or the configuration
     * names another endpoint). Public v4 data needs no login; a login adds the collections that user
     * may see.
     *
     * @param value the user, or {@link Credentials#guest()}
     * @return this builder
     */
    public Builder login(Credentials value) {
      this.credentials = Objects.requireNonNull(value, "credentials");
      return this;
    }

    /**
     * Sets the token endpoint used by {@link #login(Credentials)} (for example a Keycloak realm
     * URL).
     *
     * @param value the token endpoint URL
     * @return this builder
     */
    public Builder tokenUrl(URI value) {
      this.tokenUrl = Objects.requireNonNull(value, "tokenUrl");
      return this;
    }

    /**
     * Uses this configuration (timeouts, retries, proxy, concurrency). Its base URL, if any,
     * becomes the server root.
     *
     * @param value the configuration
     * @return this builder
     */
    public Builder config(ClientConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      value.baseUrl().ifPresent(this::baseUrl);
      return this;
    }

    /**
     * Adjusts the configuration in place, e.g. {@code configure(c -> c.maxConcurrency(4))}.
     *
     * @param change a function that edits a builder of the current configuration
     * @return this builder
     */
    public Builder configure(UnaryOperator<ClientConfig.Builder> change) {
      return config(change.apply(config.toBuilder()).build());
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public NbiaClient build() {
      return new NbiaClient(this);
    }
  }
}
