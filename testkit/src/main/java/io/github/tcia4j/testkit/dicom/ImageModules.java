package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;
import java.util.List;

/**
 * The image-specific modules: General Image, Image Plane, Image Pixel with 16-bit synthetic pixel
 * data, and the few attributes the CT, MR, PET, CR, DX and Secondary Capture IODs add.
 */
final class ImageModules {

    private ImageModules() {
    }

    static void add(InstanceSpec spec, DataSetBuilder data) {
        String sop = spec.sopClassUid();
        boolean ct = sop.equals(SopClasses.CT_IMAGE);
        boolean mr = sop.equals(SopClasses.MR_IMAGE);
        boolean pt = sop.equals(SopClasses.PET_IMAGE);
        boolean dx = sop.equals(SopClasses.DX_IMAGE_FOR_PRESENTATION);
        boolean cr = sop.equals(SopClasses.CR_IMAGE);
        boolean secondaryCapture = sop.equals(SopClasses.SECONDARY_CAPTURE_IMAGE);
        boolean volume = ct || mr || pt;

        if (ct) {
            data.texts(0x0008_0008, List.of("ORIGINAL", "PRIMARY", "AXIAL"));
        } else if (mr) {
            data.texts(0x0008_0008, List.of("ORIGINAL", "PRIMARY", "OTHER"));
        } else if (secondaryCapture) {
            data.texts(0x0008_0008, List.of("DERIVED", "SECONDARY"));
            data.text(0x0008_0064, "SYN");
        } else {
            data.texts(0x0008_0008, List.of("ORIGINAL", "PRIMARY"));
        }
        if (dx) {
            data.text(0x0008_0068, "FOR PRESENTATION")
                    .sequence(0x0008_2218)
                    .textOrEmpty(0x0018_1508, null)
                    .textOrEmpty(0x0018_7004, null)
                    .text(0x0020_0062, "U")
                    .text(0x0028_0301, "NO")
                    .sequence(0x0040_0555);
        }
        if (volume) {
            data.decimal(0x0018_0050, spec.sliceThickness());
        }
        if (ct) {
            data.decimals(0x0018_0060, 120);
        }
        if (mr) {
            data.text(0x0018_0020, "SE")
                    .text(0x0018_0021, "NONE")
                    .textOrEmpty(0x0018_0022, null)
                    .text(0x0018_0023, "2D")
                    .decimals(0x0018_0080, 500)
                    .decimals(0x0018_0081, 20)
                    .integers(0x0018_0091, 1);
        }
        if (dx || cr) {
            data.decimals(0x0018_1164, spec.pixelSpacingRow(), spec.pixelSpacingColumn())
                    .textOrEmpty(0x0018_5101, null);
        }
        if (volume) {
            if (!pt) {
                // PET states the patient position with code sequences instead
                data.text(0x0018_5100, "HFS");
            }
            data.decimals(0x0020_0032, InstanceFiles.position(spec, spec.instanceNumber()))
                    .decimals(0x0020_0037, InstanceFiles.AXIAL)
                    .decimals(0x0020_1041, InstanceFiles.position(spec, spec.instanceNumber())[2]);
        } else {
            data.texts(0x0020_0020, List.of("L", "F"));
        }

        int bitsStored = pt ? 16 : 12;
        data.us(0x0028_0002, 1)
                .text(0x0028_0004, "MONOCHROME2")
                .us(0x0028_0010, spec.rows())
                .us(0x0028_0011, spec.columns())
                .decimals(0x0028_0030, spec.pixelSpacingRow(), spec.pixelSpacingColumn())
                .us(0x0028_0100, 16)
                .us(0x0028_0101, bitsStored)
                .us(0x0028_0102, bitsStored - 1)
                .us(0x0028_0103, 0)
                .text(0x0028_2110, "00");
        if (ct) {
            data.decimals(0x0028_1050, 40).decimals(0x0028_1051, 400)
                    .decimals(0x0028_1052, -1024).decimals(0x0028_1053, 1);
        } else {
            int full = ImagePixels.maxValue() + 1;
            data.decimals(0x0028_1050, full / 2).decimals(0x0028_1051, full);
        }
        if (pt) {
            LocalDate acquired = InstanceFiles.contentDate(spec);
            data.dateOrEmpty(0x0008_0022, acquired)
                    .textOrEmpty(0x0008_0032,
                            acquired == null ? null : ValueFormats.derivedTime(spec.seriesInstanceUid()))
                    .textOrEmpty(0x0018_1181, null)
                    .integerOrEmpty(0x0018_1242, null)
                    .sequence(0x0054_0410)
                    .sequence(0x0054_0414)
                    .text(0x0028_0051, "ATTN")
                    .decimals(0x0028_1052, 0).decimals(0x0028_1053, 1)
                    .sequence(0x0054_0016)
                    .texts(0x0054_1000, List.of("STATIC", "IMAGE"))
                    .text(0x0054_1001, "BQML")
                    .text(0x0054_1002, "EMISSION")
                    .text(0x0054_1102, "NONE")
                    .decimals(0x0054_1300, 0)
                    .us(0x0054_1330, spec.instanceNumber());
        }
        if (dx) {
            data.text(0x0028_1040, "LIN")
                    .ss(0x0028_1041, 1)
                    .decimals(0x0028_1052, 0).decimals(0x0028_1053, 1)
                    .text(0x0028_1054, "US")
                    .text(0x2050_0020, "IDENTITY");
        }
        data.bulk(0x7FE0_0010, Vr.OW, ImagePixels.length(spec.rows(), spec.columns()),
                new ImagePixels(spec.rows(), spec.columns(), spec.pixelSeed(), spec.instanceNumber()));
    }
}
