package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Patient;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.Study;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import io.github.tcia4j.testkit.internal.table.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code getPatient}, {@code getPatientByCollectionAndModality},
 * {@code NewPatientsInCollection}, {@code getPatientStudy},
 * {@code NewStudiesInPatientCollection} (reference section 4.2).
 */
final class PatientStudyEndpoints {
  static final String COLLECTION_AND_DATE_REQUIRED =
      "A parameter, Collection and Date are required for this API call.";
  static final String COLLECTION_AND_MODALITY_REQUIRED =
      "A parameter, Collection and Modality, are required for this API call.";
  private static final Integer AUTHORIZED = 1;

  private PatientStudyEndpoints() {}

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V1, Family.V2, Family.V4)) {
      boolean v4 = f == Family.V4;
      t.get(f, "getPatient", v4 ? Whitelist.query("Collection", "PatientId", "format") : null,
          PatientStudyEndpoints::patients);
      t.get(f, "getPatientByCollectionAndModality",
          v4 ? Whitelist.query("Collection", "Modality", "format") : null,
          PatientStudyEndpoints::patientsByModality);
      t.get(f, "NewPatientsInCollection",
          v4 ? Whitelist.query("Collection", "fromDate", "format") : null,
          PatientStudyEndpoints::newPatients);
      t.get(f, "getPatientStudy",
          v4 ? Whitelist.query("Collection", "PatientID", "StudyInstanceUID", "format") : null,
          PatientStudyEndpoints::studies);
      t.get(f, "NewStudiesInPatientCollection",
          v4 ? Whitelist.query("Collection", "PatientID", "fromDate", "format") : null,
          PatientStudyEndpoints::newStudies);
    }
  }

  private static SandboxResponse patients(SandboxRequest req) {
    Params p = req.query();
    return TableOutput.respond(req, patientTable(req, s -> Match.ignoreCase(
        p.nonEmpty("Collection"), s.collection()) && Match.ignoreCase(p.nonEmpty("PatientId"),
        s.patientId())));
  }

  private static SandboxResponse patientsByModality(SandboxRequest req) {
    Params p = req.query();
    Optional<String> collection = p.nonEmpty("Collection");
    Optional<String> modality = p.nonEmpty("Modality");
    if (collection.isEmpty() || modality.isEmpty()) {
      return Responses.badRequestAsJson(COLLECTION_AND_MODALITY_REQUIRED);
    }
    boolean v4 = req.family() == Family.V4;
    Table t = v4 ? Table.of("PatientId", "Authorized") : Table.of("PatientId");
    for (Patient pt : matchingPatients(req, s -> Match.ignoreCase(collection, s.collection())
        && Match.by(v4, modality, s.modality()))) {
      if (v4) {
        t.add(pt.patientId(), AUTHORIZED);
      } else {
        t.add(pt.patientId());
      }
    }
    return TableOutput.respond(req, t);
  }

  private static SandboxResponse newPatients(SandboxRequest req) {
    Optional<Predicate<Series>> since = releasedSince(req);
    if (since.isEmpty()) {
      return Responses.badRequestAsJson(COLLECTION_AND_DATE_REQUIRED);
    }
    Optional<String> collection = req.query().nonEmpty("Collection");
    return TableOutput.respond(req, patientTable(req,
        s -> Match.ignoreCase(collection, s.collection()) && since.get().test(s)));
  }

  private static SandboxResponse studies(SandboxRequest req) {
    Params p = req.query();
    return TableOutput.respond(req, studyTable(req, s -> Match.ignoreCase(
        p.nonEmpty("Collection"), s.collection()) && Match.ignoreCase(p.nonEmpty("PatientID"),
        s.patientId()) && Match.exact(p.nonEmpty("StudyInstanceUID"), s.studyInstanceUid())));
  }

  private static SandboxResponse newStudies(SandboxRequest req) {
    Optional<Predicate<Series>> since = releasedSince(req);
    if (since.isEmpty()) {
      return Responses.badRequestAsJson(COLLECTION_AND_DATE_REQUIRED);
    }
    Params p = req.query();
    return TableOutput.respond(req, studyTable(req, s -> Match.ignoreCase(
        p.nonEmpty("Collection"), s.collection()) && Match.ignoreCase(p.nonEmpty("PatientID"),
        s.patientId()) && since.get().test(s)));
  }

  /**
   * The release-date filter: v4 {@code fromDate} (MM-dd-yyyy, on or after), v1/v2 {@code Date}
   * (yyyy/MM/dd, strictly later). Empty when Collection or the date is missing.
   */
  private static Optional<Predicate<Series>> releasedSince(SandboxRequest req) {
    Params p = req.query();
    boolean v4 = req.family() == Family.V4;
    Optional<String> date = p.nonEmpty(v4 ? "fromDate" : "Date");
    if (p.nonEmpty("Collection").isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    if (v4) {
      LocalDateTime from = Dates.parseV4(date.get()).atStartOfDay();
      return Optional.of(s -> !s.dateReleased().isBefore(from));
    }
    LocalDateTime after = Dates.parseYearFirst(date.get()).atStartOfDay();
    return Optional.of(s -> s.dateReleased().isAfter(after));
  }

  /** Patients having at least one visible series that passes the filter, in data-set order. */
  private static List<Patient> matchingPatients(SandboxRequest req, Predicate<Series> filter) {
    Access a = Access.of(req);
    Dataset ds = a.dataset();
    Set<String> keys = new LinkedHashSet<>();
    for (Series s : a.visibleSeries()) {
      if (filter.test(s)) {
        keys.add(s.collection() + '\u0000' + s.patientId());
      }
    }
    return ds.patients().stream()
        .filter(pt -> keys.contains(pt.collection() + '\u0000' + pt.patientId()))
        .toList();
  }

  private static Table patientTable(SandboxRequest req, Predicate<Series> filter) {
    boolean v4 = req.family() == Family.V4;
    Table t = v4
        ? Table.of("PatientId", "PatientName", "PatientSex", "EthnicGroup", "Collection",
            "Phantom", "SpeciesCode", "SpeciesDescription", "Authorized")
        : Table.of("PatientId", "PatientName", "PatientBirthDate", "PatientSex", "EthnicGroup",
            "Collection", "Phantom", "SpeciesCode", "SpeciesDescription");
    for (Patient p : matchingPatients(req, filter)) {
      if (v4) {
        t.add(p.patientId(), p.patientName(), p.sex().orElse(null),
            p.ethnicGroup().orElse(null), p.collection(), p.phantom(), p.species().code(),
            p.species().description(), AUTHORIZED);
      } else {
        t.add(p.patientId(), p.patientName(), Dates.legacy(p.birthDate()),
            p.sex().orElse(null), p.ethnicGroup().orElse(null), p.collection(), p.phantom(),
            p.species().code(), p.species().description());
      }
    }
    return t;
  }

  private static Table studyTable(SandboxRequest req, Predicate<Series> filter) {
    boolean v4 = req.family() == Family.V4;
    Access a = Access.of(req);
    Dataset ds = a.dataset();
    Map<String, Integer> seriesCount = new LinkedHashMap<>();
    Set<String> matching = new LinkedHashSet<>();
    for (Series s : a.visibleSeries()) {
      seriesCount.merge(s.studyInstanceUid(), 1, Integer::sum);
      if (filter.test(s)) {
        matching.add(s.studyInstanceUid());
      }
    }
    Table t = v4
        ? Table.of("StudyInstanceUID", "StudyDate", "StudyDescription",
            "AdmittingDiagnosesDescription", "StudyID", "PatientAge", "PatientID", "PatientName",
            "PatientSex", "EthnicGroup", "Collection", "SeriesCount",
            "LongitudinalTemporalEventType", "LongitudinalTemporalOffsetFromEvent", "Authorized")
        : Table.of("StudyInstanceUID", "StudyDate", "StudyDescription",
            "AdmittingDiagnosesDescription", "StudyID", "PatientAge", "PatientID", "PatientName",
            "PatientBirthDate", "PatientSex", "EthnicGroup", "Collection", "SeriesCount",
            "LongitudinalTemporalEventType", "LongitudinalTemporalOffsetFromEvent");
    for (Study st : ds.studies()) {
      if (!matching.contains(st.studyInstanceUid())) {
        continue;
      }
      Patient p = ds.patient(st.collection(), st.patientId()).orElseThrow();
      Object date = v4 ? Dates.v4(st.studyDate()) : Dates.legacy(st.studyDate());
      Object diag = st.admittingDiagnosesDescription().orElse(null);
      Object event = st.longitudinalTemporalEventType().orElse(null);
      Object offset = st.longitudinalTemporalOffsetFromEvent().orElse(null);
      Integer count = seriesCount.get(st.studyInstanceUid());
      if (v4) {
        t.add(st.studyInstanceUid(), date, st.description().orElse(null), diag,
            st.studyId().orElse(null), st.patientAge().orElse(null), p.patientId(),
            p.patientName(), p.sex().orElse(null), p.ethnicGroup().orElse(null),
            p.collection(), count, event, offset, AUTHORIZED);
      } else {
        t.add(st.studyInstanceUid(), date, st.description().orElse(null), diag,
            st.studyId().orElse(null), st.patientAge().orElse(null), p.patientId(),
            p.patientName(), Dates.legacy(p.birthDate()), p.sex().orElse(null),
            p.ethnicGroup().orElse(null), p.collection(), count, event, offset);
      }
    }
    return t;
  }
}
