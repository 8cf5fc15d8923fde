package io.github.tcia4j.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Which historical column sets the sandbox answers with (reference sections 3.3 and 4.3). The
 * default is {@link #CURRENT}.
 *
 * <table>
 *   <caption>What each era selects</caption>
 *   <tr><th>Era</th><th>v4 getSeries / getUpdatedSeries</th><th>v4 getSeriesMetadata header</th>
 *       <th>v1/v2 getSeries</th></tr>
 *   <tr><td>{@link #CURRENT} (2025-10-05)</td><td>30 keys incl. {@code Site},
 *       {@code PatientSex}, {@code PatientAge}, {@code MaxSubmissionTimestamp},
 *       {@code DataDescriptionURI}, {@code ReleasedStatus}</td><td>40 camel-case names</td>
 *       <td>24 keys</td></tr>
 *   <tr><td>{@link #V4_2025_08_29}</td><td>24 keys with {@code TimeStamp} and
 *       {@code DataDescriptionURI}, then {@code Authorized}</td><td>40 spaced names,
 *       {@code Collection}, {@code Data Description URI}</td><td>24 keys</td></tr>
 *   <tr><td>{@link #V4_2025_08_05}</td><td>24 keys with {@code CollectionURI}, then
 *       {@code Authorized}</td><td>40 spaced names with {@code Project}, {@code Site},
 *       {@code Released Status}</td><td>24 keys</td></tr>
 *   <tr><td>{@link #V4_2025_07_15}</td><td>as above</td><td>38 spaced names (no
 *       {@code Patient Birth Date})</td><td>24 keys</td></tr>
 *   <tr><td>{@link #V4_2025_05_23}</td><td>as above</td><td>39 spaced names (adds pixel
 *       spacing, slice thickness, {@code Authorized})</td><td>24 keys</td></tr>
 *   <tr><td>{@link #V4_2025_05_22}</td><td>as above</td><td>36 spaced names</td>
 *       <td>24 keys</td></tr>
 *   <tr><td>{@link #LEGACY_2022}</td><td>as above (v4 did not exist yet)</td><td>36 spaced
 *       names</td><td>16 keys ending in {@code TimeStamp}; {@code getSeriesMetaData} with its
 *       17 keys of 2022</td></tr>
 * </table>
 */
public enum ColumnEra {
  /** The server since 2025-10-05 (the default). */
  CURRENT(LocalDate.of(2025, 10, 5)),
  /** 2025-08-29 to 2025-10-04: {@code CollectionURI} renamed {@code DataDescriptionURI}. */
  V4_2025_08_29(LocalDate.of(2025, 8, 29)),
  /** 2025-08-05 to 2025-08-28: metadata gains {@code Site} and {@code Released Status}. */
  V4_2025_08_05(LocalDate.of(2025, 8, 5)),
  /** 2025-07-15 to 2025-08-04: metadata loses {@code Patient Birth Date}. */
  V4_2025_07_15(LocalDate.of(2025, 7, 15)),
  /** 2025-05-23 to 2025-07-14: metadata gains pixel spacing, slice thickness, Authorized. */
  V4_2025_05_23(LocalDate.of(2025, 5, 23)),
  /** 2025-03 to 2025-05-22: the first v4 column sets. */
  V4_2025_05_22(LocalDate.of(2025, 5, 22)),
  /** About 2022-10: v1/v2 getSeries with the 16 original keys. */
  LEGACY_2022(LocalDate.of(2022, 10, 1));

  private final LocalDate since;

  ColumnEra(LocalDate since) {
    this.since = since;
  }

  /**
   * The first day of this era.
   *
   * @return the date
   */
  public LocalDate since() {
    return since;
  }

  /**
   * An era by name ({@code current}, {@code V4_2025_08_29}, any case) or by start date
   * ({@code 2025-08-29}).
   *
   * @param name the name or date
   * @return the era
   * @throws IllegalArgumentException if nothing matches, listing the names
   */
  public static ColumnEra named(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.trim();
    for (ColumnEra e : values()) {
      if (e.name().equalsIgnoreCase(n) || e.since.toString().equals(n)) {
        return e;
      }
    }
    throw new IllegalArgumentException("Unknown column era '" + name + "'. Known eras: "
        + Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }
}
