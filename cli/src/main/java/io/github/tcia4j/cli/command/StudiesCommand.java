package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.model.Study;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia studies}: the studies matching filters ({@code getStudy}), or those of a patient
 * with series released since a date ({@code getNewStudiesInPatient}).
 */
@Command(name = "studies", mixinStandardHelpOptions = true,
    header = "List studies (getStudy, getNewStudiesInPatient).",
    description = {"List studies (tcia_utils getStudy); with --since the studies of one patient with series",
        "released since a date (getNewStudiesInPatient, needs --collection and --patient)."})
public final class StudiesCommand implements Callable<Integer> {
  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Only this collection.")
  String collection;

  @Option(names = "--patient", converter = NonBlank.class, paramLabel = "ID", description = "Only this patient (PatientID).")
  String patient;

  @Option(names = "--study", converter = NonBlank.class, paramLabel = "UID", description = "Only this study (StudyInstanceUID).")
  String study;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only studies with series released since DATE (YYYY/MM/DD or YYYY-MM-DD).")
  String since;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean bySince = since != null && !since.isBlank();
    StudyQuery query = StudyQuery.collection(collection).withPatientId(patient).withStudyUid(study);
    if (bySince && (query.collection().isEmpty() || query.patientId().isEmpty() || query.studyUid().isPresent())) {
      throw new ParameterException(spec.commandLine(), "--since needs --collection and --patient, and takes no --study");
    }
    if (!bySince && query.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give at least one filter: --collection, --patient or --study");
    }
    try (ServerOptions.Connection connection = server.open()) {
      List<Study> rows = bySince ? connection.nbia().getNewStudiesInPatient(collection, patient, since)
          : connection.nbia().getStudy(query);
      Printing.records(spec, rows, Study.class, output);
    }
    return 0;
  }
}
