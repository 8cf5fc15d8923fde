package io.github.tcia4j.testkit.data;

import io.github.tcia4j.testkit.Host;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data one sandbox host serves. Everything is immutable except the shared carts, which
 * {@code createSharedList} can add to; all methods are thread-safe.
 *
 * <p>Lists keep the "database order" the endpoints answer in.
 */
public final class Dataset {
  private final Host host;
  private final List<CollectionInfo> collections;
  private final List<Patient> patients;
  private final List<Study> studies;
  private final List<Series> series;
  private final List<Species> speciesTable;
  private final Map<String, CollectionInfo> collectionByName = new HashMap<>();
  private final Map<String, Patient> patientByKey = new HashMap<>();
  private final Map<String, Study> studyByUid = new HashMap<>();
  private final Map<String, Series> seriesByUid = new HashMap<>();
  private final Map<String, LazyInstances> instancesBySeries = new HashMap<>();
  private volatile Map<String, String> seriesBySop;
  private final Map<String, SharedCart> carts = new LinkedHashMap<>();

  private Dataset(Host host, List<CollectionInfo> collections, List<Patient> patients,
      List<Study> studies, List<Series> series,
      Map<String, ? extends Supplier<List<Instance>>> instances, List<Species> speciesTable,
      List<SharedCart> carts) {
    this.host = Objects.requireNonNull(host, "host");
    this.collections = List.copyOf(collections);
    this.patients = List.copyOf(patients);
    this.studies = List.copyOf(studies);
    this.series = List.copyOf(series);
    this.speciesTable = List.copyOf(speciesTable);
    for (CollectionInfo c : this.collections) {
      if (collectionByName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("Collection '" + c.name() + "' is listed twice");
      }
    }
    for (Patient p : this.patients) {
      requireCollection(p.collection(), "patient " + p.patientId());
      if (patientByKey.put(key(p.collection(), p.patientId()), p) != null) {
        throw new IllegalArgumentException("Patient '" + p.patientId() + "' is listed twice in "
            + p.collection());
      }
    }
    for (Study s : this.studies) {
      if (!patientByKey.containsKey(key(s.collection(), s.patientId()))) {
        throw new IllegalArgumentException("Study " + s.studyInstanceUid()
            + " names an unknown patient '" + s.patientId() + "' of " + s.collection());
      }
      if (studyByUid.put(s.studyInstanceUid(), s) != null) {
        throw new IllegalArgumentException("Study " + s.studyInstanceUid() + " is listed twice");
      }
    }
    for (Series s : this.series) {
      Study st = studyByUid.get(s.studyInstanceUid());
      if (st == null || !st.patientId().equals(s.patientId())
          || !st.collection().equals(s.collection())) {
        throw new IllegalArgumentException("Series " + s.seriesInstanceUid()
            + " names a study that is unknown or belongs to another patient: "
            + s.studyInstanceUid());
      }
      if (seriesByUid.put(s.seriesInstanceUid(), s) != null) {
        throw new IllegalArgumentException("Series " + s.seriesInstanceUid()
            + " is listed twice");
      }
      Supplier<List<Instance>> source = instances.get(s.seriesInstanceUid());
      if (source == null) {
        throw new IllegalArgumentException("Series " + s.seriesInstanceUid()
            + " has no instance supplier; give one per series (an empty list for 0 images)");
      }
      instancesBySeries.put(s.seriesInstanceUid(), new LazyInstances(s, source));
    }
    for (SharedCart c : carts) {
      this.carts.put(c.name(), c);
    }
  }

  /**
   * Builds a data set, checking that every patient, study and series points at existing parents.
   *
   * <p>Instances are materialised lazily: each series' supplier is called at most once, on the
   * first request that needs the series' instances or size (so a large data set starts fast),
   * and must return exactly {@code imageCount} instances in instance-number order.
   *
   * @param host the host that serves it
   * @param collections the collections
   * @param patients the patients
   * @param studies the studies
   * @param series the series
   * @param instances a supplier of the instances of each series, keyed by SeriesInstanceUID
   * @param speciesTable the species the server knows ({@code getSpeciesTax})
   * @param carts the shared carts present at start
   * @return the data set
   * @throws IllegalArgumentException if a reference is broken, a key repeats or a series has no
   *     supplier
   */
  public static Dataset of(Host host, List<CollectionInfo> collections, List<Patient> patients,
      List<Study> studies, List<Series> series,
      Map<String, ? extends Supplier<List<Instance>>> instances, List<Species> speciesTable,
      List<SharedCart> carts) {
    return new Dataset(host, collections, patients, studies, series, instances, speciesTable,
        carts);
  }

  private void requireCollection(String name, String who) {
    if (!collectionByName.containsKey(name)) {
      throw new IllegalArgumentException("The " + who + " names an unknown collection '" + name
          + "'");
    }
  }

  private static String key(String collection, String patientId) {
    return collection + '\u0000' + patientId;
  }

  /**
   * The host that serves this data.
   *
   * @return the host
   */
  public Host host() {
    return host;
  }

