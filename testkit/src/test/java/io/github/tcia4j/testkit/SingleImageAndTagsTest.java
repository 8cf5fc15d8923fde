package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SeriesReference;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.dicom.TagRow;
import io.github.tcia4j.testkit.internal.json.JsonReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** getSingleImage, the MD5 endpoints and getDicomTags against the zips and the data model. */
class SingleImageAndTagsTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  private static Series first(String modality) {
    return data().series().stream().filter(s -> s.visible() && s.modality().equals(modality)
        && !s.collection().equals(TciaSandbox.RESTRICTED_COLLECTION)).findFirst().orElseThrow();
  }

  private static Instance firstInDatabaseOrder(Series s) {
    return data().instances(s.seriesInstanceUid()).stream()
        .min(Comparator.comparing(Instance::sopInstanceUid)).orElseThrow();
  }

  @Test
  void singleImageBytesEqualTheZipEntry() {
    Series s = first("CT");
    List<Zips.Entry> zip = Zips.entries(http().get(V4 + "getImage", "SeriesInstanceUID",
        s.seriesInstanceUid(), "NewFileNames", "Yes").raw().body());
    Instance second = data().instances(s.seriesInstanceUid()).get(1);
    Http.Res r = http().get(V4 + "getSingleImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "SOPInstanceUID", second.sopInstanceUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/dicom");
    assertThat(r.header("Content-Disposition"))
        .hasValue("attachment; filename=" + second.sopInstanceUid() + ".dcm");
    assertThat(r.raw().body()).isEqualTo(zip.get(2).data()).hasSize((int) second.fileSize());
    Http.Res v1 = http().get(V1 + "getSingleImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "SOPInstanceUID", second.sopInstanceUid());
    assertThat(v1.raw().body()).isEqualTo(r.raw().body());
  }

  @Test
  void md5EndpointsMatchTheFileAndTheList() {
    Series s = first("MR");
    List<Zips.Entry> zip = Zips.entries(http().get(V4 + "getImage", "SeriesInstanceUID",
        s.seriesInstanceUid(), "IncludeMD5", "yes").raw().body());
    Map<String, String> listed = Zips.md5List(zip);
    Instance i = firstInDatabaseOrder(s);
    Http.Res v4 = http().get(V4 + "getMD5HashForImage", "SOPInstanceUID", i.sopInstanceUid());
    assertThat(v4.status()).isEqualTo(200);
    assertThat(v4.contentType()).isEqualTo("text/plain");
    assertThat(v4.body()).matches("[0-9a-f]{32}").isEqualTo(listed.get("00000001.dcm"))
        .isEqualTo(Zips.entry(zip, "00000001.dcm").md5())
        .isEqualTo(SyntheticDicom.md5Hex(InstanceSpecs.of(data(), s, i)));
    assertThat(http().get(V1 + "getM5HashForImage", "SOPInstanceUid", i.sopInstanceUid())
        .body()).isEqualTo(v4.body());
    assertThat(Tokens.guest(http()).get(V2 + "getM5HashForImage", "SOPInstanceUid",
        i.sopInstanceUid()).body()).isEqualTo(v4.body());
  }

  @Test
  void dicomTagsAreTheRowsOfTheFirstImage() {
    Series s = first("CT");
    Http.Res r = http().get(V4 + "getDicomTags", "SeriesUID", s.seriesInstanceUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/json");
    List<Map<String, Object>> rows = Json.rows(r.body());
    List<TagRow> expected = SyntheticDicom.tagRows(
        InstanceSpecs.of(data(), s, firstInDatabaseOrder(s)));
    assertThat(rows).hasSize(expected.size());
    for (int k = 0; k < rows.size(); k++) {
      Map<String, Object> row = rows.get(k);
      assertThat(List.copyOf(row.keySet())).containsExactly("element", "name", "data");
      TagRow t = expected.get(k);
      assertThat(row.get("element")).isEqualTo(t.element());
      assertThat(row.get("name")).isEqualTo(t.name());
      Object data = row.get("data");
      assertThat(data == JsonReader.NULL ? null : data).isEqualTo(t.data());
    }
    assertThat(r.body()).startsWith("[{\"element\":\"(0002,0000)\"").contains("\"data\":null")
        .contains("{\"element\":\"(7FE0,0010)\",\"name\":\"Pixel Data\",\"data\":\"...\"}");
    String zipFirst = Zips.entries(http().get(V4 + "getImage", "SeriesInstanceUID",
        s.seriesInstanceUid()).raw().body()).get(1).text();
    assertThat(zipFirst).contains(firstInDatabaseOrder(s).sopInstanceUid());
    Http.Res advanced = Tokens.guest(http()).get(ADV + "getDicomTags", "SeriesUID",
        s.seriesInstanceUid());
    assertThat(advanced.body()).isEqualTo(r.body());
  }

  @Test
  void segmentationTagsNameTheReferencedSeries() {
    Series seg = first("SEG");
    List<Map<String, Object>> rows = Json.rows(http().get(V4 + "getDicomTags", "SeriesUID",
        seg.seriesInstanceUid()).body());
    Optional<String> found = following(rows, ">(0008,114A)", "End Referenced Instance Sequence",
        ">(0020,000E)");
    SeriesReference ref = seg.references().get(0);
    assertThat(found).hasValue(ref.seriesInstanceUid());
    assertThat(data().series(ref.seriesInstanceUid())).isPresent();
  }

  @Test
  void structureSetTagsNameTheReferencedSeries() {
    Series rt = first("RTSTRUCT");
    List<Map<String, Object>> rows = Json.rows(http().get(V4 + "getDicomTags", "SeriesUID",
        rt.seriesInstanceUid()).body());
    Optional<String> found = following(rows, ">>(3006,0014)", null, ">>>(0020,000E)");
    SeriesReference ref = rt.references().get(0);
    assertThat(found).hasValue(ref.seriesInstanceUid());
    assertThat(data().instances(ref.seriesInstanceUid())).extracting(Instance::sopInstanceUid)
        .containsExactlyElementsOf(ref.sopInstanceUids());
  }

  /** The data of the row after the first row with the given element (and name), like getSegRefSeries. */
  private static Optional<String> following(List<Map<String, Object>> rows, String element,
      String name, String next) {
    List<String> hits = new ArrayList<>();
    for (int k = 0; k + 1 < rows.size(); k++) {
      Map<String, Object> row = rows.get(k);
      if (row.get("element").equals(element) && (name == null || row.get("name").equals(name))
          && rows.get(k + 1).get("element").equals(next)) {
        hits.add((String) rows.get(k + 1).get("data"));
      }
    }
    return hits.stream().findFirst();
  }
}
