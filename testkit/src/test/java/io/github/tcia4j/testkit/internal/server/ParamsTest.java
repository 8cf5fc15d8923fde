package io.github.tcia4j.testkit.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void plusAndPercentTwentyBothDecodeToSpace() {
    Params p = Params.parse("Collection=SBX+Head%2BNeck&b=SBX%20Head%2BNeck");
    assertThat(p.first("Collection")).contains("SBX Head+Neck");
    assertThat(p.first("b")).contains("SBX Head+Neck");
  }

  @Test
  void keepsOrderAndRepeatedValues() {
    Params p = Params.parse("list=1&format=csv&list=2&flag&list=");
    assertThat(p.all("list")).containsExactly("1", "2", "");
    assertThat(p.names()).containsExactly("list", "format", "flag");
    assertThat(p.first("flag")).contains("");
    assertThat(p.nonEmpty("flag")).isEmpty();
    assertThat(p.first("List")).isEmpty();
  }

  @Test
  void redactsSecretsInTheMap() {
    Map<String, List<String>> m = Params.parse("username=a&password=secret")
        .toMap(Set.of("password"));
    assertThat(m).containsEntry("username", List.of("a"))
        .containsEntry("password", List.of("<redacted>"));
  }

  @Test
  void malformedEscapesAreRejected() {
    assertThatThrownBy(() -> Params.parse("a=%zz")).isInstanceOf(IllegalArgumentException.class);
  }
}
