package io.github.tcia4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tcia command in-process and captures its output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TciaCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
