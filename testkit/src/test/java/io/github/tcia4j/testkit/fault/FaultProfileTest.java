package io.github.tcia4j.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.Host;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultProfileTest {

  @Test
  void namedProfilesExistAndUnknownNamesAreListed() {
    for (String name : FaultProfile.names()) {
      assertThat(FaultProfile.named(name.toUpperCase()).name()).isEqualTo(name);
    }
    assertThat(FaultProfile.named("slow").defaults().latency()).isEqualTo(Duration.ofMillis(150));
    assertThat(FaultProfile.named("slow").defaults().bytesPerSecond()).isEqualTo(10_000_000L);
    assertThat(FaultProfile.named("outage").ruleFor("v4", "getImage").failureProbability())
        .isEqualTo(1.0);
    assertThat(FaultProfile.named("outage").ruleFor("v4", "getSeries")).isEqualTo(FaultRule.NONE);
    assertThat(FaultProfile.named("congested").totalBytesPerSecond()).isEqualTo(20_000_000L);
    assertThatThrownBy(() -> FaultProfile.named("chaos"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'chaos'").hasMessageContaining("flaky");
  }

  @Test
  void theMostSpecificKeyWins() {
    FaultRule any = FaultRule.builder().latency(Duration.ofMillis(1)).build();
    FaultRule one = FaultRule.builder().latency(Duration.ofMillis(2)).build();
    FaultRule v4 = FaultRule.builder().latency(Duration.ofMillis(3)).build();
    FaultProfile p = FaultProfile.builder().defaults(any).endpoint("getSeries", one)
        .endpoint("v4/getSeries", v4).build();
    assertThat(p.ruleFor("v4", "getSeries")).isEqualTo(v4);
    assertThat(p.ruleFor("v2", "getSeries")).isEqualTo(one);
    assertThat(p.ruleFor("v2", "getPatient")).isEqualTo(any);
    assertThat(p.toBuilder().build().endpoints()).hasSize(2);
  }

  @Test
  void badSettingsAreRejectedWithTheirNames() {
    assertThatThrownBy(() -> FaultRule.builder().failureProbability(1.5).build())
        .hasMessageContaining("failureProbability");
    assertThatThrownBy(() -> FaultRule.builder().failureStatus(404).build())
        .hasMessageContaining("failureStatus");
    assertThatThrownBy(() -> FaultRule.builder().latency(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("latency");
    assertThatThrownBy(() -> FaultRule.builder().resetProbability(0.6).truncateProbability(0.6)
        .build()).hasMessageContaining("add up to");
    assertThatThrownBy(() -> FaultProfile.builder().endpoint("get Series", FaultRule.NONE))
        .hasMessageContaining("without spaces");
    assertThatThrownBy(() -> FaultProfile.builder().totalBytesPerSecond(-1))
        .hasMessageContaining("totalBytesPerSecond");
  }

  @Test
  void failFirstThenRateLimitFirstThenServe() {
    FaultRule r = FaultRule.builder().failFirst(2).rateLimitFirst(1)
        .retryAfter(Duration.ofMillis(1500)).build();
    FaultPlanner planner = new FaultPlanner(FaultProfile.builder().defaults(r).build(), 1);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      FaultDecision d = planner.decide(Host.NBIA, "v4", "getSeries");
      outcomes.add(d.errorStatus() != 0 ? "E" + d.errorStatus() : d.rateLimited() ? "429" : "ok");
      if (d.rateLimited()) {
        assertThat(d.retryAfterSeconds()).isEqualTo(2);
      }
    }
    assertThat(outcomes).containsExactly("E500", "E500", "429", "ok");
    // other endpoints and hosts count separately
    assertThat(planner.decide(Host.NBIA, "v4", "getPatient").errorStatus()).isEqualTo(500);
    assertThat(planner.decide(Host.NLST, "v4", "getSeries").errorStatus()).isEqualTo(500);
  }

  @Test
  void decisionsAreReproducibleFromTheSeed() {
    FaultProfile p = FaultProfile.builder().defaults(FaultRule.builder()
        .failureProbability(0.3).rateLimitProbability(0.3).resetProbability(0.25)
        .truncateProbability(0.25).stallProbability(0.25).corruptProbability(0.25).build())
        .build();
    List<String> a = run(new FaultPlanner(p, 7));
    List<String> b = run(new FaultPlanner(p, 7));
    List<String> c = run(new FaultPlanner(p, 8));
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    assertThat(a).anyMatch(s -> s.startsWith("E500")).anyMatch(s -> s.startsWith("429"))
        .anyMatch(s -> s.contains("RESET")).anyMatch(s -> s.contains("CORRUPT"));
  }

  private static List<String> run(FaultPlanner planner) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      FaultDecision d = planner.decide(Host.NBIA, "v4", "getImage");
      Optional<StreamFaultKind> s = d.streamFault();
      out.add((d.errorStatus() != 0 ? "E" + d.errorStatus() : d.rateLimited() ? "429" : "ok")
          + s.map(k -> ":" + k + "@" + d.streamFaultOffset(1000)).orElse(""));
      assertThat(d.streamFaultPosition()).isBetween(0.05, 0.95);
    }
    return out;
  }

  @Test
  void wrapBodyLeavesStreamsWithoutFaultAlone() {
    FaultPlanner planner = new FaultPlanner(FaultProfile.none(), 1);
    FaultDecision d = planner.decide(Host.NBIA, "v4", "getImage");
    java.io.OutputStream out = new java.io.ByteArrayOutputStream();
    assertThat(d.wrapBody(out, 10, Sleeper.SYSTEM, k -> { })).isSameAs(out);
    assertThat(d.streamFaultOffset(-1)).isLessThan(FaultDecision.UNKNOWN_LENGTH_WINDOW);
  }
}
