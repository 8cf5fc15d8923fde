package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.NbiaDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One criterion of the curators' QC search ({@code getAdvancedQCSearch}): a criteria name, a
 * value and the input type that says how the server compares them ({@code tcia_utils}
 * {@code criteria_values} and {@code input_type}).
 *
 * <pre>{@code
 * List<QcCriterion> criteria = new ArrayList<>();
 * criteria.add(QcCriterion.of("collection", "TCGA-LUAD"));
 * criteria.addAll(QcCriterion.dateRange("submissiondate", LocalDate.of(2020, 12, 2), LocalDate.of(2020, 12, 12)));
 * nbia.getAdvancedQCSearch(criteria);
 * }</pre>
 *
 * <p>Criteria names are case-sensitive, as the server spells them: {@code collection},
 * {@code qcstatus}, {@code released}, {@code batchnumber}, {@code complete}, {@code patientID},
 * {@code submissiondate}, {@code studyUID}, {@code seriesUID}, {@code studyDate},
 * {@code seriesDesc}, {@code modality}, {@code manufacturer}. Several values of one criterion are
 * alternatives; a date range is two entries of the same criterion, earliest first.
 *
 * @param criteria the criteria name, e.g. {@code collection}
 * @param inputType how the value is compared: {@code list}, {@code commaSeperatedList} (sic),
 *     {@code contains}, {@code startsWith}, {@code dateRange}, {@code dateFrom}, {@code dateTo},
 *     {@code text}
 * @param value the value; dates as {@code MM/dd/yyyy}
 */
public record QcCriterion(String criteria, String inputType, String value) {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);
  private static final Map<String, String> DEFAULT_INPUT_TYPES = Map.ofEntries(
      Map.entry("collection", "list"), Map.entry("qcstatus", "list"), Map.entry("released", "list"),
      Map.entry("batchnumber", "list"), Map.entry("complete", "list"),
      Map.entry("patientID", "commaSeperatedList"), Map.entry("submissiondate", "dateRange"),
      Map.entry("studyUID", "commaSeperatedList"), Map.entry("seriesUID", "commaSeperatedList"),
      Map.entry("studyDate", "dateRange"), Map.entry("seriesDesc", "contains"), Map.entry("modality", "list"),
      Map.entry("manufacturer", "list"));

  /**
   * Checks the parts.
   *
   * @param criteria the criteria name
   * @param inputType the input type
   * @param value the value
   * @throws IllegalArgumentException when a part is blank
   */
  public QcCriterion {
    criteria = requireText(criteria, "criteria");
    inputType = requireText(inputType, "inputType");
    value = requireText(value, "value");
  }

  /**
   * Creates a criterion with the default input type of its criteria name ({@code text} for names
   * without one).
   *
   * @param criteria the criteria name
   * @param value the value
   * @return the criterion
   * @throws IllegalArgumentException when a part is blank
   */
  public static QcCriterion of(String criteria, String value) {
    return new QcCriterion(criteria, defaultInputType(requireText(criteria, "criteria")), value);
  }

  /**
   * Creates a criterion with an explicit input type.
   *
   * @param criteria the criteria name
   * @param value the value
   * @param inputType the input type
   * @return the criterion
   * @throws IllegalArgumentException when a part is blank
   */
  public static QcCriterion of(String criteria, String value, String inputType) {
    return new QcCriterion(criteria, inputType, value);
  }

  /**
   * Creates one criterion per value, all of the same criteria name (alternatives).
   *
   * @param criteria the criteria name
   * @param values the values
   * @return the criteria, in order
   * @throws IllegalArgumentException when no value is given or one is blank
   */
  public static List<QcCriterion> each(String criteria, String... values) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("Give at least one value for criteria " + criteria);
    }
    List<QcCriterion> out = new ArrayList<>();
    for (String v : values) {
      out.add(of(criteria, v));
    }
    return out;
  }

  /**
   * Creates a date range: two {@code dateRange} entries of one criteria name, earliest first,
   * formatted {@code MM/dd/yyyy}.
   *
   * @param criteria a date criteria name, {@code submissiondate} or {@code studyDate}
   * @param from the first day
   * @param to the last day
   * @return the two criteria
   * @throws IllegalArgumentException when {@code from} is after {@code to}, or a year is outside
   *     1 to 9999
   */
  public static List<QcCriterion> dateRange(String criteria, LocalDate from, LocalDate to) {
    NbiaDates.requireSendable(from, "from");
    NbiaDates.requireSendable(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to + "; swap them");
    }
    return List.of(new QcCriterion(criteria, "dateRange", DATE.format(from)),
        new QcCriterion(criteria, "dateRange", DATE.format(to)));
  }

  /**
   * Returns the input type {@code tcia_utils} uses for a criteria name when none is given.
   *
   * @param criteria the criteria name (case-sensitive)
   * @return e.g. {@code list} for {@code collection}; {@code text} for unknown names
   */
  public static String defaultInputType(String criteria) {
    return DEFAULT_INPUT_TYPES.getOrDefault(Objects.requireNonNull(criteria, "criteria"), "text");
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, () -> "QC criterion " + name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("QC criterion " + name + " is blank; give a value");
    }
    return value.trim();
  }
}
