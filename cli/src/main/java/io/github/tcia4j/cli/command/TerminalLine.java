package io.github.tcia4j.cli.command;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * The bottom line of a terminal, redrawn with {@code \r}: the progress bar renders into it, and
 * lines printed "above" it scroll up while the bar stays last.
 *
 * <p>It deliberately does not use progressbar's own console consumer: that one opens a JLine
 * system terminal, which replaces the JVM's SIGINT handler, so Ctrl-C would kill the process
 * without running the shutdown hook that cancels the download cleanly.
 */
final class TerminalLine implements ProgressBarConsumer {
  /** The width used when the terminal's cannot be found out. */
  static final int DEFAULT_WIDTH = 100;
  private static final int MIN_WIDTH = 40;

  private final PrintWriter out;
  private final int width;
  private String last = "";
  private boolean closed;

  /**
   * Creates the line.
   *
   * @param out the terminal
   * @param width the terminal width in characters
   */
  TerminalLine(PrintWriter out, int width) {
    this.out = Objects.requireNonNull(out, "out");
    this.width = Math.max(MIN_WIDTH, width);
  }

  @Override
  public int getMaxRenderedLength() {
    return width - 1;
  }

  @Override
  public synchronized void accept(String rendered) {
    if (closed) {
      return;
    }
    String text = rendered.length() > width - 1 ? rendered.substring(0, width - 1) : rendered;
    int pad = Math.max(0, last.length() - text.length());
    out.print('\r' + text + " ".repeat(pad));
    last = text;
    out.flush();
  }

  /**
   * Prints a whole line above the bar: the bar is erased, the line printed, the bar drawn again.
   *
   * @param line the text, without line end
   */
  synchronized void printAbove(String line) {
    if (!last.isEmpty() && !closed) {
      out.print('\r' + " ".repeat(last.length()) + '\r');
    }
    out.println(line);
    if (!last.isEmpty() && !closed) {
      out.print(last);
    }
    out.flush();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!last.isEmpty()) {
      out.println();
    }
    out.flush();
  }

  /**
   * Finds out the terminal width: {@code COLUMNS} if set, else {@code stty size} on
   * {@code /dev/tty}, else {@value #DEFAULT_WIDTH}.
   *
   * @return the width in characters
   */
  static int detectWidth() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      return Integer.parseInt(columns.strip());
    }
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return DEFAULT_WIDTH;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String answer;
      try (InputStream in = p.getInputStream()) {
        answer = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
      }
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return DEFAULT_WIDTH;
      }
      String[] parts = answer.split("\\s+");
      if (parts.length == 2 && parts[1].matches("\\d{1,4}") && Integer.parseInt(parts[1]) > 0) {
        return Integer.parseInt(parts[1]);
      }
    } catch (IOException e) {
      return DEFAULT_WIDTH;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return DEFAULT_WIDTH;
  }
}
