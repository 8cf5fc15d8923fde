package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetadataTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  static final String HEADER = "\"PatientID\",\"PatientName\",\"PatientSex\",\"EthnicGroup\","
      + "\"Phantom\",\"SpeciesCode\",\"SpeciesDescription\",\"StudyInstanceUID\",\"StudyDate\","
      + "\"StudyDesc\",\"AdmittingDiagnosisDescription\",\"StudyID\",\"PatientAge\","
      + "\"LongitudinalTemporalEventType\",\"LongitudinalTemporalOffsetFromEvent\","
      + "\"SeriesInstanceUID\",\"Collection\",\"Site\",\"Modality\",\"ProtocolName\",\"SeriesDate\","
      + "\"SeriesDescription\",\"BodyPartExamined\",\"SeriesNumber\",\"AnnotationsFlag\","
      + "\"Manufacturer\",\"ManufacturerModelName\",\"PixelSpacing(mm)-Row\",\"SliceThickness(mm)\","
      + "\"SoftwareVersions\",\"ImageCount\",\"MaxSubmissionTimestamp\",\"LicenseName\","
      + "\"LicenseURI\",\"DataDescriptionURI\",\"FileSize\",\"ReleasedStatus\",\"DateReleased\","
      + "\"ThirdPartyAnalysis\",\"Authorized\"";

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  private static List<Series> visible(String collection, String modality) {
    return data().series().stream().filter(s -> s.visible() && s.collection().equals(collection)
        && s.modality().equals(modality)).toList();
  }

  /** Splits one fully quoted CSV line (no embedded commas in these values). */
  private static String[] cells(String line) {
    return line.substring(1, line.length() - 1).split("\",\"", -1);
  }

  @Test
  void defaultIsACsvDownloadWithTheFortyColumnHeader() {
    Series ct = visible("SBX-Lung-CT", "CT").get(0);
    Http.Res r = http().post(V4 + "getSeriesMetadata", "list", ct.seriesInstanceUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("text/csv");
    assertThat(r.header("Content-Disposition")).contains("attachment; filename=\"SeriesMetaData.csv\"");
    String[] lines = r.body().split("\n");
    assertThat(lines[0]).isEqualTo(HEADER);
    assertThat(lines).hasSize(2);
    String[] c = cells(lines[1]);
    assertThat(c).hasSize(40);
    assertThat(c[15]).isEqualTo(ct.seriesInstanceUid());
    assertThat(c[8]).matches("\\d{2}-\\d{2}-\\d{4}");
    assertThat(c[23]).isEqualTo("2.000000");
    assertThat(c[27]).matches("0\\.\\d{6}");
    assertThat(c[28]).isEqualTo("2.500000");
    assertThat(c[36]).isEqualTo("Yes");
    assertThat(c[39]).isEqualTo("1");
    assertThat(c[35]).isEqualTo(Long.toString(data().fileSize(ct.seriesInstanceUid())));
    assertThat(http().post(V4 + "getSeriesMetadata", "list", ct.seriesInstanceUid(), "format",
        "csv").header("Content-Disposition")).isPresent();
  }

  @Test
  void mixedPixelSpacingIsGroupConcatenated() {
    Series mixed = visible("SBX-Breast-MR", "MR").stream().filter(s -> data()
        .instances(s.seriesInstanceUid()).stream().map(Instance::pixelSpacingRow).distinct()
        .count() > 1).findFirst().orElseThrow();
    String line = http().post(V4 + "getSeriesMetadata", "list", mixed.seriesInstanceUid())
        .body().split("\n")[1];
    assertThat(cells(line)[27]).isEqualTo("0.703125, 0.781250");
    Series rt = visible("SBX Head+Neck", "RTSTRUCT").get(0);
    String rtLine = http().post(V4 + "getSeriesMetadata", "list", rt.seriesInstanceUid())
        .body().split("\n")[1];
    assertThat(cells(rtLine)[27]).isEmpty();
    assertThat(cells(rtLine)[28]).isEmpty();
  }

  @Test
  void listOrderAndFormsOfTheListParameter() {
    List<Series> mr = visible("SBX-Breast-MR", "MR");
    String a = mr.get(0).seriesInstanceUid();
    String b = mr.get(5).seriesInstanceUid();
    Http.Res repeated = http().post(V4 + "getSeriesMetadata", "list", b, "list", a, "format",
        "json");
    assertThat(repeated.contentType()).isEqualTo("application/json");
    assertThat(Json.column(repeated.body(), "SeriesInstanceUID")).containsExactly(b, a);
    Http.Res joined = http().post(V4 + "getSeriesMetadata", "list", " " + b + "x, " + a + ";",
        "format", "json");
    assertThat(Json.column(joined.body(), "SeriesInstanceUID")).containsExactly(a, b);
    Map<String, Object> row = Json.rows(joined.body()).get(0);
    assertThat(row.get("SeriesNumber")).isEqualTo(3L);
    assertThat(row.get("ImageCount")).isInstanceOf(Long.class);
  }

  @Test
  void missingListAndUnknownUids() {
    for (String[] form : new String[][] {{}, {"list", ""}, {"list", "abc"}}) {
      Http.Res r = http().post(V4 + "getSeriesMetadata", form);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).isEqualTo(
          "A form parameter, list, containing at least one SeriesInstanceUID is required.");
    }
    Http.Res none = http().post(V4 + "getSeriesMetadata", "list", "1.2.3.4");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.body()).isEmpty();
    assertThat(http().post(V4 + "getSeriesMetadata", "list", "1.2", "format", "yaml").status())
        .isEqualTo(500);
  }

  @Test
  void restrictedSeriesNeedTheRightToken() {
    Series r = visible(TciaSandbox.RESTRICTED_COLLECTION, "MR").get(0);
    assertThat(http().post(V4 + "getSeriesMetadata", "list", r.seriesInstanceUid()).body())
        .isEmpty();
    Http researcher = http().withToken(Tokens.of(http(), TciaSandbox.RESEARCHER,
        TciaSandbox.RESEARCHER_PASSWORD));
    assertThat(researcher.post(V4 + "getSeriesMetadata", "list", r.seriesInstanceUid()).body())
        .contains(r.seriesInstanceUid());
  }

  @Test
  void legacySeriesMetaDataHasSpacedKeysAndSanitisedText() {
    Series dce = visible("SBX-Breast-MR", "MR").stream()
        .filter(s -> s.description().orElse("").contains("DCE")).findFirst().orElseThrow();
    Http.Res r = http().get(V1 + "getSeriesMetaData", "SeriesInstanceUID",
        dce.seriesInstanceUid());
    Map<String, Object> row = Json.rows(r.body()).get(0);
    assertThat(row.keySet()).containsExactly("Series UID", "Collection", "3rd Party Analysis",
        "Data Description URI", "Subject ID", "Study UID", "Study Description", "Study Date",
        "Series Description", "Manufacturer", "Modality", "SOP Class UID", "Number of Images",
        "File Size", "Series Number", "License Name", "License URL", "Annotation Size",
        "Date Released", "Series Date", "Protocol Name", "Body Part Examined", "Annotations Flag",
        "Manufacturer Model Name", "Software Versions", "TimeStamp");
    assertThat(row.get("Study Description")).isEqualTo("MRI BREAST BILATERAL WWO");
    assertThat(row.get("Series Number")).isEqualTo("5.000000");
    assertThat(row.get("Number of Images")).isEqualTo("6");
    assertThat(row.get("Annotations Flag")).isEqualTo(false);
    assertThat((String) row.get("Date Released")).matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} "
        + "\\d{2}:\\d{2}:\\d{2} UTC \\d{4}");
    assertThat((String) row.get("Study Date")).matches("\\d{2}-\\d{2}-\\d{4}");
    Series restricted = visible(TciaSandbox.RESTRICTED_COLLECTION, "CT").get(0);
    Http.Res hidden = http().get(V1 + "getSeriesMetaData", "SeriesInstanceUID",
        restricted.seriesInstanceUid());
    assertThat(hidden.status()).isEqualTo(204);
    assertThat(hidden.body()).isEmpty();
    assertThat(http().get(V1 + "getSeriesMetaData").body())
        .isEqualTo("A parameter, SeriesInstanceUID is required for this API call.");
    Http researcher = http().withToken(Tokens.of(http(), TciaSandbox.RESEARCHER,
        TciaSandbox.RESEARCHER_PASSWORD));
    assertThat(researcher.get(V2 + "getSeriesMetaData", "SeriesInstanceUID",
        restricted.seriesInstanceUid()).status()).isEqualTo(200);
  }

  @Test
  void advancedMetadata2IsQuotedCsvWithIsoDates() {
    Http guest = Tokens.guest(http());
    Series a = visible("SBX-Lung-CT", "CT").get(0);
    Series b = visible("SBX-Lung-CT", "CT").get(1);
    Http.Res r = guest.post(ADV + "getSeriesMetadata2", "list", a.seriesInstanceUid() + ","
        + b.seriesInstanceUid());
    String[] lines = r.body().split("\n");
    assertThat(lines[0]).isEqualTo("\"Subject ID\",\"Study UID\",\"Study Description\","
        + "\"Study Date\",\"Series ID\",\"Series Description\",\"Number of images\","
        + "\"File Size (Bytes)\",\"Collection Name\",\"Modality\",\"Manufacturer\","
        + "\"3rd Party Analysis\",\"Data Description URI\",\"Series Number\",\"License Name\","
        + "\"License URL\",\"Date Released\",\"Series Date\",\"Protocol Name\","
        + "\"Body Part Examined\",\"Annotations Flag\",\"Manufacturer Model Name\","
        + "\"Software Versions\",\"TimeStamp\"");
    assertThat(lines).hasSize(3);
    assertThat(cells(lines[1])[3]).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(http().post(ADV + "getSeriesMetadata2", "list", a.seriesInstanceUid()).status())
        .isEqualTo(401);
    Http.Res noList = guest.post(ADV + "getSeriesMetadata2");
    assertThat(noList.status()).isEqualTo(500);
    assertThat(noList.body()).isEqualTo(Paths.PROCESS_FAILED + "\nnull");
  }
}
