package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void optionalTrimsAndTreatsBlankAsUnset() {
    assertThat(Args.optional(" x ")).contains("x");
    assertThat(Args.optional(" \t")).isEmpty();
    assertThat(Args.optional((String) null)).isEmpty();
    assertThat(Args.optional((Optional<String>) null)).isEmpty();
    assertThat(Args.optional(Optional.of(" y"))).contains("y");
  }

  @Test
  void requiredNamesMethodAndArgument() {
    assertThat(Args.required(" C ", "m", "collection")).isEqualTo("C");
    assertThatThrownBy(() -> Args.required(" ", "getPatientByCollectionAndModality", "modality"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("getPatientByCollectionAndModality needs modality, but it was blank; pass a non-blank modality");
    assertThatThrownBy(() -> Args.required(null, "getSharedCart", "name"))
        .hasMessageContaining("getSharedCart needs name, but it was null");
  }

  @Test
  void uidChecks() {
    assertThat(Args.uid(" 1.2.840.10008.5.1.4.1.1.4 ", "u")).isEqualTo("1.2.840.10008.5.1.4.1.1.4");
    String max = "1." + "2".repeat(62);
    assertThat(Args.uid(max, "u")).hasSize(64);
    assertThatThrownBy(() -> Args.uid(max + "3", "seriesUid")).hasMessageContaining("65 characters");
    for (String bad : List.of("1.2.3a", "1..2", ".1.2", "1.2.", "1,2", "1.2 3", "1.2.3...")) {
      assertThatThrownBy(() -> Args.uid(bad, "seriesUid")).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'").hasMessageContaining("digits");
    }
    assertThatThrownBy(() -> Args.uid("", "seriesUid")).hasMessageContaining("seriesUid must be a DICOM UID");
    assertThatThrownBy(() -> Args.uid(null, "seriesUid")).hasMessageContaining("was null");
    assertThat(Args.optionalUid(Optional.of(" "), "x")).isEmpty();
  }

  @Test
  void everyRealUidInTheFixturesIsAccepted() throws IOException {
    String dir = System.getProperty("tcia4j.shared.dir");
    assumeTrue(dir != null, "tcia4j.shared.dir is not set");
    Path file = Path.of(dir, "fixtures", "notebooks", "nbia", "downloadSeries_uids_Pancreatic-CT-CBCT-SEG.json");
    assumeTrue(Files.isRegularFile(file), "fixture missing: " + file);

    List<String> uids = JsonCodec.standard().readList(Files.readString(file), String.class);

    assertThat(uids).hasSize(28).allSatisfy(uid -> assertThat(Args.uid(uid, "uid")).isEqualTo(uid));
  }
}