  /**
   * All collections, including restricted ones.
   *
   * @return the collections
   */
  public List<CollectionInfo> collections() {
    return collections;
  }

  /**
   * A collection by its exact name.
   *
   * @param name the name
   * @return the collection, or empty
   */
  public Optional<CollectionInfo> collection(String name) {
    return Optional.ofNullable(collectionByName.get(name));
  }

  /**
   * All patients.
   *
   * @return the patients
   */
  public List<Patient> patients() {
    return patients;
  }

  /**
   * A patient by collection and PatientID (exact).
   *
   * @param collection the collection name
   * @param patientId the PatientID
   * @return the patient, or empty
   */
  public Optional<Patient> patient(String collection, String patientId) {
    return Optional.ofNullable(patientByKey.get(key(collection, patientId)));
  }

  /**
   * All studies.
   *
   * @return the studies
   */
  public List<Study> studies() {
    return studies;
  }

  /**
   * A study by its UID.
   *
   * @param studyInstanceUid the StudyInstanceUID
   * @return the study, or empty
   */
  public Optional<Study> study(String studyInstanceUid) {
    return Optional.ofNullable(studyByUid.get(studyInstanceUid));
  }

  /**
   * All series, visible or not.
   *
   * @return the series
   */
  public List<Series> series() {
    return series;
  }

  /**
   * A series by its UID.
   *
   * @param seriesInstanceUid the SeriesInstanceUID
   * @return the series, or empty
   */
  public Optional<Series> series(String seriesInstanceUid) {
    return Optional.ofNullable(seriesByUid.get(seriesInstanceUid));
  }

  /**
   * The instances of a series in instance-number order.
   *
   * @param seriesInstanceUid the SeriesInstanceUID
   * @return the instances; empty for an unknown series
   */
  public List<Instance> instances(String seriesInstanceUid) {
    LazyInstances l = instancesBySeries.get(seriesInstanceUid);
    return l == null ? List.of() : l.get();
  }

  /**
   * The series an instance belongs to.
   *
   * @param sopInstanceUid the SOPInstanceUID
   * @return the series, or empty
   */
  public Optional<Series> seriesOfInstance(String sopInstanceUid) {
    Map<String, String> index = seriesBySop;
    if (index == null) {
      synchronized (this) {
        index = seriesBySop;
        if (index == null) {
          index = new HashMap<>();
          for (Series s : series) {
            for (Instance i : instances(s.seriesInstanceUid())) {
              index.put(i.sopInstanceUid(), s.seriesInstanceUid());
            }
          }
          seriesBySop = index;
        }
      }
    }
    String uid = index.get(sopInstanceUid);
    return uid == null ? Optional.empty() : series(uid);
  }

  /**
   * The sum of the instance file sizes of a series (what v4 reports as {@code FileSize}).
   *
   * @param seriesInstanceUid the SeriesInstanceUID
   * @return the size in bytes; 0 for an unknown series
   */
  public long fileSize(String seriesInstanceUid) {
    LazyInstances l = instancesBySeries.get(seriesInstanceUid);
    return l == null ? 0 : l.totalSize();
  }

  /**
   * The species table ({@code getSpeciesTax}).
   *
   * @return the species
   */
  public List<Species> speciesTable() {
    return speciesTable;
  }

  /**
   * The shared carts in creation order.
   *
   * @return a snapshot of the carts
   */
  public List<SharedCart> carts() {
    synchronized (carts) {
      return Collections.unmodifiableList(new ArrayList<>(carts.values()));
    }
  }

  /**
   * A shared cart by its exact name.
   *
   * @param name the cart name
   * @return the cart, or empty
   */
  public Optional<SharedCart> cart(String name) {
    synchronized (carts) {
      return Optional.ofNullable(carts.get(name));
    }
  }

  /**
   * Adds a shared cart unless one of that name exists (what {@code createSharedList} does).
   *
   * @param cart the cart
   * @return true if added, false if the name was taken
   */
  public boolean addCart(SharedCart cart) {
    Objects.requireNonNull(cart, "cart");
    synchronized (carts) {
      return carts.putIfAbsent(cart.name(), cart) == null;
    }
  }

  /** The memoised instances of one series. */
  private static final class LazyInstances {
    private final Series series;
    private Supplier<List<Instance>> source;
    private volatile List<Instance> instances;
    private long totalSize;

    LazyInstances(Series series, Supplier<List<Instance>> source) {
      this.series = series;
      this.source = source;
    }

    List<Instance> get() {
      List<Instance> list = instances;
      if (list == null) {
        synchronized (this) {
          list = instances;
          if (list == null) {
            list = List.copyOf(source.get());
            if (list.size() != series.imageCount()) {
              throw new IllegalStateException("Series " + series.seriesInstanceUid() + " says "
                  + series.imageCount() + " images but its supplier gave " + list.size());
            }
            long total = 0;
            for (Instance i : list) {
              total += i.fileSize();
            }
            totalSize = total;
            source = null;
            instances = list;
          }
        }
      }
      return list;
    }

    long totalSize() {
      get();
      return totalSize;
    }
  }
}
