package io.github.tcia4j.cli;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.json.JsonCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

  /** Runs against a server root, given as {@code --base-url} after the other arguments. */
  static CliRun against(String baseUrl, String... args) {
    return of(Stream.concat(Arrays.stream(args), Stream.of("--base-url", baseUrl)).toArray(String[]::new));
  }

  /**
   * The JSON rows the command printed (for {@code --format json}); fails the test with the
   * command's error output when it did not exit with 0.
   */
  List<Map<String, Object>> jsonRows() {
    if (exitCode != 0) {
      throw new AssertionError("tcia exited with " + exitCode + ": " + err);
    }
    return JsonCodec.standard().readRows(out);
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
