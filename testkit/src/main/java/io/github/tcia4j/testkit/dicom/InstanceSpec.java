package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that identifies and describes one synthetic DICOM instance. Immutable; build one with
 * {@link #builder()} and change a copy with {@link #toBuilder()}.
 *
 * <p>The constructor checks every component and throws {@link IllegalArgumentException} naming the
 * component: required UIDs, {@code patientId} and {@code modality} must be present, UIDs must have
 * valid syntax, text must fit its DICOM value representation (no backslash, no control characters,
 * no leading or trailing blanks, length limits of LO 64 / SH 16 / CS 16 characters), and the pixel
 * data of an image must stay below 4 GiB. A nullable component left {@code null} is not written
 * (or written empty where DICOM requires the attribute to be present).
 *
 * <p>The SOP class decides the kind of object written: {@link SopClasses#SEGMENTATION} gives a
 * segmentation, {@link SopClasses#RT_STRUCTURE_SET} a structure set, any other SOP class a 16-bit
 * grey-scale image. {@code modality} must agree ({@code SEG} and {@code RTSTRUCT} exactly for those
 * two).
 *
 * @param sopClassUid SOP Class UID (0008,0016); the builder defaults it from the modality with
 *     {@link SopClasses#forModality(String)}
 * @param sopInstanceUid SOP Instance UID (0008,0018); required
 * @param patientId Patient ID (0010,0020); required, at most 64 characters
 * @param patientName Patient's Name (0010,0010); nullable (written empty)
 * @param patientSex Patient's Sex (0010,0040): M, F, O or null (written empty)
 * @param patientAge Patient's Age (0010,1010) such as {@code "045Y"}, or null (left out)
 * @param patientBirthDate Patient's Birth Date (0010,0030); nullable (written empty)
 * @param studyInstanceUid Study Instance UID (0020,000D); required
 * @param studyDate Study Date (0008,0020); nullable (written empty, and Study Time with it)
 * @param studyDescription Study Description (0008,1030); nullable (left out)
 * @param studyId Study ID (0020,0010), at most 16 characters; nullable (written empty)
 * @param accessionNumber Accession Number (0008,0050), at most 16 characters; nullable (written empty)
 * @param seriesInstanceUid Series Instance UID (0020,000E); required
 * @param seriesDate Series Date (0008,0021); nullable (left out)
 * @param seriesDescription Series Description (0008,103E); nullable (left out)
 * @param seriesNumber Series Number (0020,0011); nullable (written empty)
 * @param modality Modality (0008,0060), a code string such as {@code CT}; required
 * @param bodyPartExamined Body Part Examined (0018,0015), a code string such as {@code CHEST}; nullable
 * @param protocolName Protocol Name (0018,1030); nullable
 * @param manufacturer Manufacturer (0008,0070); nullable (written empty)
 * @param manufacturerModelName Manufacturer's Model Name (0008,1090); nullable
 * @param softwareVersions Software Versions (0018,1020), several values separated by backslashes
 *     allowed; nullable
 * @param frameOfReferenceUid Frame of Reference UID (0020,0052); required (an RTSTRUCT writes it
 *     inside its Referenced Frame of Reference Sequence)
 * @param institutionName Institution Name (0008,0080); nullable
 * @param instanceNumber Instance Number (0020,0013), 1 or more; also selects the slice of the
 *     synthetic volume and its z position
 * @param acquisitionNumber Acquisition Number (0020,0012); nullable (left out)
 * @param rows Rows (0028,0010), 1 to 65535
 * @param columns Columns (0028,0011), 1 to 65535
 * @param pixelSpacingRow first value of Pixel Spacing (0028,0030): mm between rows, above 0
 * @param pixelSpacingColumn second value of Pixel Spacing: mm between columns, above 0
 * @param sliceThickness Slice Thickness (0018,0050) in mm, above 0; nullable (left out, and 1 mm is
 *     used for the slice position)
 * @param references the series a SEG or RTSTRUCT refers to; must be empty for other objects
 *     ({@code null} is taken as empty)
 * @param pixelSeed seed of the synthetic pixel data; give all instances of a series the same seed
 *     to get slices of one coherent volume
 */
public record InstanceSpec(
        String sopClassUid, String sopInstanceUid,
        String patientId, String patientName, String patientSex, String patientAge, LocalDate patientBirthDate,
        String studyInstanceUid, LocalDate studyDate, String studyDescription, String studyId, String accessionNumber,
        String seriesInstanceUid, LocalDate seriesDate, String seriesDescription, Integer seriesNumber, String modality,
        String bodyPartExamined, String protocolName, String manufacturer, String manufacturerModelName,
        String softwareVersions,
        String frameOfReferenceUid, String institutionName,
        int instanceNumber, Integer acquisitionNumber,
        int rows, int columns, double pixelSpacingRow, double pixelSpacingColumn, Double sliceThickness,
        List<ReferencedSeries> references,
        long pixelSeed) {

    /** The largest pixel data an element can hold: 4 GiB minus 2 bytes. */
    static final long MAX_PIXEL_BYTES = 0xFFFF_FFFEL;

    /**
     * Checks every component (see the class description) and copies {@code references}.
     *
     * @param sopClassUid SOP Class UID (0008,0016); the builder defaults it from the modality with
     *     {@link SopClasses#forModality(String)}
     * @param sopInstanceUid SOP Instance UID (0008,0018); required
     * @param patientId Patient ID (0010,0020); required, at most 64 characters
     * @param patientName Patient's Name (0010,0010); nullable (written empty)
     * @param patientSex Patient's Sex (0010,0040): M, F, O or null (written empty)
     * @param patientAge Patient's Age (0010,1010) such as {@code "045Y"}, or null (left out)
     * @param patientBirthDate Patient's Birth Date (0010,0030); nullable (written empty)
     * @param studyInstanceUid Study Instance UID (0020,000D); required
     * @param studyDate Study Date (0008,0020); nullable (written empty, and Study Time with it)
     * @param studyDescription Study Description (0008,1030); nullable (left out)
     * @param studyId Study ID (0020,0010), at most 16 characters; nullable (written empty)
     * @param accessionNumber Accession Number (0008,0050), at most 16 characters; nullable (written empty)
     * @param seriesInstanceUid Series Instance UID (0020,000E); required
     * @param seriesDate Series Date (0008,0021); nullable (left out)
     * @param seriesDescription Series Description (0008,103E); nullable (left out)
     * @param seriesNumber Series Number (0020,0011); nullable (written empty)
     * @param modality Modality (0008,0060), a code string such as {@code CT}; required
     * @param bodyPartExamined Body Part Examined (0018,0015), a code string such as {@code CHEST}; nullable
     * @param protocolName Protocol Name (0018,1030); nullable
     * @param manufacturer Manufacturer (0008,0070); nullable (written empty)
     * @param manufacturerModelName Manufacturer's Model Name (0008,1090); nullable
     * @param softwareVersions Software Versions (0018,1020), several values separated by backslashes
     *     allowed; nullable
     * @param frameOfReferenceUid Frame of Reference UID (0020,0052); required (an RTSTRUCT writes it
     *     inside its Referenced Frame of Reference Sequence)
     * @param institutionName Institution Name (0008,0080); nullable
     * @param instanceNumber Instance Number (0020,0013), 1 or more; also selects the slice of the
     *     synthetic volume and its z position
     * @param acquisitionNumber Acquisition Number (0020,0012); nullable (left out)
     * @param rows Rows (0028,0010), 1 to 65535
     * @param columns Columns (0028,0011), 1 to 65535
     * @param pixelSpacingRow first value of Pixel Spacing (0028,0030): mm between rows, above 0
     * @param pixelSpacingColumn second value of Pixel Spacing: mm between columns, above 0
     * @param sliceThickness Slice Thickness (0018,0050) in mm, above 0; nullable (left out, and 1 mm is
     *     used for the slice position)
     * @param references the series a SEG or RTSTRUCT refers to; must be empty for other objects
     *     ({@code null} is taken as empty)
     * @param pixelSeed seed of the synthetic pixel data; give all instances of a series the same seed
     *     to get slices of one coherent volume
     * @throws IllegalArgumentException naming the first component that is missing or invalid
     */
    public InstanceSpec {
        SpecChecks.requiredCodeString(modality, "modality");
        SpecChecks.uid(sopClassUid, "sopClassUid");
        SpecChecks.uid(sopInstanceUid, "sopInstanceUid");
        SpecChecks.requiredLongString(patientId, "patientId");
        SpecChecks.personName(patientName, "patientName");
        SpecChecks.sex(patientSex, "patientSex");
        SpecChecks.age(patientAge, "patientAge");
        SpecChecks.date(patientBirthDate, "patientBirthDate");
        SpecChecks.uid(studyInstanceUid, "studyInstanceUid");
        SpecChecks.date(studyDate, "studyDate");
        SpecChecks.longString(studyDescription, "studyDescription");
        SpecChecks.shortString(studyId, "studyId");
        SpecChecks.shortString(accessionNumber, "accessionNumber");
        SpecChecks.uid(seriesInstanceUid, "seriesInstanceUid");
        SpecChecks.date(seriesDate, "seriesDate");
        SpecChecks.longString(seriesDescription, "seriesDescription");
        SpecChecks.codeString(bodyPartExamined, "bodyPartExamined");
        SpecChecks.longString(protocolName, "protocolName");
        SpecChecks.longString(manufacturer, "manufacturer");
        SpecChecks.longString(manufacturerModelName, "manufacturerModelName");
        SpecChecks.longStrings(softwareVersions, "softwareVersions");
        SpecChecks.uid(frameOfReferenceUid, "frameOfReferenceUid");
        SpecChecks.longString(institutionName, "institutionName");
        if (instanceNumber < 1) {
            throw new IllegalArgumentException("instanceNumber is " + instanceNumber + "; it must be 1 or more");
        }
        SpecChecks.dimension(rows, "rows");
        SpecChecks.dimension(columns, "columns");
        SpecChecks.positive(pixelSpacingRow, "pixelSpacingRow");
        SpecChecks.positive(pixelSpacingColumn, "pixelSpacingColumn");
        SpecChecks.positive(sliceThickness, "sliceThickness");
        references = copyReferences(references);
        checkKind(sopClassUid, modality, references, instanceNumber, rows, columns);
    }

    /**
     * A builder with no UIDs set, 512 × 512 pixels of 1 mm, instance number 1, no references and
     * pixel seed 0.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this spec's values.
     *
     * @return a new builder initialised from this spec
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static List<ReferencedSeries> copyReferences(List<ReferencedSeries> references) {
        if (references == null) {
            return List.of();
        }
        for (int i = 0; i < references.size(); i++) {
            if (references.get(i) == null) {
                throw new IllegalArgumentException("references[" + i + "] is null; remove it from the list");
            }
        }
        return List.copyOf(references);
    }

    private static void checkKind(String sopClassUid, String modality, List<ReferencedSeries> references,
            int instanceNumber, int rows, int columns) {
        boolean seg = sopClassUid.equals(SopClasses.SEGMENTATION);
        boolean rtstruct = sopClassUid.equals(SopClasses.RT_STRUCTURE_SET);
        if (seg != modality.equals("SEG")) {
            throw new IllegalArgumentException("modality " + modality + " does not match sopClassUid " + sopClassUid
                    + ": Segmentation Storage (" + SopClasses.SEGMENTATION + ") goes with modality SEG only");
        }
        if (rtstruct != modality.equals("RTSTRUCT")) {
            throw new IllegalArgumentException("modality " + modality + " does not match sopClassUid " + sopClassUid
                    + ": RT Structure Set Storage (" + SopClasses.RT_STRUCTURE_SET + ") goes with modality RTSTRUCT only");
        }
        if (!seg && !rtstruct) {
            if (!references.isEmpty()) {
                throw new IllegalArgumentException("references has " + references.size() + " entries but modality "
                        + modality + " is an image; only SEG and RTSTRUCT instances refer to other series");
            }
            long pixelBytes = 2L * rows * columns;
            if (pixelBytes > MAX_PIXEL_BYTES) {
                throw new IllegalArgumentException("rows × columns = " + rows + " × " + columns + " gives " + pixelBytes
                        + " bytes of 16-bit pixel data, more than the 4 GiB - 2 a DICOM element can hold;"
                        + " use fewer rows or columns");
            }
            if (sopClassUid.equals(SopClasses.PET_IMAGE) && instanceNumber > 0xFFFF) {
                throw new IllegalArgumentException("instanceNumber " + instanceNumber
                        + " is above 65535, which a PET image cannot hold as Image Index (0054,1330)");
            }
        }
    }

    /** Builds an {@link InstanceSpec}; every setter returns this builder. */
    public static final class Builder {
        private String sopClassUid;
        private String sopInstanceUid;
        private String patientId;
        private String patientName;
        private String patientSex;
        private String patientAge;
        private LocalDate patientBirthDate;
        private String studyInstanceUid;
        private LocalDate studyDate;
        private String studyDescription;
        private String studyId;
        private String accessionNumber;
        private String seriesInstanceUid;
        private LocalDate seriesDate;
        private String seriesDescription;
        private Integer seriesNumber;
        private String modality;
        private String bodyPartExamined;
        private String protocolName;
        private String manufacturer;
        private String manufacturerModelName;
        private String softwareVersions;
        private String frameOfReferenceUid;
        private String institutionName;
        private int instanceNumber = 1;
        private Integer acquisitionNumber;
        private int rows = 512;
        private int columns = 512;
        private double pixelSpacingRow = 1.0;
        private double pixelSpacingColumn = 1.0;
        private Double sliceThickness;
        private final List<ReferencedSeries> references = new ArrayList<>();
        private long pixelSeed;

        private Builder() {
        }

        private Builder(InstanceSpec spec) {
            sopClassUid = spec.sopClassUid;
            sopInstanceUid = spec.sopInstanceUid;
            patientId = spec.patientId;
            patientName = spec.patientName;
            patientSex = spec.patientSex;
            patientAge = spec.patientAge;
            patientBirthDate = spec.patientBirthDate;
            studyInstanceUid = spec.studyInstanceUid;
            studyDate = spec.studyDate;
            studyDescription = spec.studyDescription;
            studyId = spec.studyId;
            accessionNumber = spec.accessionNumber;
            seriesInstanceUid = spec.seriesInstanceUid;
            seriesDate = spec.seriesDate;
            seriesDescription = spec.seriesDescription;
            seriesNumber = spec.seriesNumber;
            modality = spec.modality;
            bodyPartExamined = spec.bodyPartExamined;
            protocolName = spec.protocolName;
            manufacturer = spec.manufacturer;
            manufacturerModelName = spec.manufacturerModelName;
            softwareVersions = spec.softwareVersions;
            frameOfReferenceUid = spec.frameOfReferenceUid;
            institutionName = spec.institutionName;
            instanceNumber = spec.instanceNumber;
            acquisitionNumber = spec.acquisitionNumber;
            rows = spec.rows;
            columns = spec.columns;
            pixelSpacingRow = spec.pixelSpacingRow;
            pixelSpacingColumn = spec.pixelSpacingColumn;
            sliceThickness = spec.sliceThickness;
            references.addAll(spec.references);
            pixelSeed = spec.pixelSeed;
        }

        /**
         * Sets the SOP Class UID; when never set (or null), {@link #build()} uses
         * {@link SopClasses#forModality(String)}.
         *
         * @param value the SOP Class UID
         * @return this builder
         */
        public Builder sopClassUid(String value) {
            sopClassUid = value;
            return this;
        }

        /**
         * Sets the SOP Instance UID.
         *
         * @param value the SOP Instance UID
         * @return this builder
         */
        public Builder sopInstanceUid(String value) {
            sopInstanceUid = value;
            return this;
        }

        /**
         * Sets the Patient ID.
         *
         * @param value the Patient ID
         * @return this builder
         */
        public Builder patientId(String value) {
            patientId = value;
            return this;
        }

        /**
         * Sets the Patient's Name.
         *
         * @param value the name, e.g. {@code "Doe^Jane"}, or null
         * @return this builder
         */
        public Builder patientName(String value) {
            patientName = value;
            return this;
        }

        /**
         * Sets the Patient's Sex.
         *
         * @param value M, F, O or null
         * @return this builder
         */
        public Builder patientSex(String value) {
            patientSex = value;
            return this;
        }

        /**
         * Sets the Patient's Age.
         *
         * @param value e.g. {@code "045Y"}, or null
         * @return this builder
         */
        public Builder patientAge(String value) {
            patientAge = value;
            return this;
        }

        /**
         * Sets the Patient's Birth Date.
         *
         * @param value the date or null
         * @return this builder
         */
        public Builder patientBirthDate(LocalDate value) {
            patientBirthDate = value;
            return this;
        }

        /**
         * Sets the Study Instance UID.
         *
         * @param value the Study Instance UID
         * @return this builder
         */
        public Builder studyInstanceUid(String value) {
            studyInstanceUid = value;
            return this;
        }

        /**
         * Sets the Study Date.
         *
         * @param value the date or null
         * @return this builder
         */
        public Builder studyDate(LocalDate value) {
            studyDate = value;
            return this;
        }

        /**
         * Sets the Study Description.
         *
         * @param value the description or null
         * @return this builder
         */
        public Builder studyDescription(String value) {
            studyDescription = value;
            return this;
        }

        /**
         * Sets the Study ID.
         *
         * @param value the Study ID (at most 16 characters) or null
         * @return this builder
         */
        public Builder studyId(String value) {
            studyId = value;
            return this;
        }

        /**
         * Sets the Accession Number.
         *
         * @param value the Accession Number (at most 16 characters) or null
         * @return this builder
         */
        public Builder accessionNumber(String value) {
            accessionNumber = value;
            return this;
        }

        /**
         * Sets the Series Instance UID.
         *
         * @param value the Series Instance UID
         * @return this builder
         */
        public Builder seriesInstanceUid(String value) {
            seriesInstanceUid = value;
            return this;
        }

        /**
         * Sets the Series Date.
         *
         * @param value the date or null
         * @return this builder
         */
        public Builder seriesDate(LocalDate value) {
            seriesDate = value;
            return this;
        }

        /**
         * Sets the Series Description.
         *
         * @param value the description or null
         * @return this builder
         */
        public Builder seriesDescription(String value) {
            seriesDescription = value;
            return this;
        }

        /**
         * Sets the Series Number.
         *
         * @param value the number or null
         * @return this builder
         */
        public Builder seriesNumber(Integer value) {
            seriesNumber = value;
            return this;
        }

        /**
         * Sets the Modality.
         *
         * @param value a modality code such as {@code CT}, {@code SEG} or {@code RTSTRUCT}
         * @return this builder
         */
        public Builder modality(String value) {
            modality = value;
            return this;
        }

        /**
         * Sets the Body Part Examined.
         *
         * @param value a code string such as {@code CHEST}, or null
         * @return this builder
         */
        public Builder bodyPartExamined(String value) {
            bodyPartExamined = value;
            return this;
        }

        /**
         * Sets the Protocol Name.
         *
         * @param value the protocol name or null
         * @return this builder
         */
        public Builder protocolName(String value) {
            protocolName = value;
            return this;
        }

        /**
         * Sets the Manufacturer.
         *
         * @param value the manufacturer or null
         * @return this builder
         */
        public Builder manufacturer(String value) {
            manufacturer = value;
            return this;
        }

        /**
         * Sets the Manufacturer's Model Name.
         *
         * @param value the model name or null
         * @return this builder
         */
        public Builder manufacturerModelName(String value) {
            manufacturerModelName = value;
            return this;
        }

        /**
         * Sets the Software Versions.
         *
         * @param value one version, or several separated by backslashes, or null
         * @return this builder
         */
        public Builder softwareVersions(String value) {
            softwareVersions = value;
            return this;
        }

        /**
         * Sets the Frame of Reference UID.
         *
         * @param value the Frame of Reference UID
         * @return this builder
         */
        public Builder frameOfReferenceUid(String value) {
            frameOfReferenceUid = value;
            return this;
        }

        /**
         * Sets the Institution Name.
         *
         * @param value the institution or null
         * @return this builder
         */
        public Builder institutionName(String value) {
            institutionName = value;
            return this;
        }

        /**
         * Sets the Instance Number.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder instanceNumber(int value) {
            instanceNumber = value;
            return this;
        }

        /**
         * Sets the Acquisition Number.
         *
         * @param value the number or null
         * @return this builder
         */
        public Builder acquisitionNumber(Integer value) {
            acquisitionNumber = value;
            return this;
        }

        /**
         * Sets the number of Rows.
         *
         * @param value 1 to 65535
         * @return this builder
         */
        public Builder rows(int value) {
            rows = value;
            return this;
        }

        /**
         * Sets the number of Columns.
         *
         * @param value 1 to 65535
         * @return this builder
         */
        public Builder columns(int value) {
            columns = value;
            return this;
        }

        /**
         * Sets the distance between rows in mm.
         *
         * @param value above 0
         * @return this builder
         */
        public Builder pixelSpacingRow(double value) {
            pixelSpacingRow = value;
            return this;
        }

        /**
         * Sets the distance between columns in mm.
         *
         * @param value above 0
         * @return this builder
         */
        public Builder pixelSpacingColumn(double value) {
            pixelSpacingColumn = value;
            return this;
        }

        /**
         * Sets both values of Pixel Spacing.
         *
         * @param row mm between rows, above 0
         * @param column mm between columns, above 0
         * @return this builder
         */
        public Builder pixelSpacing(double row, double column) {
            pixelSpacingRow = row;
            pixelSpacingColumn = column;
            return this;
        }

        /**
         * Sets the Slice Thickness.
         *
         * @param value mm above 0, or null
         * @return this builder
         */
        public Builder sliceThickness(Double value) {
            sliceThickness = value;
            return this;
        }

        /**
         * Replaces the referenced series.
         *
         * @param value the series a SEG or RTSTRUCT refers to; null clears them
         * @return this builder
         */
        public Builder references(List<ReferencedSeries> value) {
            references.clear();
            if (value != null) {
                references.addAll(value);
            }
            return this;
        }

        /**
         * Adds one referenced series.
         *
         * @param value a series the SEG or RTSTRUCT refers to
         * @return this builder
         */
        public Builder addReference(ReferencedSeries value) {
            references.add(value);
            return this;
        }

        /**
         * Sets the pixel seed.
         *
         * @param value any number; the same for all instances of one series gives one coherent volume
         * @return this builder
         */
        public Builder pixelSeed(long value) {
            pixelSeed = value;
            return this;
        }

        /**
         * Builds the spec, taking the SOP Class UID from the modality when it was not set.
         *
         * @return the spec
         * @throws IllegalArgumentException naming the first missing or invalid value
         */
        public InstanceSpec build() {
            String sopClass = sopClassUid;
            if (sopClass == null && modality != null) {
                sopClass = SopClasses.forModality(modality);
            }
            return new InstanceSpec(sopClass, sopInstanceUid, patientId, patientName, patientSex, patientAge,
                    patientBirthDate, studyInstanceUid, studyDate, studyDescription, studyId, accessionNumber,
                    seriesInstanceUid, seriesDate, seriesDescription, seriesNumber, modality, bodyPartExamined,
                    protocolName, manufacturer, manufacturerModelName, softwareVersions, frameOfReferenceUid,
                    institutionName, instanceNumber, acquisitionNumber, rows, columns, pixelSpacingRow,
                    pixelSpacingColumn, sliceThickness, references, pixelSeed);
        }
    }
}
