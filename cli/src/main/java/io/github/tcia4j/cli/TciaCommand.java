package io.github.tcia4j.cli;

import io.github.tcia4j.cli.command.CartCommand;
import io.github.tcia4j.cli.command.CollectionsCommand;
import io.github.tcia4j.cli.command.CountsCommand;
import io.github.tcia4j.cli.command.DoiCommand;
import io.github.tcia4j.cli.command.DownloadCommand;
import io.github.tcia4j.cli.command.InstancesCommand;
import io.github.tcia4j.cli.command.MetadataCommand;
import io.github.tcia4j.cli.command.PatientsCommand;
import io.github.tcia4j.cli.command.QcCommand;
import io.github.tcia4j.cli.command.SandboxCommand;
import io.github.tcia4j.cli.command.SearchCommand;
import io.github.tcia4j.cli.command.SeriesCommand;
import io.github.tcia4j.cli.command.SizeCommand;
import io.github.tcia4j.cli.command.StudiesCommand;
import io.github.tcia4j.cli.command.TagsCommand;
import io.github.tcia4j.cli.command.ValuesCommand;
import io.github.tcia4j.cli.command.ViewerCommand;
import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.error.TciaException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code tcia} command: queries and downloads against TCIA's NBIA servers, and the offline
 * sandbox. Run {@code tcia --help} for the commands.
 *
 * <p>Exit codes: {@value #OK} success; {@value #FAILED} the server or the network failed (the
 * message says how); {@value #USAGE} bad command line or bad input; for {@code tcia download}
 * also {@value #PARTIAL} some series were not downloaded (failed or cancelled, the others are
 * complete) and {@value #DOWNLOAD_FAILED} no series is complete.
 */
@Command(name = "tcia", mixinStandardHelpOptions = true, versionProvider = TciaCommand.Version.class,
    description = "Query and download data of The Cancer Imaging Archive (TCIA), or run an offline sandbox of its servers.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a request failed (server, network, unreadable answer)", "2:bad command line or input",
        "3:download: some series failed or were cancelled (the others are complete)",
        "4:download: no series is complete"},
    subcommands = {CollectionsCommand.class, ValuesCommand.class, CountsCommand.class, PatientsCommand.class,
        StudiesCommand.class, SeriesCommand.class, SizeCommand.class, InstancesCommand.class, MetadataCommand.class,
        TagsCommand.class, CartCommand.class, DoiCommand.class, SearchCommand.class, QcCommand.class,
        ViewerCommand.class, DownloadCommand.class, SandboxCommand.class, CommandLine.HelpCommand.class})
public final class TciaCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: a request failed (server error, network, decoding). */
  public static final int FAILED = 1;
  /** Exit code: bad command line or bad input. */
  public static final int USAGE = 2;
  /**
   * Exit code of {@code tcia download}: the run is incomplete. Some series failed or were cancelled
   * (Ctrl-C), the others are complete on disk; running the same command again fetches only the
   * missing ones.
   */
  public static final int PARTIAL = 3;
  /** Exit code of {@code tcia download}: no series of the run is complete on disk. */
  public static final int DOWNLOAD_FAILED = 4;

  /** Set to {@code 1} to print stack traces of failures. */
  public static final String DEBUG_ENV = "TCIA_DEBUG";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final UnaryOperator<ClientConfig.Builder> clientSettings;
  private final Function<String, String> environment;
  private final boolean standalone;

  private TciaCommand(UnaryOperator<ClientConfig.Builder> clientSettings, Function<String, String> environment,
      boolean standalone) {
    this.clientSettings = Objects.requireNonNull(clientSettings, "clientSettings");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.standalone = standalone;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    configureLogging(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(new TciaCommand(UnaryOperator.identity(), System::getenv, true), out, err, args));
  }

  /** Set to {@code info} or {@code debug} for more log output (same as {@code --verbose}). */
  public static final String LOG_LEVEL_ENV = "TCIA_LOG_LEVEL";

  @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Log what happens (retries, timings) to standard error.")
  boolean verbose;

  /**
   * Chooses the log level before the first logger exists: {@code --verbose} or
   * {@code TCIA_LOG_LEVEL} raise it from the default (warnings only).
   *
   * @param args the command-line arguments
   */
  static void configureLogging(String[] args) {
    String level = System.getenv(LOG_LEVEL_ENV);
    for (String a : args) {
      if (a.equals("-v") || a.equals("--verbose")) {
        level = "info";
      }
    }
    if (level != null && !level.isBlank()) {
      String value = level.trim().toLowerCase(java.util.Locale.ROOT);
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", value);
      System.setProperty("org.slf4j.simpleLogger.log.io.github.tcia4j.nbia.download", value);
    }
  }

  /**
   * Runs the command line without exiting (for tests and embedding).
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(UnaryOperator.identity(), out, err, args);
  }

  /**
   * Runs the command line without exiting, with adjusted client settings: every client a command
   * opens is built from its server options and then passed through {@code clientSettings} (for
   * tests and embedding, e.g. a {@code Sleeper} that does not really wait, or shorter timeouts).
   *
   * @param clientSettings edits the configuration of each client
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(UnaryOperator<ClientConfig.Builder> clientSettings, PrintWriter out, PrintWriter err,
      String... args) {
    return run(new TciaCommand(clientSettings, System::getenv, false), out, err, args);
  }

  /**
   * Runs the command line without exiting, with adjusted client settings and a given environment
   * instead of the process's (for tests: {@code TCIA_NBIA_URL} without touching the real one).
   *
   * @param environment looks up an environment variable; returns {@code null} when it is unset
   * @param clientSettings edits the configuration of each client
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  static int execute(Function<String, String> environment, UnaryOperator<ClientConfig.Builder> clientSettings,
      PrintWriter out, PrintWriter err, String... args) {
    return run(new TciaCommand(clientSettings, environment, false), out, err, args);
  }

  private static int run(TciaCommand command, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures());
    cl.setParameterExceptionHandler(TciaCommand::badUsage);
    cl.setExitCodeExceptionMapper(t -> t instanceof TciaException ? FAILED : USAGE);
    return cl.execute(args);
  }

  /**
   * Returns the edit applied to the configuration of every client a command opens (identity
   * unless {@link #execute(UnaryOperator, PrintWriter, PrintWriter, String...)} gave one).
   *
   * @return the edit
   */
  public UnaryOperator<ClientConfig.Builder> clientSettings() {
    return clientSettings;
  }

  /**
   * Looks up an environment variable as the commands see it: the process environment, or the one
   * a test gave.
   *
   * @param name the variable, e.g. {@code TCIA_NBIA_URL}
   * @return its value, or empty when it is unset
   */
  public Optional<String> environmentVariable(String name) {
    return Optional.ofNullable(environment.apply(Objects.requireNonNull(name, "name")));
  }

  /**
   * Tells whether this command runs as the {@code tcia} program ({@link #main(String[])}), which
   * ends the JVM with the exit code, rather than embedded through {@code execute}.
   *
   * @return {@code true} from {@code main}
   */
  public boolean standalone() {
    return standalone;
  }

  /**
   * Reports a bad command line in a few lines (the message, suggestions for a mistyped option or
   * command, and where to find the options) instead of the whole help, which would push the
   * message off the screen.
   */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("tcia: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return USAGE;
  }

  /** Without a subcommand, shows the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Turns exceptions into one readable line on standard error, never a stack trace by default. */
  static final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      int code;
      if (ex instanceof TciaException) {
        err.println("tcia: " + ex.getMessage());
        code = FAILED;
      } else if (ex instanceof IllegalArgumentException || ex instanceof UnsupportedOperationException) {
        err.println("tcia: " + ex.getMessage());
        code = USAGE;
      } else {
        err.println("tcia: unexpected error: " + ex + " (set " + DEBUG_ENV + "=1 to see the stack trace)");
        code = FAILED;
      }
      if ("1".equals(System.getenv(DEBUG_ENV))) {
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    }
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tcia " + ClientConfig.VERSION + " (tcia4j, Java " + Runtime.version() + ")"};
    }
  }
}
