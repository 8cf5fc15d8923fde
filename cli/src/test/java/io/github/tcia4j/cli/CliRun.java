package io.github.tcia4j.cli;

import io.github.tcia4j.common.ClientConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.UnaryOperator;

/** Runs the tcia command in-process and captures its output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return with(UnaryOperator.identity(), args);
  }

  /** Runs with adjusted client settings (e.g. a sleeper that does not wait). */
  static CliRun with(UnaryOperator<ClientConfig.Builder> settings, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TciaCommand.execute(settings, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
