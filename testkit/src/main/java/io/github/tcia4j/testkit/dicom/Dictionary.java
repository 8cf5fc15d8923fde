package io.github.tcia4j.testkit.dicom;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The small part of the DICOM data dictionary (PS3.6) this encoder writes: attribute name and VR
 * per tag. Every element the encoder produces is looked up here, so a tag missing from this table
 * is a programming error that fails loudly instead of giving a nameless row.
 */
final class Dictionary {

    /** One dictionary entry. */
    record Entry(String name, Vr vr) { }

    private static final Map<Integer, Entry> ENTRIES = new HashMap<>();

    static {
        // file meta information (group 0002)
        add(0x0002_0000, "File Meta Information Group Length", Vr.UL);
        add(0x0002_0001, "File Meta Information Version", Vr.OB);
        add(0x0002_0002, "Media Storage SOP Class UID", Vr.UI);
        add(0x0002_0003, "Media Storage SOP Instance UID", Vr.UI);
        add(0x0002_0010, "Transfer Syntax UID", Vr.UI);
        add(0x0002_0012, "Implementation Class UID", Vr.UI);
        add(0x0002_0013, "Implementation Version Name", Vr.SH);
        // identifying
        add(0x0008_0005, "Specific Character Set", Vr.CS);
        add(0x0008_0008, "Image Type", Vr.CS);
        add(0x0008_0016, "SOP Class UID", Vr.UI);
        add(0x0008_0018, "SOP Instance UID", Vr.UI);
        add(0x0008_0020, "Study Date", Vr.DA);
        add(0x0008_0021, "Series Date", Vr.DA);
        add(0x0008_0022, "Acquisition Date", Vr.DA);
        add(0x0008_0023, "Content Date", Vr.DA);
        add(0x0008_0030, "Study Time", Vr.TM);
        add(0x0008_0031, "Series Time", Vr.TM);
        add(0x0008_0032, "Acquisition Time", Vr.TM);
        add(0x0008_0033, "Content Time", Vr.TM);
        add(0x0008_0050, "Accession Number", Vr.SH);
        add(0x0008_0060, "Modality", Vr.CS);
        add(0x0008_0064, "Conversion Type", Vr.CS);
        add(0x0008_0068, "Presentation Intent Type", Vr.CS);
        add(0x0008_0070, "Manufacturer", Vr.LO);
        add(0x0008_0080, "Institution Name", Vr.LO);
        add(0x0008_0090, "Referring Physician's Name", Vr.PN);
        add(0x0008_0100, "Code Value", Vr.SH);
        add(0x0008_0102, "Coding Scheme Designator", Vr.SH);
        add(0x0008_0104, "Code Meaning", Vr.LO);
        add(0x0008_1030, "Study Description", Vr.LO);
        add(0x0008_103E, "Series Description", Vr.LO);
        add(0x0008_1070, "Operators' Name", Vr.PN);
        add(0x0008_1090, "Manufacturer's Model Name", Vr.LO);
        add(0x0008_1115, "Referenced Series Sequence", Vr.SQ);
        add(0x0008_114A, "Referenced Instance Sequence", Vr.SQ);
        add(0x0008_1150, "Referenced SOP Class UID", Vr.UI);
        add(0x0008_1155, "Referenced SOP Instance UID", Vr.UI);
        add(0x0008_2112, "Source Image Sequence", Vr.SQ);
        add(0x0008_2218, "Anatomic Region Sequence", Vr.SQ);
        add(0x0008_9124, "Derivation Image Sequence", Vr.SQ);
        add(0x0008_9215, "Derivation Code Sequence", Vr.SQ);
        // patient
        add(0x0010_0010, "Patient's Name", Vr.PN);
        add(0x0010_0020, "Patient ID", Vr.LO);
        add(0x0010_0030, "Patient's Birth Date", Vr.DA);
        add(0x0010_0040, "Patient's Sex", Vr.CS);
        add(0x0010_1010, "Patient's Age", Vr.AS);
        // acquisition
        add(0x0018_0015, "Body Part Examined", Vr.CS);
        add(0x0018_0020, "Scanning Sequence", Vr.CS);
        add(0x0018_0021, "Sequence Variant", Vr.CS);
        add(0x0018_0022, "Scan Options", Vr.CS);
        add(0x0018_0023, "MR Acquisition Type", Vr.CS);
        add(0x0018_0050, "Slice Thickness", Vr.DS);
        add(0x0018_0060, "KVP", Vr.DS);
        add(0x0018_0080, "Repetition Time", Vr.DS);
        add(0x0018_0081, "Echo Time", Vr.DS);
        add(0x0018_0091, "Echo Train Length", Vr.IS);
        add(0x0018_1000, "Device Serial Number", Vr.LO);
        add(0x0018_1020, "Software Versions", Vr.LO);
        add(0x0018_1030, "Protocol Name", Vr.LO);
        add(0x0018_1181, "Collimator Type", Vr.CS);
        add(0x0018_1242, "Actual Frame Duration", Vr.IS);
        add(0x0018_1164, "Imager Pixel Spacing", Vr.DS);
        add(0x0018_1508, "Positioner Type", Vr.CS);
        add(0x0018_5100, "Patient Position", Vr.CS);
        add(0x0018_5101, "View Position", Vr.CS);
        add(0x0018_7004, "Detector Type", Vr.CS);
        // relationship and geometry
        add(0x0020_000D, "Study Instance UID", Vr.UI);
        add(0x0020_000E, "Series Instance UID", Vr.UI);
        add(0x0020_0010, "Study ID", Vr.SH);
        add(0x0020_0011, "Series Number", Vr.IS);
        add(0x0020_0012, "Acquisition Number", Vr.IS);
        add(0x0020_0013, "Instance Number", Vr.IS);
        add(0x0020_0020, "Patient Orientation", Vr.CS);
        add(0x0020_0032, "Image Position (Patient)", Vr.DS);
        add(0x0020_0037, "Image Orientation (Patient)", Vr.DS);
        add(0x0020_0052, "Frame of Reference UID", Vr.UI);
        add(0x0020_0062, "Image Laterality", Vr.CS);
        add(0x0020_1040, "Position Reference Indicator", Vr.LO);
        add(0x0020_1041, "Slice Location", Vr.DS);
        add(0x0020_9111, "Frame Content Sequence", Vr.SQ);
        add(0x0020_9113, "Plane Position Sequence", Vr.SQ);
        add(0x0020_9116, "Plane Orientation Sequence", Vr.SQ);
        add(0x0020_9157, "Dimension Index Values", Vr.UL);
        add(0x0020_9164, "Dimension Organization UID", Vr.UI);
        add(0x0020_9165, "Dimension Index Pointer", Vr.AT);
        add(0x0020_9167, "Functional Group Pointer", Vr.AT);
        add(0x0020_9221, "Dimension Organization Sequence", Vr.SQ);
        add(0x0020_9222, "Dimension Index Sequence", Vr.SQ);
        add(0x0020_9421, "Dimension Description Label", Vr.LO);
        // image pixel and presentation
        add(0x0028_0002, "Samples per Pixel", Vr.US);
        add(0x0028_0004, "Photometric Interpretation", Vr.CS);
        add(0x0028_0008, "Number of Frames", Vr.IS);
        add(0x0028_0010, "Rows", Vr.US);
        add(0x0028_0011, "Columns", Vr.US);
        add(0x0028_0030, "Pixel Spacing", Vr.DS);
        add(0x0028_0051, "Corrected Image", Vr.CS);
        add(0x0028_0100, "Bits Allocated", Vr.US);
        add(0x0028_0101, "Bits Stored", Vr.US);
        add(0x0028_0102, "High Bit", Vr.US);
        add(0x0028_0103, "Pixel Representation", Vr.US);
        add(0x0028_0301, "Burned In Annotation", Vr.CS);
        add(0x0028_1040, "Pixel Intensity Relationship", Vr.CS);
        add(0x0028_1041, "Pixel Intensity Relationship Sign", Vr.SS);
        add(0x0028_1050, "Window Center", Vr.DS);
        add(0x0028_1051, "Window Width", Vr.DS);
        add(0x0028_1052, "Rescale Intercept", Vr.DS);
        add(0x0028_1053, "Rescale Slope", Vr.DS);
        add(0x0028_1054, "Rescale Type", Vr.LO);
        add(0x0028_2110, "Lossy Image Compression", Vr.CS);
        add(0x0028_9110, "Pixel Measures Sequence", Vr.SQ);
        // context
        add(0x0040_0555, "Acquisition Context Sequence", Vr.SQ);
        add(0x0040_A170, "Purpose of Reference Code Sequence", Vr.SQ);
        // PET
        add(0x0054_0016, "Radiopharmaceutical Information Sequence", Vr.SQ);
        add(0x0054_1000, "Series Type", Vr.CS);
        add(0x0054_1001, "Units", Vr.CS);
        add(0x0054_1002, "Counts Source", Vr.CS);
        add(0x0054_1102, "Decay Correction", Vr.CS);
        add(0x0054_1300, "Frame Reference Time", Vr.DS);
        add(0x0054_1330, "Image Index", Vr.US);
        add(0x0054_0410, "Patient Orientation Code Sequence", Vr.SQ);
        add(0x0054_0414, "Patient Gantry Relationship Code Sequence", Vr.SQ);
        // segmentation
        add(0x0062_0001, "Segmentation Type", Vr.CS);
        add(0x0062_0002, "Segment Sequence", Vr.SQ);
        add(0x0062_0003, "Segmented Property Category Code Sequence", Vr.SQ);
        add(0x0062_0004, "Segment Number", Vr.US);
        add(0x0062_0005, "Segment Label", Vr.LO);
        add(0x0062_0008, "Segment Algorithm Type", Vr.CS);
        add(0x0062_0009, "Segment Algorithm Name", Vr.LO);
        add(0x0062_000A, "Segment Identification Sequence", Vr.SQ);
        add(0x0062_000B, "Referenced Segment Number", Vr.US);
        add(0x0062_000F, "Segmented Property Type Code Sequence", Vr.SQ);
        add(0x0070_0080, "Content Label", Vr.CS);
        add(0x0070_0081, "Content Description", Vr.LO);
        add(0x0070_0084, "Content Creator's Name", Vr.PN);
        // presentation LUT
        add(0x2050_0020, "Presentation LUT Shape", Vr.CS);
        // RT structure set
        add(0x3006_0002, "Structure Set Label", Vr.SH);
        add(0x3006_0004, "Structure Set Name", Vr.LO);
        add(0x3006_0008, "Structure Set Date", Vr.DA);
        add(0x3006_0009, "Structure Set Time", Vr.TM);
        add(0x3006_0010, "Referenced Frame of Reference Sequence", Vr.SQ);
        add(0x3006_0012, "RT Referenced Study Sequence", Vr.SQ);
        add(0x3006_0014, "RT Referenced Series Sequence", Vr.SQ);
        add(0x3006_0016, "Contour Image Sequence", Vr.SQ);
        add(0x3006_0020, "Structure Set ROI Sequence", Vr.SQ);
        add(0x3006_0022, "ROI Number", Vr.IS);
        add(0x3006_0024, "Referenced Frame of Reference UID", Vr.UI);
        add(0x3006_0026, "ROI Name", Vr.LO);
        add(0x3006_002A, "ROI Display Color", Vr.IS);
        add(0x3006_0036, "ROI Generation Algorithm", Vr.CS);
        add(0x3006_0039, "ROI Contour Sequence", Vr.SQ);
        add(0x3006_0040, "Contour Sequence", Vr.SQ);
        add(0x3006_0042, "Contour Geometric Type", Vr.CS);
        add(0x3006_0046, "Number of Contour Points", Vr.IS);
        add(0x3006_0050, "Contour Data", Vr.DS);
        add(0x3006_0080, "RT ROI Observations Sequence", Vr.SQ);
        add(0x3006_0082, "Observation Number", Vr.IS);
        add(0x3006_0084, "Referenced ROI Number", Vr.IS);
        add(0x3006_00A4, "RT ROI Interpreted Type", Vr.CS);
        add(0x3006_00A6, "ROI Interpreter", Vr.PN);
        // multi-frame functional groups
        add(0x5200_9229, "Shared Functional Groups Sequence", Vr.SQ);
        add(0x5200_9230, "Per-Frame Functional Groups Sequence", Vr.SQ);
        // pixel data: OW for 16-bit images, OB for the 1-bit segmentation
        add(0x7FE0_0010, "Pixel Data", Vr.OW);
    }

    private Dictionary() {
    }

    private static void add(int tag, String name, Vr vr) {
        if (ENTRIES.put(tag, new Entry(name, vr)) != null) {
            throw new IllegalStateException("duplicate dictionary entry " + format(tag));
        }
    }

    /**
     * The entry of {@code tag}.
     *
     * @throws IllegalStateException when the tag is not in this dictionary (an encoder bug)
     */
    static Entry entry(int tag) {
        Entry entry = ENTRIES.get(tag);
        if (entry == null) {
            throw new IllegalStateException("tag " + format(tag) + " is not in the built-in dictionary");
        }
        return entry;
    }

    /** True when the dictionary knows {@code tag}. */
    static boolean contains(int tag) {
        return ENTRIES.containsKey(tag);
    }

    /** A tag as NBIA prints it: {@code (GGGG,EEEE)} with upper-case hex digits. */
    static String format(int tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
