package io.github.tcia4j.cli.options;

import io.github.tcia4j.cli.TciaCommand;
import io.github.tcia4j.common.auth.CredentialFile;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.NbiaServer;
import io.github.tcia4j.testkit.TciaSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which NBIA server a command talks to, and the API generation and an optional login.
 *
 * <p>The server, first match wins: exactly one of {@code --sandbox} (an embedded offline
 * sandbox), {@code --nlst} or {@code --base-url} (two of them are a usage error); else the
 * {@code TCIA_NBIA_URL} environment variable when it is set and not blank; else the public NBIA.
 * An explicit option therefore always beats the environment.
 */
public final class ServerOptions {
  /** The environment variable read when {@code --base-url} is not given. */
  public static final String BASE_URL_ENV = "TCIA_NBIA_URL";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "NBIA server root, e.g. http://127.0.0.1:8080. Without --base-url, --nlst or --sandbox:"
          + " $" + BASE_URL_ENV + " when set, else https://nbia.cancerimagingarchive.net.")
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
   * Returns the API generation chosen with {@code --api}.
   *
   * @return the generation, {@link ApiVersion#V4} by default
   */
  public ApiVersion api() {
    return api;
  }

  /**
   * Opens the connection the options describe; close it when done (it stops an embedded sandbox).
   *
   * @return the connection
   * @throws ParameterException when options contradict each other, the base URL is malformed or
   *     the credential file cannot be read
   * @throws IllegalArgumentException when the server comes from {@code TCIA_NBIA_URL} and its
   *     value is not a server root (the message names the variable)
   */
  public Connection open() {
    if (baseUrl != null && baseUrl.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--base-url is empty; give a server root such as https://nbia.cancerimagingarchive.net, or leave it out");
    }
    int sources = (sandbox ? 1 : 0) + (nlst ? 1 : 0) + (baseUrl != null ? 1 : 0);
    if (sources > 1) {
      throw new ParameterException(spec.commandLine(),
          "Choose one server: --sandbox, --nlst or --base-url, not " + given() + ".");
    }
    NbiaClient.Builder builder = NbiaClient.builder().apiVersion(api);
    if (nlst) {
      builder.server(NbiaServer.NLST);
    } else if (baseUrl != null) {
      try {
        builder.baseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, baseUrl);
      }
    } else if (!sandbox) {
      environmentBaseUrl().ifPresent(url -> fromEnvironment(builder, url));
    }
    if (credentials != null) {
      try {
        builder.login(CredentialFile.read(credentials));
      } catch (TciaException e) {
        throw new ParameterException(spec.commandLine(), "--credentials: " + e.getMessage(), e, null,
            credentials.toString());
      }
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

  private String given() {
    List<String> names = new ArrayList<>();
    if (sandbox) {
      names.add("--sandbox");
    }
    if (nlst) {
      names.add("--nlst");
    }
    if (baseUrl != null) {
      names.add("--base-url");
    }
    return String.join(" and ", names);
  }

  private Optional<String> environmentBaseUrl() {
    Optional<String> value = spec.root().userObject() instanceof TciaCommand root
        ? root.environmentVariable(BASE_URL_ENV) : Optional.ofNullable(System.getenv(BASE_URL_ENV));
    return value.filter(v -> !v.isBlank());
  }

  private static void fromEnvironment(NbiaClient.Builder builder, String url) {
    try {
      builder.baseUrl(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The environment variable " + BASE_URL_ENV + " ('" + url
          + "') is not a usable NBIA server root: " + e.getMessage().replaceAll("[.\\s]+$", "") + ". Fix or unset "
          + BASE_URL_ENV
          + ", or choose the server with --base-url, --nlst or --sandbox.", e);
    }
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
