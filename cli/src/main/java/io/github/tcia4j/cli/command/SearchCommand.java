package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.cli.output.ResultPrinter;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SimpleSearch;
import io.github.tcia4j.nbia.SortDirection;
import io.github.tcia4j.nbia.SortField;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tcia search}: the NBIA simple search ({@code tcia_utils getSimpleSearch}). Prints the
 * matching patients of one page, of every page ({@code --all}), their series UIDs
 * ({@code --uids}) or writes their manifest ({@code --manifest FILE}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    header = "Search patients like the TCIA portal (getSimpleSearch).",
    description = {"Search patients like the TCIA portal does (tcia_utils getSimpleSearch).",
        "Several values of one option are alternatives; different options must all match.",
        "--start and --size count patients, not series."})
public final class SearchCommand implements Callable<Integer> {
  /** The columns of the patient table, named as the server's JSON keys. */
  static final TableSchema<PatientHit> PATIENTS = TableSchema.<PatientHit>builder()
      .column("subjectId", PatientHit::subjectId)
      .column("project", PatientHit::project)
      .column("totalNumberOfStudies", PatientHit::totalNumberOfStudies)
      .column("totalNumberOfSeries", PatientHit::totalNumberOfSeries)
      .column("modalities", PatientHit::modalities)
      .column("bodyParts", PatientHit::bodyParts)
      .column("species", PatientHit::species)
      .column("id", PatientHit::id)
      .build();
  /** The column of {@code --uids}. */
  static final TableSchema<String> UIDS = TableSchema.<String>builder().column("SeriesInstanceUID", u -> u).build();

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Collection (repeatable).")
  List<String> collections = new ArrayList<>();

  @Option(names = "--species", paramLabel = "NAME",
      description = "Species: human, mouse or dog, any case, or a species code (repeatable).")
  List<String> species = new ArrayList<>();

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MOD", description = "Modality such as CT or MR (repeatable).")
  List<String> modalities = new ArrayList<>();

  @Option(names = "--all-modalities",
      description = "Patients must have every --modality given, not just one of them.")
  boolean allModalities;

  @Option(names = "--body-part", converter = NonBlank.class, paramLabel = "PART", description = "Body part such as CHEST (repeatable).")
  List<String> bodyParts = new ArrayList<>();

  @Option(names = "--manufacturer", converter = NonBlank.class, paramLabel = "NAME", description = "Equipment manufacturer (repeatable).")
  List<String> manufacturers = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE",
      description = "First study date, YYYY/MM/DD or YYYY-MM-DD (without --to: until today).")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Last study date, YYYY/MM/DD or YYYY-MM-DD (without --from: since 1900-01-01).")
  String to;

  @Option(names = "--patient", converter = NonBlank.class, paramLabel = "ID", description = "Patient id (repeatable).")
  List<String> patients = new ArrayList<>();

  @Option(names = "--min-studies", paramLabel = "N", defaultValue = "0",
      description = "Only patients with at least N studies.")
  int minStudies;

  @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "subject",
      description = "Sort by subject (default), collection, study, series, totalNumberOfSeries or totalNumberOfStudies.")
  String sort;

  @Option(names = "--direction", paramLabel = "DIR", defaultValue = "ascending",
      description = "ascending (default) or descending.")
  String direction;

  @Option(names = "--start", paramLabel = "N", defaultValue = "0",
      description = "First patient of the page, 0-based (default: ${DEFAULT-VALUE}).")
  int start;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10",
      description = "Patients per page (default: ${DEFAULT-VALUE}); with --all, per request.")
  int size;

  @Option(names = "--all", description = "Print every matching patient, fetching page after page.")
  boolean all;

  @Option(names = "--uids", description = "Print the Series Instance UIDs of every matching series instead.")
  boolean uids;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "Write the .tcia manifest of every matching series to FILE instead.")
  Path manifest;

  /**
   * Builds the search from the options.
   *
   * @return the search
   * @throws IllegalArgumentException when an option value is invalid (a usage error)
   */
  SimpleSearch search() {
    SimpleSearch.Builder b = SimpleSearch.builder()
        .collections(collections).modalities(modalities).modalitiesAll(allModalities)
        .bodyParts(bodyParts).manufacturers(manufacturers).patients(patients)
        .minStudies(minStudies).sort(SortField.parse(sort), SortDirection.parse(direction))
        .start(start).size(size);
    b.species(species.toArray(String[]::new));
    if (from != null) {
      b.fromDate(from);
    }
    if (to != null) {
      b.toDate(to);
    }
    return b.build();
  }

  @Override
  public Integer call() {
    SimpleSearch search = search();
    PrintWriter err = spec.commandLine().getErr();
    ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), err);
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      if (manifest != null) {
        Path file = nbia.writeSimpleSearchManifest(search, manifest);
        err.println("Wrote a manifest of " + Manifest.read(file).size() + " series to " + file);
        err.flush();
      }
      if (uids) {
        printer.print(nbia.simpleSearchUids(search), UIDS, output);
      } else if (manifest == null) {
        printPatients(nbia, search, printer, err);
      }
    }
    return 0;
  }

  private void printPatients(NbiaClient nbia, SimpleSearch search, ResultPrinter printer, PrintWriter err) {
    if (all) {
      List<PatientHit> hits = nbia.simpleSearchPatients(search).toList();
      printer.print(hits, PATIENTS, output);
      return;
    }
    SimpleSearchResult page = nbia.getSimpleSearch(search);
    printer.print(page.resultSet(), PATIENTS, output);
    int shown = page.resultSet().size();
    if (shown > 0) {
      err.println("Patients " + (search.start() + 1) + "-" + (search.start() + shown) + " of "
          + page.totalPatients() + (search.start() + shown < page.totalPatients()
              ? "; use --start " + (search.start() + shown) + " for the next page or --all for every page" : ""));
    } else {
      err.println(page.totalPatients() + " matching patients");
    }
    err.flush();
  }
}
