package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FormatTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  @Test
  void jsonIsCompactWithNullKeysLeftOut() {
    Series noProtocol = data().series().stream()
        .filter(s -> s.protocolName().isEmpty() && s.visible()).findFirst().orElseThrow();
    Http.Res r = http().get(V4 + "getSeries", "SeriesInstanceUID", noProtocol.seriesInstanceUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/json");
    assertThat(r.body()).startsWith("[{\"SeriesInstanceUID\":\"" + noProtocol.seriesInstanceUid()
        + "\",\"StudyInstanceUID\":").doesNotContain("ProtocolName").doesNotContain(": ")
        .doesNotContain("null").endsWith("}]");
    Map<String, Object> row = Json.rows(r.body()).get(0);
    assertThat(row.get("ImageCount")).isInstanceOf(Long.class);
    assertThat(row.get("FileSize")).isInstanceOf(Long.class);
    assertThat(row.get("SeriesNumber")).isInstanceOf(Long.class);
    assertThat(row.get("Authorized")).isEqualTo(1L);
    assertThat((String) row.get("SeriesDate")).matches("\\d{2}-\\d{2}-\\d{4}");
  }

  @Test
  void nullSingleColumnValueIsAnEmptyObjectFirst() {
    assertThat(data().series().stream().anyMatch(s -> s.collection().equals("SBX-Lung-CT")
        && s.visible() && s.bodyPartExamined().isEmpty())).isTrue();
    Http.Res r = http().get(V4 + "getBodyPartValues", "Collection", "SBX-Lung-CT");
    assertThat(r.body()).isEqualTo("[{},{\"BodyPartExamined\":\"CHEST\"}]");
  }

  @Test
  void csvQuotesEveryFieldWithUnixLineEnds() {
    Http.Res r = http().get(V4 + "getPatient", "Collection", "SBX-Lung-CT", "format", "csv");
    assertThat(r.contentType()).isEqualTo("text/csv");
    String[] lines = r.body().split("\n", -1);
    assertThat(lines[0]).isEqualTo("\"PatientId\",\"PatientName\",\"PatientSex\",\"EthnicGroup\","
        + "\"Collection\",\"Phantom\",\"SpeciesCode\",\"SpeciesDescription\",\"Authorized\"");
    assertThat(lines[1]).matches("\"SBX-LUNG-0001\",\"SBX-LUNG-0001\",\"[MF]\",\"[^\"]*\","
        + "\"SBX-Lung-CT\",\"NO\",\"337915000\",\"Homo sapiens\",\"1\"");
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(r.body()).doesNotContain("\r");
  }

  @Test
  void singleColumnCsvIsUnquoted() {
    Http.Res r = http().get(V4 + "getCollectionValues", "format", "csv");
    assertThat(r.body()).isEqualTo("Collection\nSBX Head+Neck\nSBX-Breast-MR\nSBX-Chest-XRay\n"
        + "SBX-Lung-CT\nSBX-Preclinical-MR\n");
  }

  @Test
  void csvDownloadSetsTheAttachment() {
    Http.Res multi = http().get(V4 + "getPatient", "Collection", "SBX-Lung-CT", "format",
        "CSV-DOWNLOAD");
    assertThat(multi.contentType()).isEqualTo("text/csv");
    assertThat(multi.header("Content-Disposition"))
        .contains("attachment; filename=\"SeriesMetaData.csv\"");
    Http.Res single = http().get(V4 + "getCollectionValues", "format", "CSV-DOWNLOAD");
    assertThat(single.contentType()).isEqualTo("application/force-download");
    assertThat(single.body()).startsWith("Collection\n");
  }

  @Test
  void htmlAndXmlShapes() {
    Http.Res html = http().get(V4 + "getCollectionValues", "format", "html");
    assertThat(html.contentType()).isEqualTo("text/html");
    assertThat(html.body()).startsWith("<P ALIGN='center'><TABLE BORDER=1><TR><TH>Collection</TH>"
        + "</TR><TR><TD>SBX Head+Neck</TD></TR>").endsWith("</TABLE></P>");
    Http.Res xml = http().get(V4 + "getCollectionValues", "format", "xml");
    assertThat(xml.contentType()).isEqualTo("application/xml");
    assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Results><Row><Collection type='java.lang.String'>SBX Head+Neck</Collection></Row>")
        .endsWith("</Results>");
  }

  @Test
  void unsupportedFormatIsA500WithTheFixedText() {
    Http.Res r = http().get(V4 + "getCollectionValues", "format", "yaml");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.contentType()).isEqualTo("text/plain");
    assertThat(r.body()).isEqualTo(Paths.PROCESS_FAILED);
  }

  @Test
  void noRowsIsA200WithAnEmptyBody() {
    for (String format : List.of("json", "csv", "xml")) {
      Http.Res r = http().get(V4 + "getSeries", "Collection", "SBX-No-Such", "format", format);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).isEmpty();
      assertThat(r.header("Content-Type")).isEmpty();
    }
  }

  @Test
  void wrongCaseParameterNamesAreRejected() {
    Http.Res r = http().get(V4 + "getSeries", "collection", "SBX-Lung-CT");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("Invalid query parameter: 'collection'. Allowed parameters are: "
        + "[Collection, format, PatientID, StudyInstanceUID, Modality, BodyPartExamined, "
        + "ManufacturerModelName, Manufacturer, SeriesInstanceUID]");
    Http.Res p = http().get(V4 + "getPatient", "PatientID", "SBX-LUNG-0001");
    assertThat(p.body()).isEqualTo("Invalid query parameter: 'PatientID'. Allowed parameters are: "
        + "[Collection, PatientId, format]");
  }

  @Test
  void collectionNamesWithSpaceAndPlusWorkWithBothEncodings() {
    Http.Res a = http().getRaw(V4 + "getPatient?Collection=SBX+Head%2BNeck");
    Http.Res b = http().getRaw(V4 + "getPatient?Collection=SBX%20Head%2BNeck");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(b.body()).contains("\"Collection\":\"SBX Head+Neck\"");
    Http.Res raw = http().getRaw(V4 + "getPatient?Collection=SBX+Head+Neck");
    assertThat(raw.body()).isEmpty();
  }
}
