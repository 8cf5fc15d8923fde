package io.github.tcia4j.testkit.dicom;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;

/** Text forms of DICOM values: DS, DA and the derived TM values. */
final class ValueFormats {

    /** The longest DS value (PS3.5 table 6.2-1). */
    static final int DS_MAX = 16;

    private ValueFormats() {
    }

    /**
     * A decimal string of at most 16 characters: the shortest exact form when it fits, otherwise
     * the value rounded to as many significant digits as fit. {@code -0} becomes {@code 0}.
     *
     * @throws IllegalArgumentException when {@code value} is NaN or infinite
     */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a DICOM decimal string needs a finite number, got " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        for (int digits = exact.precision(); digits >= 1; digits--) {
            BigDecimal rounded = exact.round(new MathContext(digits)).stripTrailingZeros();
            String plain = rounded.toPlainString();
            if (plain.length() <= DS_MAX) {
                return plain;
            }
            String scientific = rounded.toString();
            if (scientific.length() <= DS_MAX) {
                return scientific;
            }
        }
        throw new IllegalArgumentException("cannot write " + value + " as a DICOM decimal string");
    }

    /** A DA value: {@code yyyyMMdd}. */
    static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A TM value {@code HHMMSS} between 07:00:00 and 18:59:59 derived from {@code key} (a UID), so
     * that an instance always gets the same time without the spec carrying one.
     */
    static String derivedTime(String key) {
        int seconds = 7 * 3600 + Math.floorMod(key.hashCode(), 12 * 3600);
        return String.format(Locale.ROOT, "%02d%02d%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
