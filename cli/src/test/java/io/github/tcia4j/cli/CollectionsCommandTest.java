package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.TciaSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionsCommandTest {
  private static TciaSandbox sandbox;
  private static List<String> expected;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
    expected = sandbox.dataset(io.github.tcia4j.testkit.Host.NBIA).collections().stream()
        .filter(c -> !c.restricted())
        .map(c -> c.name()).sorted().toList();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void tableListsEveryPublicCollectionOfTheSandbox() {
    CliRun run = CliRun.of("collections", "--base-url", sandbox.nbiaUrl());
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0).trim()).isEqualTo("Collection");
    assertThat(lines.get(1)).matches("-+");
    assertThat(lines.subList(2, lines.size())).containsExactlyElementsOf(expected);
  }

  @Test
  void embeddedSandboxWorksOfflineAndCsvHasTheTciaUtilsHeader() {
    CliRun run = CliRun.of("collections", "--sandbox", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Collection\n");
    assertThat(run.out().lines().skip(1).toList()).containsExactlyElementsOf(expected);
  }

  @Test
  void jsonAndJsonLinesAreMachineReadable() {
    CliRun json = CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-f", "json");
    assertThat(json.out().trim()).startsWith("[{\"Collection\":").endsWith("}]");
    CliRun jsonl = CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-f", "JSONL");
    assertThat(jsonl.out().lines().toList()).hasSize(expected.size())
        .allMatch(l -> l.startsWith("{\"Collection\":"));
  }

  @Test
  void theOutputFileExtensionChoosesTheFormatUnlessFormatIsGiven(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("c.csv");
    Path jsonl = dir.resolve("c.JSONL");
    Path json = dir.resolve("c.json");
    Path forcedTable = dir.resolve("t.csv");
    Path txt = dir.resolve("c.txt");
    assertThat(CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-o", csv.toString()).exitCode()).isZero();
    assertThat(CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-o", jsonl.toString()).exitCode()).isZero();
    assertThat(CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-o", json.toString()).exitCode()).isZero();
    assertThat(CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-f", "table", "-o", forcedTable.toString())
        .exitCode()).isZero();
    assertThat(CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-o", txt.toString()).exitCode()).isZero();

    assertThat(Files.readString(csv)).startsWith("Collection\n");
    assertThat(Files.readAllLines(jsonl)).hasSize(expected.size()).allMatch(l -> l.startsWith("{\"Collection\":"));
    assertThat(Files.readString(json)).startsWith("[{\"Collection\":");
    assertThat(Files.readAllLines(forcedTable).get(1)).matches("-+");
    assertThat(Files.readAllLines(txt).get(1)).matches("-+");
  }

  @Test
  void aBadCommandLineGivesTheMessageAndAHintNotTheWholeHelp() {
    CliRun run = CliRun.of("collections", "--sandbox", "--fromat=csv");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).contains("tcia: Unknown option: '--fromat=csv'")
        .contains("Try 'tcia collections --help' for the options.")
        .doesNotContain("Usage:");
    assertThat(run.err().lines().count()).isLessThan(10);

    CliRun empty = CliRun.of("series", "--sandbox", "--collection", " ");
    assertThat(empty.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(empty.err()).contains("--collection").contains("the value is empty")
        .doesNotContain("SeriesQuery");

    CliRun typo = CliRun.of("colections", "--sandbox");
    assertThat(typo.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(typo.err()).contains("Did you mean").contains("collections").contains("Try 'tcia --help'")
        .doesNotContain("Usage:");
  }

  @Test
  void outputFileIsWrittenAndReported(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/collections.csv");
    CliRun run = CliRun.of("collections", "--base-url", sandbox.nbiaUrl(), "-f", "csv", "-o", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Wrote " + expected.size() + " rows to");
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(expected.size() + 1);
  }

  @Test
  void badFormatAndBadUrlAndConflictingServersAreUsageErrors() {
    CliRun format = CliRun.of("collections", "--sandbox", "-f", "xlsx");
    assertThat(format.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(format.err()).contains("'xlsx' is not a format").contains("csv");

    CliRun url = CliRun.of("collections", "--base-url", "nbia.cancerimagingarchive.net");
    assertThat(url.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(url.err()).contains("must start with http:// or https://");

    CliRun apiPath = CliRun.of("collections", "--base-url", "https://host/nbia-api/services/v4");
    assertThat(apiPath.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(apiPath.err()).contains("use 'https://host'");

    CliRun both = CliRun.of("collections", "--sandbox", "--nlst");
    assertThat(both.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(both.err()).contains("Choose one server");
  }

  @Test
  void unreachableServerIsAFailureWithOneReadableLine() {
    CliRun run = CliRun.of("collections", "--base-url", "http://127.0.0.1:1");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.FAILED);
    assertThat(run.err()).startsWith("tcia: ").contains("Connection refused").contains("127.0.0.1:1")
        .doesNotContain("\tat ");
  }

  @Test
  void withoutSubcommandShowsUsage() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("collections").contains("sandbox");
  }
}
