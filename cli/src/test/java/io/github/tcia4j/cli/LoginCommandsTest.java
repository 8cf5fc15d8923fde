package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SharedCart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands with a login against a sandbox: --credentials FILE (the NBIA Data Retriever file),
 * tcia cart create (makeSharedCart) and tcia qc (getAdvancedQCSearch).
 */
class LoginCommandsTest {
  private static final String LUNG = "SBX-Lung-CT";
  private static final String RESTRICTED = TciaSandbox.RESTRICTED_COLLECTION;

  private static TciaSandbox sandbox;
  private static Dataset data;

  @TempDir static Path dir;
  private static Path researcher;
  private static Path curator;

  @BeforeAll
  static void start() throws Exception {
    sandbox = TciaSandbox.start();
    data = sandbox.dataset(Host.NBIA);
    researcher = credentials("researcher.txt", TciaSandbox.RESEARCHER, TciaSandbox.RESEARCHER_PASSWORD);
    curator = credentials("curator.txt", TciaSandbox.CURATOR, TciaSandbox.CURATOR_PASSWORD);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Path credentials(String name, String user, String password) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "userName=" + user + "\npassWord=" + password + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static CliRun run(String... args) {
    return CliRun.against(sandbox.nbiaUrl(), args);
  }

  private static List<Map<String, Object>> json(CliRun run) {
    return run.jsonRows();
  }

  private static List<String> csvRows(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().skip(1).toList();
  }

  private static List<String> uids(String collection, int count) {
    return data.series().stream().filter(s -> s.visible() && s.collection().equals(collection))
        .map(Series::seriesInstanceUid).limit(count).toList();
  }

  // ---- --credentials FILE ---------------------------------------------------------------------

  @Test
  void aCredentialFileShowsTheRestrictedCollectionToItsUser() {
    assertThat(csvRows(run("collections", "--api", "V2", "--credentials", researcher.toString(), "-f", "csv")))
        .contains(RESTRICTED, LUNG);
    assertThat(csvRows(run("collections", "--credentials", researcher.toString(), "-f", "csv")))
        .as("v4 with a login adds the user's restricted collections").contains(RESTRICTED);
    assertThat(csvRows(run("collections", "--api", "V2", "-f", "csv"))).as("guest").contains(LUNG)
        .doesNotContain(RESTRICTED);

    Series restricted = data.series().stream().filter(s -> s.visible() && s.collection().equals(RESTRICTED))
        .findFirst().orElseThrow();
    List<Map<String, Object>> series = json(run("series", "--collection", RESTRICTED, "--api", "V2",
        "--credentials", researcher.toString(), "-f", "json"));
    assertThat(series).extracting(r -> r.get("SeriesInstanceUID")).contains(restricted.seriesInstanceUid());
  }

  @Test
  void aWrongPasswordIsAClearFailureThatNeverShowsThePassword() throws Exception {
    String secret = "Wrong-Secret-7731";
    Path file = credentials("wrong.txt", TciaSandbox.RESEARCHER, secret);

    CliRun run = run("collections", "--api", "V2", "--credentials", file.toString());

    assertThat(run.exitCode()).isEqualTo(TciaCommand.FAILED);
    assertThat(run.err()).startsWith("tcia: ").contains(TciaSandbox.RESEARCHER).contains("Invalid user credentials")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(run.err() + run.out()).doesNotContain(secret);
  }

  @Test
  void anUnreadableCredentialFileIsAUsageError() throws Exception {
    CliRun missing = run("collections", "--credentials", dir.resolve("nope.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(missing.err()).contains("--credentials: ").contains("nope.txt");

    String secret = "Half-Secret-991";
    Path noUser = dir.resolve("nouser.txt");
    Files.writeString(noUser, "passWord=" + secret + "\n", StandardCharsets.UTF_8);
    CliRun incomplete = run("collections", "--credentials", noUser.toString());
    assertThat(incomplete.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(incomplete.err()).contains("userName").doesNotContain(secret);
  }

  // ---- cart create ----------------------------------------------------------------------------

  @Test
  void cartCreateMakesACartThatCartThenLists() {
    List<String> series = uids(LUNG, 3);
    CliRun run = run("cart", "create", "--api", "V2", "--credentials", researcher.toString(), "--name",
        "course 2024", "--series", series.get(0), series.get(1), "--series", series.get(2), "--description",
        "three lung series", "--url", "https://example.org/course", "-f", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("CartName,CartURL\ncourse 2024," + sandbox.nbiaUrl()
        + "/nbia-search/?saved-cart=course%202024\n");
    SharedCart cart = data.cart("course 2024").orElseThrow();
    assertThat(cart.seriesInstanceUids()).containsExactlyElementsOf(series);
    assertThat(cart.description()).isEqualTo("three lung series");
    assertThat(cart.owner()).isEqualTo(TciaSandbox.RESEARCHER);

    CliRun listed = run("cart", "course 2024", "-f", "json");
    assertThat(json(listed)).extracting(r -> r.get("SeriesInstanceUID")).containsExactlyElementsOf(series);
  }

  @Test
  void cartCreateSplitsIntoPartsAndMakesRandomNames() {
    List<String> series = uids(LUNG, 3);
    List<Map<String, Object>> parts = json(run("cart", "create", "--api", "V2", "--name", "split", "--chunk-size",
        "2", "--series", series.get(0), series.get(1), series.get(2), "-f", "json"));
    assertThat(parts).extracting(r -> r.get("CartName")).containsExactly("split-part1", "split-part2");
    assertThat(data.cart("split-part2").orElseThrow().seriesInstanceUids()).containsExactly(series.get(2));

    List<Map<String, Object>> random = json(run("cart", "create", "--api", "V2", "--series", series.get(0),
        "-f", "json"));
    assertThat(random).singleElement().satisfies(r -> {
      assertThat((String) r.get("CartName")).matches("nbia-\\d{16,17}");
      assertThat((String) r.get("CartURL")).endsWith("?saved-cart=" + r.get("CartName"));
    });
  }

  @Test
  void cartCreateErrors() {
    String uid = uids(LUNG, 1).get(0);
    CliRun v4 = run("cart", "create", "--name", "v4-cart", "--series", uid);
    assertThat(v4.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(v4.err()).contains("cart create needs --api V2").contains("--credentials FILE");
    assertThat(data.cart("v4-cart")).isEmpty();

    CliRun noSeries = run("cart", "create", "--api", "V2", "--name", "empty");
    assertThat(noSeries.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(noSeries.err()).contains("Missing required option").contains("--series");

    assertThat(run("cart", "create", "--api", "V2", "--name", "twice", "--series", uid).exitCode()).isZero();
    CliRun duplicate = run("cart", "create", "--api", "V2", "--name", "twice", "--series", uid);
    assertThat(duplicate.exitCode()).isEqualTo(TciaCommand.FAILED);
    assertThat(duplicate.err()).startsWith("tcia: ").contains("'twice'").contains("Duplicate list name");

    String restricted = uids(RESTRICTED, 1).get(0);
    CliRun guest = run("cart", "create", "--api", "V2", "--name", "not-mine", "--series", restricted);
    assertThat(guest.exitCode()).isEqualTo(TciaCommand.FAILED);
    assertThat(guest.err()).contains("User does not have permission for all series in list");
    assertThat(data.cart("not-mine")).isEmpty();

    CliRun noName = run("cart");
    assertThat(noName.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(noName.err()).contains("Give the NAME of the cart").contains("tcia cart create");
  }

  // ---- qc -------------------------------------------------------------------------------------

  @Test
  void qcSearchAsCuratorSeesEverySeriesOfACollectionIncludingUnreviewedOnes() {
    Set<String> lung = data.series().stream().filter(s -> s.collection().equals(LUNG))
        .map(Series::seriesInstanceUid).collect(Collectors.toSet());
    Set<String> hidden = data.series().stream().filter(s -> s.collection().equals(LUNG) && !s.visible())
        .map(Series::seriesInstanceUid).collect(Collectors.toSet());
    assertThat(hidden).isNotEmpty();

    List<Map<String, Object>> rows = json(run("qc", "--api", "V2", "--credentials", curator.toString(),
        "--collection", LUNG, "-f", "json"));

    assertThat(rows).extracting(r -> (String) r.get("series")).containsExactlyInAnyOrderElementsOf(lung);
    assertThat(rows).filteredOn(r -> hidden.contains(r.get("series")))
        .allSatisfy(r -> assertThat(r.get("visibilityStatus")).isEqualTo("Not Yet Reviewed"));
    assertThat(rows.get(0)).containsKeys("patientId", "study", "modality", "collectionSite", "releasedStatus");
  }

  @Test
  void qcSearchCombinesCriteria() {
    List<Map<String, Object>> seg = json(run("qc", "--api", "V2", "--credentials", curator.toString(),
        "--collection", LUNG, "-c", "modality=SEG", "-f", "json"));
    long expected = data.series().stream().filter(s -> s.collection().equals(LUNG) && s.modality().equals("SEG"))
        .count();
    assertThat(seg).hasSize((int) expected).allSatisfy(r -> assertThat(r.get("modality")).isEqualTo("SEG"));

    List<Map<String, Object>> unreviewed = json(run("qc", "--api", "V2", "--credentials", curator.toString(),
        "-c", "qcstatus:list=Not Yet Reviewed", "-f", "json"));
    Set<String> hidden = data.series().stream().filter(s -> !s.visible()).map(Series::seriesInstanceUid)
        .collect(Collectors.toSet());
    assertThat(unreviewed).extracting(r -> (String) r.get("series")).containsExactlyInAnyOrderElementsOf(hidden);
  }

  @Test
  void qcSearchErrors() {
    CliRun notCurator = run("qc", "--api", "V2", "--credentials", researcher.toString(), "--collection", LUNG);
    assertThat(notCurator.exitCode()).isEqualTo(TciaCommand.FAILED);
    assertThat(notCurator.err()).startsWith("tcia: ").contains("needs curator rights")
        .contains(TciaSandbox.RESEARCHER).doesNotContain(TciaSandbox.RESEARCHER_PASSWORD);

    CliRun v4 = run("qc", "--credentials", curator.toString(), "--collection", LUNG);
    assertThat(v4.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(v4.err()).contains("qc needs --api V2 and a curator login");

    CliRun none = run("qc", "--api", "V2");
    assertThat(none.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(none.err()).contains("Give at least one criterion");

    CliRun wrongCase = run("qc", "--api", "V2", "-c", "Collection=" + LUNG);
    assertThat(wrongCase.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(wrongCase.err()).contains("Unknown QC criterion 'Collection'").contains("case-sensitive")
        .contains("Collection:text=" + LUNG);

    CliRun malformed = run("qc", "--api", "V2", "-c", "collection");
    assertThat(malformed.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(malformed.err()).contains("'collection' is not NAME=VALUE");

    CliRun blank = run("qc", "--api", "V2", "-c", "collection= ");
    assertThat(blank.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(blank.err()).contains("QC criterion value is blank");
  }
}
