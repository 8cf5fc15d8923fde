package io.github.tcia4j.testkit.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Deterministic DICOM UIDs and UID syntax checks.
 *
 * <p>{@link #derive(String...)} turns any list of strings into a UID under the {@code 2.25} root
 * (PS3.5 annex B.2: a UUID-style integer), so the sandbox can name every study, series and instance
 * from stable keys and get the same UIDs on every run without keeping a registry.
 */
public final class DicomUids {

    /** The longest UID DICOM allows (PS3.5 section 9.1). */
    public static final int MAX_LENGTH = 64;

    /** The root of derived UIDs: integers derived from UUID-like 128-bit values (PS3.5 B.2). */
    public static final String ROOT = "2.25";

    private DicomUids() {
    }

    /**
     * Derives a UID from {@code parts}: {@code "2.25."} followed by the decimal value of the first
     * 128 bits of the SHA-256 digest of the parts. Each part is hashed with its length, so
     * {@code ("ab", "c")} and {@code ("a", "bc")} give different UIDs. The result has at most 44
     * characters and valid UID syntax.
     *
     * @param parts the keys naming the object, at least one; none may be null
     * @return the derived UID, the same for the same parts
     * @throws IllegalArgumentException when no part is given or a part is null
     */
    public static String derive(String... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("DicomUids.derive needs at least one part, e.g. derive(\"series\", seriesKey)");
        }
        MessageDigest sha256 = sha256();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                throw new IllegalArgumentException("DicomUids.derive: part " + i + " is null; pass a non-null string");
            }
            byte[] bytes = parts[i].getBytes(StandardCharsets.UTF_8);
            int n = bytes.length;
            sha256.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            sha256.update(bytes);
        }
        byte[] first128 = Arrays.copyOf(sha256.digest(), 16);
        return ROOT + "." + new BigInteger(1, first128);
    }

    /**
     * Tells whether {@code uid} has valid UID syntax: 1 to 64 characters, dot-separated components
     * of digits, no empty component, and no leading zero in a component of more than one digit.
     *
     * @param uid the text to check; null is not valid
     * @return true when {@code uid} is a syntactically valid UID
     */
    public static boolean isValid(String uid) {
        return problem(uid) == null;
    }

    /**
     * Returns {@code uid} when it has valid UID syntax (see {@link #isValid(String)}).
     *
     * @param uid the UID to check
     * @param name what the UID is, used in the error message (e.g. {@code "seriesInstanceUid"})
     * @return {@code uid}
     * @throws IllegalArgumentException naming {@code name} and what is wrong, when the UID is null or invalid
     */
    public static String requireValid(String uid, String name) {
        String problem = problem(uid);
        if (problem != null) {
            throw new IllegalArgumentException(name + " " + problem
                    + "; a DICOM UID is up to 64 characters of digits and dots (e.g. 1.2.840.10008.1.2.1),"
                    + " or use DicomUids.derive(...) to make one");
        }
        return uid;
    }

    private static String problem(String uid) {
        if (uid == null) {
            return "is null";
        }
        if (uid.isEmpty()) {
            return "is empty";
        }
        if (uid.length() > MAX_LENGTH) {
            return "'" + uid + "' is " + uid.length() + " characters long, more than " + MAX_LENGTH;
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            char c = i < uid.length() ? uid.charAt(i) : '.';
            if (c == '.') {
                int length = i - componentStart;
                if (length == 0) {
                    return "'" + uid + "' has an empty component";
                }
                if (length > 1 && uid.charAt(componentStart) == '0') {
                    return "'" + uid + "' has a component with a leading zero";
                }
                componentStart = i + 1;
            } else if (c < '0' || c > '9') {
                return "'" + uid + "' contains '" + c + "'; only digits and dots are allowed";
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }
}
