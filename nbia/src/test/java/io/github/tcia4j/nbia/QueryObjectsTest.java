package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryObjectsTest {

  @Test
  void blankFiltersMeanNotSetAndValuesAreTrimmed() {
    ValueQuery q = ValueQuery.collection("  4D-Lung ").withModality(" ").withBodyPart(null).withManufacturer("");

    assertThat(q.collection()).contains("4D-Lung");
    assertThat(q.modality()).isEmpty();
    assertThat(q.bodyPart()).isEmpty();
    assertThat(q.manufacturer()).isEmpty();
    assertThat(q.setFilters()).containsExactly("collection");
    assertThat(q).hasToString("ValueQuery[collection=4D-Lung]");
    assertThat(new ValueQuery(null, Optional.of("\t"), null, null)).isEqualTo(ValueQuery.all());
    assertThat(ValueQuery.all().isEmpty()).isTrue();
    assertThat(ValueQuery.modality("CT").isEmpty()).isFalse();
  }

  @Test
  void withMethodsReturnNewQueriesAndKeepTheOthers() {
    ValueQuery base = ValueQuery.collection("A");
    ValueQuery more = base.withModality("CT").withBodyPart("CHEST").withManufacturer("GE");

    assertThat(base.modality()).isEmpty();
    assertThat(more).hasToString("ValueQuery[collection=A, modality=CT, bodyPart=CHEST, manufacturer=GE]");
    assertThat(more.withCollection(null).setFilters()).containsExactly("modality", "bodyPart", "manufacturer");
    assertThat(ValueQuery.bodyPart("LUNG").bodyPart()).contains("LUNG");
    assertThat(ValueQuery.manufacturer("GE").manufacturer()).contains("GE");
  }

  @Test
  void seriesQueryHoldsAllEightFilters() {
    String study = "1.2.3";
    String series = "1.2.3.4";
    SeriesQuery q = SeriesQuery.collection("C").withPatientId("P").withStudyUid(study).withSeriesUid(series)
        .withModality("MR").withBodyPart("BRAIN").withManufacturer("SIEMENS").withManufacturerModel("Skyra");

    assertThat(q).hasToString("SeriesQuery[collection=C, patientId=P, studyUid=1.2.3, seriesUid=1.2.3.4,"
        + " modality=MR, bodyPart=BRAIN, manufacturer=SIEMENS, manufacturerModel=Skyra]");
    assertThat(q.isEmpty()).isFalse();
    assertThat(SeriesQuery.all().isEmpty()).isTrue();
    assertThat(SeriesQuery.all()).hasToString("SeriesQuery[]");
    assertThat(SeriesQuery.collection(null).isEmpty()).isTrue();
    assertThat(SeriesQuery.all().withCollection(" ").isEmpty()).isTrue();
    assertThat(SeriesQuery.patientId("P").patientId()).contains("P");
    assertThat(SeriesQuery.studyUid(study).studyUid()).contains(study);
    assertThat(SeriesQuery.seriesUid(" " + series + " ").seriesUid()).contains(series);
    assertThat(SeriesQuery.modality("CT").modality()).contains("CT");
  }

  @Test
  void seriesQueryRejectsMalformedUids() {
    assertThatThrownBy(() -> SeriesQuery.seriesUid("1.2.abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesUid '1.2.abc' is not a valid DICOM UID");
    assertThatThrownBy(() -> SeriesQuery.collection("C").withStudyUid("1." + "2".repeat(70)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("studyUid").hasMessageContaining("at most 64");
  }

  @Test
  void studyQuery() {
    StudyQuery q = StudyQuery.collection("TCGA-BLCA").withPatientId("TCGA-CU-A3QU").withStudyUid("1.3.6.1");

    assertThat(q).hasToString("StudyQuery[collection=TCGA-BLCA, patientId=TCGA-CU-A3QU, studyUid=1.3.6.1]");
    assertThat(q.withCollection("").collection()).isEmpty();
    assertThat(StudyQuery.all().isEmpty()).isTrue();
    assertThat(StudyQuery.patientId("P").isEmpty()).isFalse();
    assertThat(StudyQuery.studyUid("1.2").studyUid()).contains("1.2");
    assertThatThrownBy(() -> StudyQuery.studyUid("1.2.x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("studyUid '1.2.x'");
  }

  @Test
  void factoriesThatNameOneThingRefuseABlankValue() {
    List<org.junit.jupiter.api.function.Executable> calls = List.of(
        () -> SeriesQuery.seriesUid(" "), () -> SeriesQuery.studyUid(""), () -> SeriesQuery.collection("  "),
        () -> SeriesQuery.patientId("\t"), () -> SeriesQuery.modality(" "),
        () -> StudyQuery.collection(" "), () -> StudyQuery.patientId(""), () -> StudyQuery.studyUid(" "),
        () -> ValueQuery.collection(" "), () -> ValueQuery.modality(""), () -> ValueQuery.bodyPart(" "),
        () -> ValueQuery.manufacturer(" "));
    for (org.junit.jupiter.api.function.Executable call : calls) {
      assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value; pass").hasMessageContaining(".all() to query without this filter");
    }
    assertThatThrownBy(() -> SeriesQuery.seriesUid(" "))
        .hasMessage("SeriesQuery.seriesUid was given a blank value; pass a Series Instance UID, or use"
            + " SeriesQuery.all() to query without this filter (a blank value would ask for everything)");
    assertThatThrownBy(() -> StudyQuery.collection(""))
        .hasMessageStartingWith("StudyQuery.collection was given an empty value; pass a collection name");
  }

  @Test
  void nullInAFactoryAndBlankInAWithMethodStillMeanNotSet() {
    assertThat(SeriesQuery.seriesUid(null)).isEqualTo(SeriesQuery.all());
    assertThat(StudyQuery.collection(null)).isEqualTo(StudyQuery.all());
    assertThat(ValueQuery.collection(null)).isEqualTo(ValueQuery.all());
    assertThat(SeriesQuery.collection("C").withSeriesUid(" ").seriesUid()).isEmpty();
    assertThat(StudyQuery.collection("C").withPatientId("").patientId()).isEmpty();
    assertThat(ValueQuery.collection("C").withModality(" ").modality()).isEmpty();
  }

  @Test
  void getStudyOfACollectionNeedsTheCollection() {
    try (NbiaClient nbia = NbiaClient.connect("http://127.0.0.1:9")) {
      assertThatThrownBy(() -> nbia.getStudy((String) null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("getStudy needs collection, but it was null");
      assertThatThrownBy(() -> nbia.getStudy(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("getStudy needs collection, but it was blank");
    }
  }
}
