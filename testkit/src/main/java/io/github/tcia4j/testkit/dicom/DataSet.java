package io.github.tcia4j.testkit.dicom;

import java.util.List;

/**
 * An ordered list of elements (ascending tags, no duplicates) and its encoded length.
 *
 * @param elements the elements in ascending tag order
 * @param encodedLength the bytes the elements occupy when written
 */
record DataSet(List<Element> elements, long encodedLength) {

    DataSet {
        elements = List.copyOf(elements);
        for (int i = 1; i < elements.size(); i++) {
            if (Integer.compareUnsigned(elements.get(i - 1).tag(), elements.get(i).tag()) >= 0) {
                throw new IllegalStateException("elements out of order at "
                        + Dictionary.format(elements.get(i).tag()));
            }
        }
    }

    /** A data set whose length is computed from its elements. */
    DataSet(List<Element> elements) {
        this(elements, elements.stream().mapToLong(Element::encodedLength).sum());
    }
}
