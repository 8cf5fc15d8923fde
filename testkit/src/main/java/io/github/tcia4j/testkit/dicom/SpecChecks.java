package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Argument checks shared by {@link InstanceSpec} and {@link ReferencedSeries}. Each failure is an
 * {@link IllegalArgumentException} naming the field, what was wrong and how to fix it.
 */
final class SpecChecks {

    private static final int LO_MAX = 64;
    private static final int SH_MAX = 16;
    private static final int CS_MAX = 16;
    private static final int PN_GROUP_MAX = 64;

    private SpecChecks() {
    }

    /** A required UID. */
    static String uid(String value, String field) {
        return DicomUids.requireValid(value, field);
    }

    /** A required long string (LO). */
    static String requiredLongString(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null; it is required");
        }
        return longString(value, field);
    }

    /** An optional long string (LO, at most 64 characters). */
    static String longString(String value, String field) {
        return plainText(value, field, LO_MAX, "LO");
    }

    /** An optional short string (SH, at most 16 characters). */
    static String shortString(String value, String field) {
        return plainText(value, field, SH_MAX, "SH");
    }

    /** An optional LO value that may hold several values separated by backslashes. */
    static String longStrings(String value, String field) {
        if (value == null) {
            return null;
        }
        for (String part : value.split("\\\\", -1)) {
            plainText(part, field + " (value '" + part + "' of '" + value + "')", LO_MAX, "LO");
        }
        return value;
    }

    /** An optional person name (PN): groups separated by '=' of at most 64 characters each. */
    static String personName(String value, String field) {
        if (value == null) {
            return null;
        }
        checkCharacters(value, field);
        for (String group : value.split("=", -1)) {
            if (group.length() > PN_GROUP_MAX) {
                throw new IllegalArgumentException(field + " '" + value + "' has a name group of " + group.length()
                        + " characters; DICOM PN allows at most " + PN_GROUP_MAX + " per group");
            }
        }
        return value;
    }

    /** A required code string (CS). */
    static String requiredCodeString(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null; it is required (e.g. CT)");
        }
        return codeString(value, field);
    }

    /** An optional code string (CS): upper-case letters, digits, space and underscore, at most 16. */
    static String codeString(String value, String field) {
        if (value == null) {
            return null;
        }
        boolean valid = !value.isEmpty() && value.length() <= CS_MAX && !value.startsWith(" ") && !value.endsWith(" ");
        for (int i = 0; valid && i < value.length(); i++) {
            char c = value.charAt(i);
            valid = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '_';
        }
        if (!valid) {
            String suggestion = value.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_ ]", "_");
            suggestion = suggestion.substring(0, Math.min(CS_MAX, suggestion.length()));
            throw new IllegalArgumentException(field + " '" + value + "' is not a DICOM code string:"
                    + " use 1 to 16 upper-case letters, digits, spaces or underscores, e.g. '" + suggestion + "'");
        }
        return value;
    }

    /** An optional patient sex: M, F or O. */
    static String sex(String value, String field) {
        if (value != null && !value.equals("M") && !value.equals("F") && !value.equals("O")) {
            throw new IllegalArgumentException(field + " '" + value + "' is not M, F or O; use one of those or null");
        }
        return value;
    }

    /** An optional age string (AS): three digits and D, W, M or Y. */
    static String age(String value, String field) {
        if (value != null && !value.matches("[0-9]{3}[DWMY]")) {
            throw new IllegalArgumentException(field + " '" + value
                    + "' is not a DICOM age string: use three digits and D, W, M or Y, e.g. 045Y");
        }
        return value;
    }

    /** An optional date whose year has four digits. */
    static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
            throw new IllegalArgumentException(field + " " + value + " is outside the years 0001 to 9999 a DICOM date can hold");
        }
        return value;
    }

    /** A finite, strictly positive number of millimetres. */
    static double positive(double value, String field) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(field + " is " + value + "; it must be a finite number of millimetres above 0");
        }
        return value;
    }

    /** An optional finite, strictly positive number of millimetres. */
    static Double positive(Double value, String field) {
        return value == null ? null : positive(value.doubleValue(), field);
    }

    /** An unsigned 16-bit image dimension (US), 1 to 65535. */
    static int dimension(int value, String field) {
        if (value < 1 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + " is " + value + "; it must be between 1 and 65535");
        }
        return value;
    }

    private static String plainText(String value, String field, int max, String vr) {
        if (value == null) {
            return null;
        }
        checkCharacters(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " '" + value + "' has " + value.length()
                    + " characters; DICOM " + vr + " allows at most " + max + ": shorten it");
        }
        return value;
    }

    private static void checkCharacters(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank; use null to leave it out");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " '" + value
                    + "' has leading or trailing white space, which DICOM readers drop: strip it");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException(field + " contains the control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + "; remove it");
            }
            if (c == '\\') {
                throw new IllegalArgumentException(field + " '" + value
                        + "' contains a backslash, which separates DICOM values; remove it");
            }
        }
    }
}
