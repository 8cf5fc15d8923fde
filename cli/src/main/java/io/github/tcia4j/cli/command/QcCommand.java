package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.QcCriterion;
import io.github.tcia4j.nbia.model.QcSearchRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia qc}: the curators' QC search ({@code tcia_utils getAdvancedQCSearch}). Needs
 * {@code --api V2} and a curator login.
 */
@Command(name = "qc", mixinStandardHelpOptions = true,
    header = "Search series by QC state, for curators (getAdvancedQCSearch).",
    description = {"Search series by QC state and submission data, including series not yet released"
        + " (tcia_utils getAdvancedQCSearch). Needs --api V2 and a curator login (--credentials FILE).",
        "Criteria names (case-sensitive): " + QcCommand.NAMES + ". Several values of one criterion are"
        + " alternatives; different criteria must all match. A date range is the same date criterion twice,"
        + " earliest first, dates MM/dd/yyyy:",
        "  tcia qc --api V2 --credentials curator.txt --collection TCGA-LUAD \\",
        "      -c submissiondate=12/02/2020 -c submissiondate=12/12/2020"})
public final class QcCommand implements Callable<Integer> {
  /** The criteria names the server knows, as the help and error messages list them. */
  static final String NAMES = "collection, qcstatus, released, batchnumber, complete, patientID, submissiondate,"
      + " studyUID, seriesUID, studyDate, seriesDesc, modality, manufacturer";

  @Option(names = {"-c", "--criterion"}, paramLabel = "NAME=VALUE",
      description = "A criterion (repeatable): NAME=VALUE with the input type tcia_utils uses for NAME (e.g. list"
          + " for collection, commaSeperatedList for patientID, dateRange for submissiondate), or NAME:TYPE=VALUE"
          + " with an explicit input type (list, commaSeperatedList, contains, startsWith, dateRange, dateFrom,"
          + " dateTo, text).")
  List<String> criteria = new ArrayList<>();

  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME",
      description = "Only this collection (repeatable; same as -c collection=NAME).")
  List<String> collections = new ArrayList<>();

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<QcCriterion> parsed = new ArrayList<>();
    for (String c : collections) {
      parsed.add(QcCriterion.of("collection", c));
    }
    for (String c : criteria) {
      parsed.add(parse(c));
    }
    if (parsed.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Give at least one criterion: --collection NAME or -c NAME=VALUE (names: " + NAMES + ")");
    }
    if (server.api() != ApiVersion.V2) {
      throw new ParameterException(spec.commandLine(), "qc needs --api V2 and a curator login (the QC search is"
          + " token-protected and for curators only); add --api V2 --credentials FILE");
    }
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getAdvancedQCSearch(parsed), QcSearchRow.class, output);
    }
    return 0;
  }

  private QcCriterion parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new ParameterException(spec.commandLine(), "Criterion '" + text
          + "' is not NAME=VALUE or NAME:TYPE=VALUE, e.g. -c qcstatus=Visible");
    }
    String key = text.substring(0, eq).strip();
    String value = text.substring(eq + 1);
    int colon = key.indexOf(':');
    try {
      if (colon >= 0) {
        return QcCriterion.of(key.substring(0, colon), value, key.substring(colon + 1));
      }
      if (QcCriterion.defaultInputType(key).equals("text")) {
        throw new ParameterException(spec.commandLine(), "Unknown QC criterion '" + key + "' in '" + text
            + "'; names are case-sensitive: " + NAMES + ". To send another name, give its input type: "
            + key + ":text=" + value);
      }
      return QcCriterion.of(key, value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Criterion '" + text + "': " + e.getMessage(), e, null, text);
    }
  }
}
