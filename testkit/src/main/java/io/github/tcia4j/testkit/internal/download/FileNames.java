package io.github.tcia4j.testkit.internal.download;

import io.github.tcia4j.testkit.data.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The order and names of the DICOM files in a series download (reference section 4.4).
 *
 * <ul>
 *   <li><b>Database order</b>: the order of the real server's unsorted {@code select}. The
 *       sandbox uses the SOP Instance UIDs in ascending string order: stable, and on purpose not
 *       the instance-number order, so clients cannot rely on it.
 *   <li><b>Default names</b>: {@code 00000001.dcm}, {@code 00000002.dcm}, ... in database order.
 *   <li><b>New file names</b> ({@code NewFileNames=Yes}): the images sorted by InstanceNumber
 *       (stable, so equal numbers keep database order) are named {@code <a>-<i>.dcm}: {@code a}
 *       starts at 1 and goes up whenever the AcquisitionNumber differs from the previous image's,
 *       {@code i} counts the images of the current run from 1. A missing AcquisitionNumber never
 *       equals anything, so such an image, and the image after it, start a new run (the server's
 *       null quirk). {@code a} is zero-padded to the digit count of the last run number,
 *       {@code i} to the digit count of the number of instance-number changes over the whole
 *       series (the image count when numbers are distinct): {@code 1-1.dcm} for one image,
 *       {@code 1-01.dcm ... 1-40.dcm} for 40, {@code 1-001.dcm ... 1-139.dcm} for 139.
 * </ul>
 */
public final class FileNames {
  private static final Comparator<Instance> BY_SOP_UID =
      Comparator.comparing(Instance::sopInstanceUid);

  private FileNames() {}

  /**
   * A named file of a download.
   *
   * @param instance the image
   * @param name the entry name
   */
  public record Named(Instance instance, String name) {

    /**
     * Checks the components.
     *
     * @param instance the image
     * @param name the entry name
     */
    public Named {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The images in database order.
   *
   * @param instances the images of a series, in any order
   * @return a new list sorted by SOP Instance UID
   */
  public static List<Instance> databaseOrder(List<Instance> instances) {
    List<Instance> sorted = new ArrayList<>(instances);
    sorted.sort(BY_SOP_UID);
    return sorted;
  }

  /**
   * The default names: database order, {@code %08d.dcm} from 1.
   *
   * @param instances the images of a series, in any order
   * @return the files in database order
   */
  public static List<Named> defaultNames(List<Instance> instances) {
    List<Named> out = new ArrayList<>(instances.size());
    int n = 1;
    for (Instance i : databaseOrder(instances)) {
      out.add(new Named(i, String.format(Locale.ROOT, "%08d.dcm", n++)));
    }
    return out;
  }

  /**
   * The {@code NewFileNames=Yes} names, in instance-number order (the order they are written).
   *
   * @param instances the images of a series, in any order
   * @return the files sorted by InstanceNumber
   */
  public static List<Named> newFileNames(List<Instance> instances) {
    List<Instance> sorted = databaseOrder(instances);
    sorted.sort(Comparator.comparingInt(Instance::instanceNumber));
    int[] run = new int[sorted.size()];
    int[] position = new int[sorted.size()];
    int runs = 0;
    int inRun = 0;
    int numberChanges = 0;
    Optional<Integer> previousAcquisition = Optional.empty();
    Integer previousNumber = null;
    for (int k = 0; k < sorted.size(); k++) {
      Instance img = sorted.get(k);
      Optional<Integer> acquisition = img.acquisitionNumber();
      if (previousAcquisition.isEmpty() || !previousAcquisition.equals(acquisition)) {
        runs++;
        inRun = 1;
      } else {
        inRun++;
      }
      previousAcquisition = acquisition;
      if (previousNumber == null || previousNumber != img.instanceNumber()) {
        numberChanges++;
      }
      previousNumber = img.instanceNumber();
      run[k] = runs;
      position[k] = inRun;
    }
    String format = "%0" + digits(runs) + "d-%0" + digits(numberChanges) + "d.dcm";
    List<Named> out = new ArrayList<>(sorted.size());
    for (int k = 0; k < sorted.size(); k++) {
      out.add(new Named(sorted.get(k), String.format(Locale.ROOT, format, run[k], position[k])));
    }
    return out;
  }

  private static int digits(int n) {
    return Integer.toString(Math.max(1, n)).length();
  }
}
