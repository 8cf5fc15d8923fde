package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-02T08:00:00Z"),
      ZoneOffset.UTC);

  private static String everything(TciaSandbox s) {
    Http h = Http.of(s);
    Http guest = Tokens.guest(h);
    return h.get(V4 + "getSeries").body() + guest.get(V2 + "getSeries").body()
        + h.get(V4 + "getPatientStudy").body()
        + h.post(V4 + "getSimpleSearch", "sortField", "subject", "sortDirection", "ascending",
            "start", "0", "size", "1000").body()
        + Http.nlst(s).get(V4 + "getSeries").body();
  }

  @Test
  void sameSeedGivesByteIdenticalAnswers() {
    String a;
    String b;
    try (TciaSandbox s = TciaSandbox.builder().seed(7).clock(CLOCK).start()) {
      a = everything(s);
    }
    try (TciaSandbox s = TciaSandbox.builder().seed(7).clock(CLOCK).start()) {
      b = everything(s);
    }
    assertThat(a).isEqualTo(b).contains("SBX-Lung-CT").contains("SBX-NLST");
  }

  @Test
  void anotherSeedGivesOtherData() {
    String a;
    String b;
    try (TciaSandbox s = TciaSandbox.builder().seed(7).clock(CLOCK).start()) {
      a = Http.of(s).get(V4 + "getSeries", "Collection", "SBX-Lung-CT").body();
    }
    try (TciaSandbox s = TciaSandbox.builder().seed(8).clock(CLOCK).start()) {
      b = Http.of(s).get(V4 + "getSeries", "Collection", "SBX-Lung-CT").body();
    }
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void customCollectionsDoNotDisturbTheBuiltInOnes() {
    String a;
    String b;
    try (TciaSandbox s = TciaSandbox.builder().clock(CLOCK).start()) {
      a = Http.of(s).get(V4 + "getSeries", "Collection", "SBX-Breast-MR").body();
    }
    try (TciaSandbox s = TciaSandbox.builder().clock(CLOCK)
        .addCollection(CollectionSpec.of("SBX-Bench-CT", "CT", 3, 2)).start()) {
      b = Http.of(s).get(V4 + "getSeries", "Collection", "SBX-Breast-MR").body();
    }
    assertThat(a).isEqualTo(b);
  }
}
