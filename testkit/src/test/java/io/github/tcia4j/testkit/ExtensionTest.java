package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {

  @Test
  void theSandboxIsOnlyAvailableWhileRunning() {
    assertThatThrownBy(() -> TciaSandboxExtension.withDefaults().sandbox())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("@RegisterExtension");
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    static final TciaSandboxExtension EXT = TciaSandbox.builder().seed(9).extension();
    private static int firstPort;

    @Test
    @Order(1)
    void parameterIsTheSharedSandbox(TciaSandbox sandbox) {
      assertThat(sandbox).isSameAs(EXT.sandbox());
      assertThat(sandbox.seed()).isEqualTo(9);
      firstPort = sandbox.port(Host.NBIA);
      Http.of(sandbox).get(V4 + "getCollectionValues");
      assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    @Order(2)
    void theLogIsClearedBetweenTests(TciaSandbox sandbox) {
      assertThat(sandbox.port(Host.NBIA)).isEqualTo(firstPort);
      assertThat(sandbox.requests()).isEmpty();
      assertThat(sandbox.counters().total()).isZero();
    }
  }

  @Nested
  class PerTest {
    @RegisterExtension
    final TciaSandboxExtension ext = TciaSandboxExtension.withDefaults();

    @Test
    void anInstanceFieldStartsASandboxForTheTest(TciaSandbox sandbox) {
      assertThat(sandbox).isSameAs(ext.sandbox());
      assertThat(Http.of(sandbox).get(V4 + "getCollectionValues").status()).isEqualTo(200);
    }
  }
}
