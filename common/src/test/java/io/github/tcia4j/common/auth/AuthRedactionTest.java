package io.github.tcia4j.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.auth.TokenEndpoint.Reply;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the success and failure paths with distinctive secrets, then checks that no message,
 * no {@code toString()} and no line of the test log contains any of them.
 */
class AuthRedactionTest {
  private static final String USER = "redaction-user";
  private static final String PASSWORD = "S3cr3t-P4ss-xyz";
  private static final String CLIENT_SECRET = "Cl1ent-S3cret-qrs";
  private static final String ACCESS = "tok-ABC-123-secret";
  private static final String REFRESH = "ref-XYZ-789-secret";
  private static final List<String> SECRETS = List.of(PASSWORD, CLIENT_SECRET, ACCESS, REFRESH);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final List<String> shown = new ArrayList<>();

  @TempDir
  Path dir;

  @Test
  void secretsNeverAppearInMessagesToStringsOrLogs() throws IOException {
    Credentials user = new Credentials(USER, PASSWORD);
    AtomicInteger issued = new AtomicInteger();
    AtomicReference<Reply> override = new AtomicReference<>();
    try (TokenEndpoint endpoint = new TokenEndpoint(request -> {
      Reply forced = override.get();
      return forced != null ? forced
          : Reply.json(200, TokenEndpoint.tokenJson(ACCESS + issued.incrementAndGet(), 300,
              REFRESH + issued.get(), 1800));
    })) {
      OAuthSettings settings = new OAuthSettings(endpoint.uri(), "nbia", Optional.of(CLIENT_SECRET),
          Optional.of("openid"), user, Duration.ofSeconds(60));
      OAuthTokenManager tokens = new OAuthTokenManager(settings, new LoopbackTransport(), clock);
      shown.add(user.toString());
      shown.add(settings.toString());
      shown.add(tokens.toString());

      // Success paths: login, proactive refresh, 401 and renewal through the decorator.
      assertThat(tokens.accessToken()).startsWith(ACCESS);
      shown.add(tokens.toString());
      clock.advance(Duration.ofSeconds(250));
      assertThat(tokens.accessToken()).isEqualTo(ACCESS + 2);
      int[] apiCalls = {0};
      Transport api = call -> new HttpResult(call, apiCalls[0]++ == 0 ? 401 : 200, Map.of(),
          java.io.InputStream.nullInputStream(), 1);
      Transport authenticated = AuthenticatingTransport.wrap(api, tokens);
      try (HttpResult result = authenticated.send(HttpCall.get(URI.create("https://nbia.example.org/api")).build())) {
        assertThat(result.status()).isEqualTo(200);
      }
      shown.add(authenticated.toString());
      shown.add(tokens.toString());

      // Failure paths; the server even echoes the secrets back.
      override.set(Reply.json(401, "{\"error\":\"invalid_grant\",\"error_description\":\"bad password "
          + PASSWORD + " for refresh " + REFRESH + "3\"}"));
      record(() -> tokens.renewAfterRejection(tokens.accessToken()));
      override.set(Reply.json(500, "{\"access_token\":\"" + ACCESS + "\",\"password\":\"" + PASSWORD + "\"}"));
      clock.advance(Duration.ofHours(1));
      record(tokens::accessToken);
      override.set(new Reply(200, "text/html", "<html>your password is " + PASSWORD + " and secret "
          + CLIENT_SECRET + "</html>"));
      record(tokens::accessToken);
      override.set(Reply.json(200, "{\"token\":\"" + ACCESS + "\"}"));
      record(tokens::accessToken);
      shown.add(tokens.toString());
    }

    OAuthSettings unreachable = new OAuthSettings(closedPortUri(), "nbia", Optional.of(CLIENT_SECRET),
        Optional.empty(), user, Duration.ofSeconds(60));
    record(() -> new OAuthTokenManager(unreachable, new LoopbackTransport(), clock).accessToken());

    // Credential file paths.
    Path file = dir.resolve("credentials.txt");
    CredentialFile.write(file, user);
    assertThat(CredentialFile.read(file)).isEqualTo(user);
    Files.writeString(file, "userName=" + USER + "\npassword=" + PASSWORD + "\n");
    record(() -> CredentialFile.read(file));
    Files.writeString(file, "userName=" + USER + "\npassWord: " + PASSWORD + "\\u12\n");
    record(() -> CredentialFile.read(file));
    record(() -> {
      CredentialFile.write(dir, new Credentials(USER, PASSWORD));
      return "";
    });

    assertThat(shown).hasSizeGreaterThan(10);
    for (String text : shown) {
      for (String secret : SECRETS) {
        assertThat(text).as("shown text").doesNotContain(secret);
      }
    }

    String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
    assumeTrue(logFile != null && Files.isRegularFile(Path.of(logFile)), "no slf4j-simple log file configured");
    List<String> lines = Files.readAllLines(Path.of(logFile), StandardCharsets.UTF_8);
    assertThat(lines).as("log lines of this test's code paths")
        .anySatisfy(line -> assertThat(line).contains("OAuthTokenManager", "Logged in as user '" + USER + "'"))
        .anySatisfy(line -> assertThat(line).contains("OAuthTokenManager", "Refreshed the access token for user '" + USER + "'"))
        .anySatisfy(line -> assertThat(line).contains("AuthenticatingTransport", "refused with HTTP 401"))
        .anySatisfy(line -> assertThat(line).contains("CredentialFile", USER));
    for (String line : lines) {
      for (String secret : SECRETS) {
        assertThat(line).as("log line").doesNotContain(secret);
      }
    }
  }

  /** Runs an action that must fail and keeps everything its exception shows. */
  private void record(ThrowingAction action) {
    Throwable thrown = catchThrowable(action::run);
    assertThat(thrown).as("expected a failure").isNotNull();
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    shown.add(trace.toString());
    shown.add(thrown.toString());
  }

  @FunctionalInterface
  private interface ThrowingAction {
    Object run() throws Exception;
  }

  private static URI closedPortUri() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/nbia-api/oauth/token");
    }
  }
}
