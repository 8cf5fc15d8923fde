package io.github.tcia4j.testkit.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient (subject) of one collection.
 *
 * @param pk the internal database key (simple search reports it as {@code id})
 * @param collection the collection name
 * @param patientId the PatientID
 * @param patientName the PatientName
 * @param sex the PatientSex ({@code M}, {@code F}, {@code O}), if stored
 * @param birthDate the PatientBirthDate, if stored (usually removed by de-identification)
 * @param ethnicGroup the EthnicGroup, if stored
 * @param species the species
 * @param phantom {@code NO} or {@code YES}
 */
public record Patient(int pk, String collection, String patientId, String patientName,
    Optional<String> sex, Optional<LocalDate> birthDate, Optional<String> ethnicGroup,
    Species species, String phantom) {

  /**
   * Checks the components.
   *
   * @param pk the key
   * @param collection the collection
   * @param patientId the id
   * @param patientName the name
   * @param sex the sex
   * @param birthDate the birth date
   * @param ethnicGroup the ethnic group
   * @param species the species
   * @param phantom the phantom flag
   */
  public Patient {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(patientName, "patientName");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(ethnicGroup, "ethnicGroup");
    Objects.requireNonNull(species, "species");
    Objects.requireNonNull(phantom, "phantom");
  }
}
