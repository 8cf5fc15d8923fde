/**
 * The sandbox's data set, read-only for tests: collections, patients, studies, series and
 * instances, shared carts and species.
 *
 * <p>Every value is deterministic for a given seed (and, for the few "released recently"
 * series, the sandbox clock's date). The model holds everything a synthetic DICOM file of an
 * instance needs (patient, study and series attributes, instance and acquisition numbers, pixel
 * spacing, referenced series), so downloads can be generated on demand. Optional attributes are
 * {@link java.util.Optional}; an empty value is what the real server stores as SQL {@code NULL}.
 */
package io.github.tcia4j.testkit.data;
