package io.github.tcia4j.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.Host;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "First attempts fail" rules, per-series counting and series-targeted rules. */
class FaultRetryRulesTest {
  private static final Optional<String> A = Optional.of("1.2.3.1");
  private static final Optional<String> B = Optional.of("1.2.3.2");

  private static String outcome(FaultDecision d) {
    return d.errorStatus() != 0 ? "E" + d.errorStatus() : d.rateLimited() ? "429"
        : d.streamFault().map(Enum::name).orElse("ok");
  }

  private static List<String> run(FaultPlanner p, Optional<String> series, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(outcome(p.decide(Host.NBIA, "v4", "getImage", series)));
    }
    return out;
  }

  @Test
  void streamFaultsFollowTheFailuresAndRateLimits() {
    FaultRule r = FaultRule.builder().failFirst(1).rateLimitFirst(1)
        .streamFaultFirst(StreamFaultKind.TRUNCATE, 2).build();
    FaultPlanner p = new FaultPlanner(FaultProfile.builder().endpoint("getImage", r).build(), 1);
    assertThat(run(p, Optional.empty(), 6))
        .containsExactly("E500", "429", "TRUNCATE", "TRUNCATE", "ok", "ok");
    assertThat(r.hasStreamFaults()).isTrue();
  }

  @Test
  void perSeriesRulesCountEachSeriesOnItsOwn() {
    FaultRule r = FaultRule.builder().streamFaultFirst(StreamFaultKind.RESET, 1).perSeries(true)
        .build();
    FaultPlanner p = new FaultPlanner(FaultProfile.builder().endpoint("getImage", r).build(), 1);
    assertThat(run(p, A, 2)).containsExactly("RESET", "ok");
    assertThat(run(p, B, 1)).containsExactly("RESET");
    assertThat(run(p, A, 1)).containsExactly("ok");
    assertThat(run(p, Optional.empty(), 2)).as("no series: counted per endpoint")
        .containsExactly("RESET", "ok");
  }

  @Test
  void perSeriesRollsDoNotDependOnInterleaving() {
    FaultRule r = FaultRule.builder().resetProbability(0.3).corruptProbability(0.3)
        .perSeries(true).build();
    FaultProfile profile = FaultProfile.builder().endpoint("getImage", r).build();
    FaultPlanner alone = new FaultPlanner(profile, 5);
    List<String> a = run(alone, A, 20);
    FaultPlanner mixed = new FaultPlanner(profile, 5);
    List<String> interleaved = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      run(mixed, B, 1);
      interleaved.addAll(run(mixed, A, 1));
    }
    assertThat(interleaved).isEqualTo(a);
    assertThat(a).contains("RESET", "CORRUPT", "ok");
  }

  @Test
  void seriesRulesHitOnlyTheirSeriesAndCountPerSeries() {
    FaultRule fail = FaultRule.builder().failFirst(1).build();
    FaultRule v2 = FaultRule.builder().failFirst(2).build();
    FaultProfile profile = FaultProfile.builder().series("getImage", A.get(), fail)
        .series("v2/getImage", A.get(), v2).build();
    FaultPlanner p = new FaultPlanner(profile, 1);
    assertThat(run(p, B, 2)).containsExactly("ok", "ok");
    assertThat(run(p, A, 2)).containsExactly("E500", "ok");
    assertThat(profile.ruleFor("v2", "getImage", A)).isEqualTo(v2);
    assertThat(profile.ruleFor("v4", "getImage", A)).isEqualTo(fail);
    assertThat(profile.ruleFor("v4", "getImage", B)).isEqualTo(FaultRule.NONE);
    assertThat(profile.ruleFor("v4", "getSeries", A)).isEqualTo(FaultRule.NONE);
    assertThat(profile.toBuilder().build().seriesRules()).isEqualTo(profile.seriesRules());
    assertThat(profile.toString()).contains(A.get());
  }

  @Test
  void theOldEntryPointIsTheOneWithoutSeries() {
    FaultProfile profile = FaultProfile.builder().defaults(FaultRule.builder()
        .failureProbability(0.4).resetProbability(0.4).build()).build();
    FaultPlanner a = new FaultPlanner(profile, 11);
    FaultPlanner b = new FaultPlanner(profile, 11);
    for (int i = 0; i < 30; i++) {
      assertThat(outcome(a.decide(Host.NBIA, "v4", "getImage")))
          .isEqualTo(outcome(b.decide(Host.NBIA, "v4", "getImage", A)));
    }
  }

  @Test
  void onceProfilesFailEachSeriesFirstDownload() {
    for (String name : List.of("reset-once", "truncate-once", "corrupt-once", "stall-once")) {
      FaultProfile p = FaultProfile.named(name);
      for (String endpoint : List.of("getImage", "getImageWithMD5Hash", "getDCMImage",
          "getSingleImage")) {
        FaultRule r = p.ruleFor("v4", endpoint);
        assertThat(r.perSeries()).isTrue();
        assertThat(r.streamFaultFirst()).isEqualTo(1);
        assertThat(r.firstStreamFault().name().toLowerCase())
            .isEqualTo(name.substring(0, name.indexOf('-')));
      }
      assertThat(p.ruleFor("v4", "getSeries")).isEqualTo(FaultRule.NONE);
    }
    assertThat(FaultProfile.named("stall-once").ruleFor("v1", "getImage").stallDuration())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void badRetrySettingsAreRejected() {
    assertThatThrownBy(() -> FaultRule.builder().streamFaultFirst(StreamFaultKind.RESET, -1)
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streamFaultFirst");
    assertThatThrownBy(() -> FaultRule.builder().streamFaultFirst(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> FaultProfile.builder().series("getImage", " ", FaultRule.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesInstanceUid");
    assertThatThrownBy(() -> FaultProfile.builder().series("get Image", "1.2", FaultRule.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces");
  }
}
