/**
 * Synthetic DICOM Part-10 files for the sandbox, written without any DICOM library.
 *
 * <h2>What to call</h2>
 * <ul>
 *   <li>{@link io.github.tcia4j.testkit.dicom.InstanceSpec} describes one instance (patient, study,
 *       series, equipment, geometry, references, pixel seed); build it with
 *       {@link io.github.tcia4j.testkit.dicom.InstanceSpec#builder()}.</li>
 *   <li>{@link io.github.tcia4j.testkit.dicom.SyntheticDicom#write SyntheticDicom.write} streams the
 *       file, {@link io.github.tcia4j.testkit.dicom.SyntheticDicom#size SyntheticDicom.size} gives
 *       its exact length without generating pixels (for {@code FileSize} columns and
 *       {@code Content-Length}), {@link io.github.tcia4j.testkit.dicom.SyntheticDicom#toBytes
 *       SyntheticDicom.toBytes} returns small files as a byte array, and
 *       {@link io.github.tcia4j.testkit.dicom.SyntheticDicom#tagRows SyntheticDicom.tagRows} gives
 *       the rows of NBIA's {@code getDicomTags} answer for the file;
 *       {@link io.github.tcia4j.testkit.dicom.SyntheticDicom#md5Hex SyntheticDicom.md5Hex} the MD5
 *       NBIA lists in {@code md5hashes.csv} and {@code getMD5HashForImage}.</li>
 *   <li>{@link io.github.tcia4j.testkit.dicom.DicomUids#derive DicomUids.derive} makes stable UIDs
 *       from keys; {@link io.github.tcia4j.testkit.dicom.SopClasses#forModality
 *       SopClasses.forModality} picks the SOP class.</li>
 * </ul>
 *
 * <h2>Encoding</h2>
 * A 128-byte zero preamble, {@code DICM}, the file meta group (0002) with its group length, then
 * the data set; everything in Explicit VR Little Endian ({@code 1.2.840.10008.1.2.1}). Elements are
 * in ascending tag order; values have even length, padded with NUL for UI, OB and OW and with a
 * space for text. OB, OW, SQ, UN, UT, UC and UR use the long header form (two reserved bytes and a
 * 4-byte length). Sequences and items always have defined lengths (no delimitation items).
 * Specific Character Set is {@code ISO_IR 192} (UTF-8). The file meta group carries a derived
 * Implementation Class UID and the Implementation Version Name {@code TCIA4J_TESTKIT_1}.
 *
 * <h2>Content</h2>
 * Every object has the SOP Common, Patient, General Study, General Series and General Equipment
 * attributes taken from the spec. Nullable spec values are left out, except where DICOM requires
 * the attribute to be present (type 2): then an empty value is written (patient name, birth date
 * and sex, study date and time, accession number, study ID, series number, manufacturer, referring
 * physician). Times are not in the spec: Study Time is derived from the Study Instance UID and
 * Content Time from the Series Instance UID (between 07:00 and 19:00), so they never change.
 * Content Date is the series date, else the study date.
 *
 * <ul>
 *   <li><b>Images</b> (every SOP class except SEG and RTSTRUCT; MG, US, OT and unknown modalities
 *       use Secondary Capture): MONOCHROME2, 16 bits allocated, 12 bits stored (16 for PET),
 *       unsigned; Pixel Spacing; Window Center/Width; Lossy Image Compression {@code 00}. CT, MR
 *       and PET also get the Frame of Reference, Slice Thickness when set, an axial Image
 *       Orientation, an Image Position centred on the z axis with
 *       {@code z = instance number × slice thickness} (1 mm when the thickness is not set) and
 *       Slice Location {@code z}; projection images (CR, DX, Secondary Capture) get Patient
 *       Orientation {@code L\F} instead. CT has Rescale Intercept -1024 and Slope 1 (stored 0 is
 *       -1024 HU) and KVP; MR a spin-echo parameter set; PET units, series type, counts source,
 *       decay correction and image index; DX its presentation, anatomy and detector attributes.
 *       Pixel Data (OW) is one slice of a synthetic volume fixed by {@code pixelSeed}: a body
 *       ellipse with a smooth gradient, spheres of other intensities and uniform noise; the
 *       instance number selects the slice (the volume repeats every 48 slices) and reseeds the
 *       noise. It is generated one row at a time at several hundred MB/s, and DEFLATE compresses
 *       it to about 40 %, like real CT.</li>
 *   <li><b>SEG</b>: one BINARY segment (1-bit pixels, packed eight per byte, OB) in one frame
 *       holding an ellipse; Segment Sequence with category and type codes (SNOMED CT); shared and
 *       per-frame functional groups (pixel measures, plane orientation and position, segment
 *       identification, and with references a Derivation Image Sequence naming the middle image of
 *       the first referenced series, on whose slice the frame lies); dimension organisation; a
 *       Device Serial Number derived from manufacturer and model; and, per referenced series, an
 *       item of the Referenced Series Sequence (0008,1115) holding the Referenced Instance Sequence
 *       (0008,114A) followed by the Series Instance UID (0020,000E). In {@code getDicomTags} rows
 *       this gives the {@code ">(0008,114A)"} End row immediately followed by
 *       {@code ">(0020,000E)"}, the pattern {@code tcia_utils.getSegRefSeries} reads. All
 *       references go into (0008,1115), even those in another study.</li>
 *   <li><b>RTSTRUCT</b>: no pixel data; Frame of Reference; Structure Set label, name (the series
 *       description), date and time; the Referenced Frame of Reference Sequence (3006,0010) with one
 *       RT Referenced Study item per referenced study and, inside, one RT Referenced Series item per
 *       referenced series holding the Series Instance UID followed by the Contour Image Sequence.
 *       The rows {@code ">>(3006,0014)"} then {@code ">>>(0020,000E)"} are what
 *       {@code getSegRefSeries} reads; when the references span several studies the pattern occurs
 *       once per study (and tcia_utils refuses the answer, as it does for real data). One ROI with
 *       a 24-point closed planar contour on the middle image of the first referenced series, and its
 *       RT ROI Observation.</li>
 * </ul>
 *
 * <p>Checked with dicom3tools {@code dciodvfy}: CT, MR, CR, Secondary Capture, SEG and RTSTRUCT
 * files pass without errors when the spec fills the equipment fields (SEG requires manufacturer,
 * model and software versions). Two errors remain by design: PET lacks Number of Slices
 * (0054,0081), because the series size is not part of a single instance's spec, and DX has an
 * empty Anatomic Region Sequence next to a Body Part Examined.
 *
 * <h2>getDicomTags rows</h2>
 * {@link io.github.tcia4j.testkit.dicom.TagRow} rows follow NBIA (see {@code nbia-api.md} §4.5):
 * file meta group first (including the group length), then the data set in tag order; element
 * strings like {@code (0008,0060)} with upper-case hex and one {@code >} per nesting level;
 * attribute names from the DICOM dictionary (unknown tags would get {@code ""}); a sequence gives
 * a row with {@code data} null, its items' rows, then a row with the same element string named
 * {@code End <name>}; item delimiters give no rows; several values are joined with a backslash;
 * OB, OW and UN values give {@code data} null, except groups 6000 and above (Pixel Data) which give
 * {@code "..."}; empty values give {@code ""}; AT values are shown as {@code (GGGG,EEEE)}.
 *
 * <h2>Determinism and limits</h2>
 * The same spec gives byte-identical output on every run and JVM (the pixel generator uses integer
 * arithmetic, {@link java.lang.StrictMath} and fixed seeds). A 16-bit image's pixel data must stay
 * below 4 GiB (rows × columns × 2 ≤ 4 GiB − 2); files are written as one stream and never held in
 * memory, except by {@code toBytes}, which refuses files over 64 MiB.
 */
package io.github.tcia4j.testkit.dicom;
