package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.PatientRef;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia patients}: the patients of a collection ({@code getPatient}), those with a modality
 * ({@code getPatientByCollectionAndModality}) or those with series released since a date
 * ({@code getNewPatientsInCollection}).
 */
@Command(name = "patients", mixinStandardHelpOptions = true,
    header = "List patients (getPatient, getPatientByCollectionAndModality, getNewPatientsInCollection).",
    description = {"List patients (tcia_utils getPatient); with --modality the patient ids having that modality",
        "(getPatientByCollectionAndModality); with --since those with series released since a date",
        "(getNewPatientsInCollection). --modality and --since need --collection."})
public final class PatientsCommand implements Callable<Integer> {
  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Only this collection (default: every patient).")
  String collection;

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MODALITY", description = "Only patients with series of this modality.")
  String modality;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only patients with series released since DATE (YYYY/MM/DD or YYYY-MM-DD).")
  String since;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean byModality = given(modality);
    boolean bySince = given(since);
    if (byModality && bySince) {
      throw new ParameterException(spec.commandLine(), "Use --modality or --since, not both");
    }
    if ((byModality || bySince) && !given(collection)) {
      throw new ParameterException(spec.commandLine(), (byModality ? "--modality" : "--since")
          + " needs --collection NAME");
    }
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      if (byModality) {
        Printing.records(spec, nbia.getPatientByCollectionAndModality(collection, modality), PatientRef.class, output);
      } else if (bySince) {
        Printing.records(spec, nbia.getNewPatientsInCollection(collection, since), Patient.class, output);
      } else {
        Printing.records(spec, nbia.getPatient(collection), Patient.class, output);
      }
    }
    return 0;
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
