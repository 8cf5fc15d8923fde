package io.github.tcia4j.cli;

import io.github.tcia4j.common.ClientConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs the tcia command in-process and captures its output. The command sees an empty
 * environment unless a test gives one, so an exported {@code TCIA_NBIA_URL} on the build machine
 * cannot change a test's outcome.
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return with(UnaryOperator.identity(), args);
  }

  /** Runs with adjusted client settings (e.g. a sleeper that does not wait). */
  static CliRun with(UnaryOperator<ClientConfig.Builder> settings, String... args) {
    return inEnvironment(Map.of(), settings, args);
  }

  /** Runs with these environment variables (and no others) and adjusted client settings. */
  static CliRun inEnvironment(Map<String, String> environment, UnaryOperator<ClientConfig.Builder> settings,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TciaCommand.execute(environment::get, settings, new PrintWriter(out, true), new PrintWriter(err, true),
        args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
