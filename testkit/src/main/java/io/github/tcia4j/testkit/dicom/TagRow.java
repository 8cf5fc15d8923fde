package io.github.tcia4j.testkit.dicom;

/**
 * One row of NBIA's {@code getDicomTags} answer (JSON keys {@code element}, {@code name},
 * {@code data}). The constructor throws {@link IllegalArgumentException} when {@code element} or
 * {@code name} is null.
 *
 * @param element the tag as {@code (GGGG,EEEE)} in upper-case hex, preceded by one {@code >} per
 *     sequence nesting level, e.g. {@code ">>(3006,0014)"}
 * @param name the attribute name from the DICOM dictionary, or {@code "End " + name} on the row
 *     closing a sequence
 * @param data the value as text, several values joined with a backslash; {@code null} for sequence
 *     rows and for binary values, {@code "..."} for binary values in groups 6000 and above (Pixel
 *     Data)
 */
public record TagRow(String element, String name, String data) {

    /**
     * Checks the row.
     *
     * @param element the tag as {@code (GGGG,EEEE)} in upper-case hex, preceded by one {@code >} per
     *     sequence nesting level, e.g. {@code ">>(3006,0014)"}
     * @param name the attribute name from the DICOM dictionary, or {@code "End " + name} on the row
     *     closing a sequence
     * @param data the value as text, several values joined with a backslash; {@code null} for sequence
     *     rows and for binary values, {@code "..."} for binary values in groups 6000 and above (Pixel
     *     Data)
     * @throws IllegalArgumentException when {@code element} or {@code name} is null
     */
    public TagRow {
        if (element == null) {
            throw new IllegalArgumentException("TagRow.element is null; give the tag as (GGGG,EEEE)");
        }
        if (name == null) {
            throw new IllegalArgumentException("TagRow.name is null; use \"\" for an unknown tag");
        }
    }
}
