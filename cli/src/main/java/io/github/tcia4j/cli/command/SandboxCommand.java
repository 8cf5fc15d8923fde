package io.github.tcia4j.cli.command;

import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia sandbox}: runs the embedded TCIA sandbox until interrupted, so that any tool (the
 * Python {@code tcia_utils}, curl, a browser) can talk to an offline NBIA.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = "Run the offline TCIA sandbox (an emulator of the NBIA and NLST servers) until Ctrl-C.")
public final class SandboxCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port of the NBIA host (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--nlst-port", paramLabel = "N", defaultValue = "0",
      description = "Port of the NLST host (default: a free one).")
  int nlstPort;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}); the same seed gives the same data.")
  long seed;

  @Option(names = "--faults", paramLabel = "PROFILE", defaultValue = "none",
      description = "Fault profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = FaultNames.class)
  String faults;

  @Option(names = "--guest-password", paramLabel = "PASSWORD",
      description = {"Password of the guest account nbia_guest on the Keycloak token path",
          "(default: the sandbox's own). Set it to the value auth-era tcia_utils sends to run that code unchanged."})
  String guestPassword;

  @Spec CommandSpec spec;

  private final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
    }
    FaultProfile profile;
    try {
      profile = FaultProfile.named(faults);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, faults);
    }
    TciaSandbox.Builder builder = TciaSandbox.builder().port(port).nlstPort(nlstPort).seed(seed).faults(profile);
    if (guestPassword != null) {
      try {
        builder.guestPassword(guestPassword);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--guest-password: " + e.getMessage(), e, null, "");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    try (TciaSandbox sandbox = builder.start()) {
      Thread hook = new Thread(() -> {
        sandbox.close();
        stop.countDown();
      }, "tcia-sandbox-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("TCIA sandbox running (seed " + seed + ", faults " + faults + "):");
      out.println("  NBIA: " + sandbox.nbiaUrl() + "   e.g. " + sandbox.nbiaUrl() + "/nbia-api/services/v4/getCollectionValues");
      out.println("  NLST: " + sandbox.nlstUrl());
      out.println("Use it with: ./tcia collections --base-url " + sandbox.nbiaUrl());
      out.println("Press Ctrl-C to stop.");
      out.flush();
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it closes the sandbox
      }
    }
    return 0;
  }

  /** Stops a running sandbox (for tests; Ctrl-C does the same). */
  public void stop() {
    stop.countDown();
  }

  /** The names of the fault profiles, for the help text. */
  static final class FaultNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return FaultProfile.names().iterator();
    }
  }
}
