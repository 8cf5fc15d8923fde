package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadLayoutTest {
  private static final String UID = "1.3.6.1.4.1.14519.5.2.1.99";

  static SeriesMetadata metadata(String collection, String patient, String study, String modality) {
    return new SeriesMetadata(patient, null, null, null, null, null, null, study, LocalDate.of(2020, 1, 2), null,
        null, null, null, null, null, UID, collection, null, modality, null, null, "desc", null, null, null, null,
        null, null, null, null, 3, null, "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
        "https://doi.org/10.80000/X", 1234L, null, null, null, null, null);
  }

  @Test
  void flatIsTheSeriesUid() {
    assertThat(DownloadLayout.flat().relativeFolder(UID, Optional.empty())).isEqualTo(Path.of(UID));
    assertThat(DownloadLayout.flat().isFlat()).isTrue();
    assertThat(DownloadLayout.flat().pattern()).isEmpty();
  }

  @Test
  void templatesFillInMetadata() {
    DownloadLayout layout = DownloadLayout.template(
        "{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}");
    Path folder = layout.relativeFolder(UID, Optional.of(metadata("SBX-Lung-CT", "LUNG-001", "1.2.3", "CT")));
    assertThat(folder).isEqualTo(Path.of("SBX-Lung-CT", "LUNG-001", "1.2.3", "CT_" + UID));
    assertThat(layout.pattern()).hasValue("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}");
    assertThat(DownloadLayout.template("{StudyDate}/{SeriesInstanceUID}").relativeFolder(UID,
        Optional.of(metadata("c", "p", "s", "m")))).isEqualTo(Path.of("2020-01-02", UID));
  }

  @Test
  void valuesAreCleanedIntoSafeFolderNames() {
    DownloadLayout layout = DownloadLayout.template("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}");
    Path folder = layout.relativeFolder(UID, Optional.of(metadata("SBX Head+Neck/../..", "..", "CON", "a\tb:c")));
    assertThat(folder.getNameCount()).isEqualTo(4);
    assertThat(folder.getName(0)).hasToString("SBX Head+Neck_.._");
    assertThat(folder.getName(1)).hasToString("unknown");
    assertThat(folder.getName(2)).hasToString("_CON");
    assertThat(folder.getName(3)).hasToString("a_b_c_" + UID);
    folder.forEach(p -> assertThat(p.toString()).doesNotContain("/", "\\", "\t", ":").isNotEqualTo(".."));
    assertThat(layout.relativeFolder(UID, Optional.empty()))
        .isEqualTo(Path.of("unknown", "unknown", "unknown", "unknown_" + UID));
  }

  @Test
  void longValuesAreCutWithAHashSoTheyStayApart() {
    String a = DownloadLayout.clean("x".repeat(200) + "a");
    String b = DownloadLayout.clean("x".repeat(200) + "b");
    assertThat(a).hasSize(120).startsWith("xxxx").isNotEqualTo(b);
    assertThat(DownloadLayout.clean("  trailing dots... ")).isEqualTo("trailing dots");
    assertThat(DownloadLayout.clean("a\u0001b")).isEqualTo("a_b");
  }

  @Test
  void badTemplatesFailAtBuildTimeWithTheValidPlaceholders() {
    assertThatThrownBy(() -> DownloadLayout.template("{Collection}/{Patient}/{SeriesInstanceUID}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown placeholder {Patient}")
        .hasMessageContaining("{PatientID}").hasMessageContaining("{Modality}");
    assertThatThrownBy(() -> DownloadLayout.template("{Collection}")).hasMessageContaining("{SeriesInstanceUID}");
    assertThatThrownBy(() -> DownloadLayout.template("../{SeriesInstanceUID}")).hasMessageContaining("'..'");
    assertThatThrownBy(() -> DownloadLayout.template("/abs/{SeriesInstanceUID}")).hasMessageContaining("relative");
    assertThatThrownBy(() -> DownloadLayout.template("a\\{SeriesInstanceUID}")).hasMessageContaining("not \\");
    assertThatThrownBy(() -> DownloadLayout.template("a//{SeriesInstanceUID}")).hasMessageContaining("empty folder");
    assertThatThrownBy(() -> DownloadLayout.template("{Collection/{SeriesInstanceUID}")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> DownloadLayout.template(" ")).hasMessageContaining("blank");
    assertThat(DownloadLayout.placeholders()).contains("Collection", "PatientID", "StudyInstanceUID", "Modality",
        "SeriesInstanceUID");
  }

  @Test
  void malformedUidsNeverBecomePaths() {
    assertThatThrownBy(() -> DownloadLayout.flat().relativeFolder("../1.2", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a DICOM UID");
  }

  @Test
  void equality() {
    assertThat(DownloadLayout.template("{SeriesInstanceUID}")).isEqualTo(DownloadLayout.template("{SeriesInstanceUID}"))
        .isNotEqualTo(DownloadLayout.flat());
    assertThat(DownloadLayout.flat()).hasToString("DownloadLayout[flat]");
  }
}
