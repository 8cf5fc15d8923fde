package io.github.tcia4j.cli.options;

import io.github.tcia4j.cli.TciaCommand;
import io.github.tcia4j.common.auth.CredentialFile;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.NbiaServer;
import io.github.tcia4j.testkit.TciaSandbox;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which NBIA server a command talks to: {@code --base-url} (or the {@code TCIA_NBIA_URL}
 * environment variable), {@code --nlst}, {@code --sandbox} (an embedded offline sandbox), or by
 * default the public NBIA. Also the API generation and an optional login.
 */
public final class ServerOptions {
  /** The environment variable read when {@code --base-url} is not given. */
  public static final String BASE_URL_ENV = "TCIA_NBIA_URL";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:" + BASE_URL_ENV + "}",
      description = "NBIA server root, e.g. http://127.0.0.1:8080 (default: $" + BASE_URL_ENV
          + ", else https://nbia.cancerimagingarchive.net).")
  String baseUrl;

  @Option(names = "--nlst", description = "Use the NLST server (https://nlst.cancerimagingarchive.net).")
  boolean nlst;

  @Option(names = "--sandbox", description = "Start an embedded offline TCIA sandbox and use it (no network needed).")
  boolean sandbox;

  @Option(names = "--sandbox-seed", paramLabel = "SEED", defaultValue = "42",
      description = "Seed of the embedded sandbox's synthetic data (default: ${DEFAULT-VALUE}).")
  long sandboxSeed;

  @Option(names = "--api", paramLabel = "VERSION", defaultValue = "V4",
      description = "NBIA API generation: V4 (default, public), V1 (older public) or V2 (needs a login; guest by default).")
  ApiVersion api;

  @Option(names = "--credentials", paramLabel = "FILE",
      description = "Log in with an NBIA Data Retriever credential file (lines userName=... and passWord=...).")
  Path credentials;

  /**
   * Opens the connection the options describe; close it when done (it stops an embedded sandbox).
   *
   * @return the connection
   * @throws ParameterException when options contradict each other or the base URL is malformed
   */
  public Connection open() {
    int sources = (sandbox ? 1 : 0) + (nlst ? 1 : 0) + (explicitBaseUrl() ? 1 : 0);
    if (sources > 1) {
      throw new ParameterException(spec.commandLine(),
          "Choose one server: --sandbox, --nlst or --base-url (" + BASE_URL_ENV + " counts as --base-url).");
    }
    NbiaClient.Builder builder = NbiaClient.builder().apiVersion(api);
    if (nlst) {
      builder.server(NbiaServer.NLST);
    } else if (explicitBaseUrl()) {
      try {
        builder.baseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, baseUrl);
      }
    }
    if (credentials != null) {
      builder.login(CredentialFile.read(credentials));
    }
    if (spec.root().userObject() instanceof TciaCommand root) {
      builder.configure(root.clientSettings());
    }
    TciaSandbox started = null;
    try {
      if (sandbox) {
        started = TciaSandbox.builder().seed(sandboxSeed).start();
        builder.baseUrl(started.nbiaUrl());
      }
      return new Connection(builder.build(), started);
    } catch (RuntimeException e) {
      if (started != null) {
        started.close();
      }
      throw e;
    }
  }

  private boolean explicitBaseUrl() {
    return baseUrl != null && !baseUrl.isBlank();
  }

  /**
   * A client and, for {@code --sandbox}, the sandbox it talks to.
   *
   * @param nbia the client
   * @param sandbox the embedded sandbox, or {@code null}
   */
  public record Connection(NbiaClient nbia, TciaSandbox sandbox) implements AutoCloseable {
    /** Closes the client, then the sandbox. */
    @Override
    public void close() {
      try {
        nbia.close();
      } finally {
        if (sandbox != null) {
          sandbox.close();
        }
      }
    }
  }
}
