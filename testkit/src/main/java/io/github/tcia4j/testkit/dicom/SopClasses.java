package io.github.tcia4j.testkit.dicom;

import java.util.Locale;

/**
 * UIDs of the storage SOP classes the synthetic files use (PS3.4 annex B.5), and the default SOP
 * class per modality.
 */
public final class SopClasses {

    /** Computed Radiography Image Storage. */
    public static final String CR_IMAGE = "1.2.840.10008.5.1.4.1.1.1";
    /** Digital X-Ray Image Storage - For Presentation. */
    public static final String DX_IMAGE_FOR_PRESENTATION = "1.2.840.10008.5.1.4.1.1.1.1";
    /** CT Image Storage. */
    public static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
    /** MR Image Storage. */
    public static final String MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4";
    /** Secondary Capture Image Storage: the fallback for every other modality. */
    public static final String SECONDARY_CAPTURE_IMAGE = "1.2.840.10008.5.1.4.1.1.7";
    /** Segmentation Storage. */
    public static final String SEGMENTATION = "1.2.840.10008.5.1.4.1.1.66.4";
    /** Positron Emission Tomography Image Storage. */
    public static final String PET_IMAGE = "1.2.840.10008.5.1.4.1.1.128";
    /** RT Structure Set Storage. */
    public static final String RT_STRUCTURE_SET = "1.2.840.10008.5.1.4.1.1.481.3";

    private SopClasses() {
    }

    /**
     * The storage SOP class for a modality: CT, MR, PT, CR, DX, SEG and RTSTRUCT have their own;
     * every other modality (MG, US, OT and anything unknown) gets Secondary Capture, whose generic
     * image module the synthetic pixel data satisfies. Case is ignored.
     *
     * @param modality a DICOM modality code such as {@code "CT"}
     * @return the SOP class UID
     * @throws IllegalArgumentException when {@code modality} is null
     */
    public static String forModality(String modality) {
        if (modality == null) {
            throw new IllegalArgumentException("modality is null; pass a DICOM modality code such as CT, MR or SEG");
        }
        return switch (modality.trim().toUpperCase(Locale.ROOT)) {
            case "CT" -> CT_IMAGE;
            case "MR" -> MR_IMAGE;
            case "PT" -> PET_IMAGE;
            case "CR" -> CR_IMAGE;
            case "DX" -> DX_IMAGE_FOR_PRESENTATION;
            case "SEG" -> SEGMENTATION;
            case "RTSTRUCT" -> RT_STRUCTURE_SET;
            default -> SECONDARY_CAPTURE_IMAGE;
        };
    }
}
