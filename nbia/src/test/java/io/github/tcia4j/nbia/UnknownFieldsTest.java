package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.ScriptedTransport.Answer;
import io.github.tcia4j.nbia.fixtures.WireCheck;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.nbia.model.FacetCount;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityValue;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.SeriesModality;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import io.github.tcia4j.nbia.model.StudyHit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Keys the server may add later are kept, in every record family: the one-column value lists, the
 * DICOM tag rows and every level of the nested simple-search result. Each answer here carries a key
 * no record knows.
 */
class UnknownFieldsTest {
  private static final String UID = "1.2.3.4";

  private static <T> T ask(String body, Function<NbiaClient, T> call) {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok(body));
    try (NbiaClient nbia = SimpleSearchClientTest.client(ApiVersion.V4, t)) {
      return call.apply(nbia);
    }
  }

  @Test
  void valueListsKeepUnknownKeysInServerOrder() {
    List<CollectionValue> collections = ask("[{\"Collection\":\"4D-Lung\",\"Program\":\"TCIA\",\"Size\":7}]",
        NbiaClient::getCollections);
    List<BodyPartValue> bodyParts = ask("[{\"BodyPartExamined\":\"CHEST\",\"Synonym\":\"THORAX\"},{\"Synonym\":null}]",
        NbiaClient::getBodyPart);
    List<ModalityValue> modalities = ask("[{\"Modality\":\"CT\",\"Description\":\"Computed Tomography\"}]",
        NbiaClient::getModality);
    List<ManufacturerValue> manufacturers = ask("[{\"Manufacturer\":\"SIEMENS\",\"Country\":\"DE\"}]",
        NbiaClient::getManufacturer);
    List<SopInstanceValue> instances = ask("[{\"SOPInstanceUID\":\"1.2.3.4.5\",\"InstanceNumber\":1}]",
        nbia -> nbia.getSopInstanceUids(UID));

    assertThat(collections).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("4D-Lung");
      assertThat(c.extra()).containsExactly(Map.entry("Program", "TCIA"), Map.entry("Size", 7L));
    });
    assertThat(bodyParts).hasSize(2);
    assertThat(bodyParts.get(0).extra()).containsExactly(Map.entry("Synonym", "THORAX"));
    assertThat(bodyParts.get(1).name()).isNull();
    assertThat(bodyParts.get(1).extra()).containsOnlyKeys("Synonym");
    assertThat(modalities).singleElement().satisfies(m ->
        assertThat(m.extra()).containsExactly(Map.entry("Description", "Computed Tomography")));
    assertThat(manufacturers).singleElement().satisfies(m ->
        assertThat(m.extra()).containsExactly(Map.entry("Country", "DE")));
    assertThat(instances).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("1.2.3.4.5");
      assertThat(i.extra()).containsExactly(Map.entry("InstanceNumber", 1L));
    });
  }

  @Test
  void dicomTagRowsKeepUnknownKeys() {
    List<DicomTag> tags = ask("[{\"element\":\"(0008,0060)\",\"name\":\"Modality\",\"data\":\"CT\",\"vr\":\"CS\"}]",
        nbia -> nbia.getDicomTags(UID));

    assertThat(tags).singleElement().satisfies(t -> {
      assertThat(t.data()).isEqualTo("CT");
      assertThat(t.extra()).containsExactly(Map.entry("vr", "CS"));
    });
  }

  @Test
  void everyLevelOfTheSimpleSearchResultKeepsUnknownKeys() {
    SimpleSearchResult r = ask(SimpleSearchClientTest.RESULT, nbia -> nbia.getSimpleSearch(SimpleSearch.all()));

    assertThat(r.extra()).containsExactly(Map.entry("unknown", "x"));
    PatientHit p = r.resultSet().get(0);
    assertThat(p.extra()).containsOnlyKeys("newKey");
    assertThat(p.extra().get("newKey")).isEqualTo(Map.of("a", List.of(1L)));
    StudyHit study = p.studyIdentifiers().get(0);
    assertThat(study.extra()).containsExactly(Map.entry("future", 1L));
    assertThat(study.seriesAndModality()).extracting(SeriesModality::extra).containsOnly(Map.of());
    assertThat(r.modalities()).extracting(FacetCount::extra).containsOnly(Map.of());
  }

  @Test
  void facetsAndSeriesEntriesKeepUnknownKeysToo() {
    String body = """
        {"resultSet":[{"subjectId":"P","studyIdentifiers":[{"studyIdentifier":1,"seriesIdentifiers":[2],
          "seriesAndModality":[{"seriesId":2,"modality":"MR","sopClass":"1.2.840.10008.5.1.4.1.1.4"}]}]}],
         "totalPatients":1,"bodyParts":[{"value":"BRAIN","count":1,"authorized":1}],
         "species":[{"value":"337915000","count":1,"label":"human"}]}
        """;

    SimpleSearchResult r = ask(body, nbia -> nbia.getSimpleSearch(SimpleSearch.all()));

    SeriesModality s = r.resultSet().get(0).studyIdentifiers().get(0).seriesAndModality().get(0);
    assertThat(s.seriesId()).isEqualTo(2L);
    assertThat(s.extra()).containsExactly(Map.entry("sopClass", "1.2.840.10008.5.1.4.1.1.4"));
    assertThat(r.bodyParts()).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo("BRAIN");
      assertThat(f.extra()).containsExactly(Map.entry("authorized", 1L));
    });
    assertThat(r.species()).singleElement().satisfies(f -> assertThat(f.extra()).containsEntry("label", "human"));
  }

  @Test
  void aNestedListOfNonObjectsIsADecodeErrorNamingTheKey() {
    assertThatThrownBy(() -> ask("{\"resultSet\":[\"P-1\"]}", nbia -> nbia.getSimpleSearch(SimpleSearch.all())))
        .isInstanceOf(TciaDecodeException.class).hasMessageContaining("getSimpleSearch")
        .hasMessageContaining("resultSet").hasMessageContaining("P-1");
    assertThatThrownBy(() -> ask("{\"totalPatients\":\"many\"}", nbia -> nbia.getSimpleSearch(SimpleSearch.all())))
        .isInstanceOf(TciaDecodeException.class).hasMessageContaining("totalPatients").hasMessageContaining("many");
  }

  @Test
  void noFieldIsLostForAnyValueRecord() {
    JsonCodec json = JsonCodec.standard();
    WireCheck.mapLosslessly(CollectionValue.class, json.readRows("[{\"Collection\":\"A\",\"New\":1}]"));
    WireCheck.mapLosslessly(BodyPartValue.class, json.readRows("[{\"BodyPartExamined\":\"B\",\"New\":1},{}]"));
    WireCheck.mapLosslessly(ModalityValue.class, json.readRows("[{\"Modality\":\"CT\",\"New\":\"x\"}]"));
    WireCheck.mapLosslessly(ManufacturerValue.class, json.readRows("[{\"Manufacturer\":\"GE\",\"New\":true}]"));
    WireCheck.mapLosslessly(SopInstanceValue.class, json.readRows("[{\"SOPInstanceUID\":\"1.2\",\"New\":null}]"));
    List<DicomTag> tags = WireCheck.mapLosslessly(DicomTag.class,
        json.readRows("[{\"element\":\"(0010,0010)\",\"name\":\"Patient's Name\",\"data\":\"X\",\"New\":[1]}]"));
    WireCheck.mapLosslessly(FacetCount.class, json.readRows("[{\"value\":\"CT\",\"count\":3,\"New\":1}]"));
    WireCheck.mapLosslessly(SeriesModality.class, json.readRows("[{\"seriesId\":3,\"modality\":\"CT\",\"New\":1}]"));

    assertThat(tags.get(0).extra()).containsExactly(Map.entry("New", List.of(1L)));
  }

  @Test
  void exportsUseTheServerNamesFollowedByTheUnknownColumns() {
    List<ModalityValue> modalities = ask("[{\"Modality\":\"CT\",\"Description\":\"Computed Tomography\"},"
        + "{\"Modality\":\"MR\"}]", NbiaClient::getModality);
    List<DicomTag> tags = ask("[{\"element\":\"(0008,0060)\",\"name\":\"Modality\",\"data\":\"CT\",\"vr\":\"CS\"}]",
        nbia -> nbia.getDicomTags(UID));
    List<CollectionValue> plain = ask("[{\"Collection\":\"A\"}]", NbiaClient::getCollections);

    assertThat(Export.toText(modalities, TableSchema.ofRecordWithExtras(ModalityValue.class, modalities), TableFormat.CSV))
        .startsWith("Modality,Description\n").contains("CT,Computed Tomography").contains("MR,");
    assertThat(Export.toText(tags, TableSchema.ofRecordWithExtras(DicomTag.class, tags), TableFormat.CSV))
        .startsWith("element,name,data,vr\n");
    assertThat(TableSchema.ofRecordWithExtras(CollectionValue.class, plain).names()).containsExactly("Collection");
    assertThat(TableSchema.ofRecordWithExtras(PatientHit.class, List.<PatientHit>of()).names()).containsExactly(
        "subjectId", "project", "id", "studyIdentifiers", "totalNumberOfStudies", "totalNumberOfSeries", "modalities",
        "bodyParts", "species", "timepoints", "authorized");
  }
}
