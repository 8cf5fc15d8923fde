package io.github.tcia4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsTheSandboxCollections() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).contains("SBX-Lung-CT", "SBX Head+Neck");
  }

  @Test
  void readmeShowsTheSameCode() throws Exception {
    Path readme = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "README.md");
    if (!Files.exists(readme)) {
      readme = Path.of("..", "README.md");
    }
    String text = Files.readString(readme);
    assertThat(text).contains("NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())")
        .contains("nbia.getCollections().forEach(c -> System.out.println(c.name()));");
  }
}
