package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.cli.command.SandboxCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {

  @Test
  void runsUntilStoppedAndAnswersNbiaRequests() throws Exception {
    SandboxCommand command = new SandboxCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread runner = new Thread(() -> exit.set(cl.execute("--port", "0", "--seed", "7", "--faults", "none")));
    runner.start();

    String url = awaitUrl(out);
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/nbia-api/services/v4/getCollectionValues")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"Collection\"");
    assertThat(out.toString()).contains("NLST: http://127.0.0.1:").contains("seed 7");

    command.stop();
    runner.join(Duration.ofSeconds(30).toMillis());
    assertThat(exit.get()).isZero();
  }

  @Test
  void guestPasswordIsTheOneTheKeycloakPathAccepts() throws Exception {
    SandboxCommand command = new SandboxCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread runner = new Thread(() -> exit.set(cl.execute("--port", "0", "--guest-password", "chosen-guest-pw")));
    runner.start();
    try {
      String url = awaitUrl(out);
      assertThat(keycloakGuestStatus(url, "chosen-guest-pw")).isEqualTo(200);
      assertThat(keycloakGuestStatus(url, "other")).isEqualTo(401);
    } finally {
      command.stop();
      runner.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(exit.get()).isZero();
  }

  @Test
  void emptyGuestPasswordIsAUsageError() {
    CliRun run = CliRun.of("sandbox", "--port", "0", "--guest-password", "");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).contains("--guest-password");
  }

  private static int keycloakGuestStatus(String url, String password) throws Exception {
    String form = "username=nbia_guest&password=" + password + "&client_id=nbia&grant_type=password";
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/auth/realms/TCIA/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  @Test
  void unknownFaultProfileIsAUsageErrorNamingTheChoices() {
    CliRun run = CliRun.of("sandbox", "--port", "0", "--faults", "chaos-monkey");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).contains("chaos-monkey").contains("flaky");
  }

  @Test
  void portOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("sandbox", "--port", "70000");
    assertThat(run.exitCode()).isEqualTo(TciaCommand.USAGE);
    assertThat(run.err()).contains("--port must be between 0 and 65535");
  }

  private static String awaitUrl(StringWriter out) throws InterruptedException {
    Pattern p = Pattern.compile("NBIA: (http://127\\.0\\.0\\.1:\\d+)");
    for (int i = 0; i < 600; i++) {
      Matcher m = p.matcher(out.toString());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("sandbox did not print its URL: " + out);
  }
}
