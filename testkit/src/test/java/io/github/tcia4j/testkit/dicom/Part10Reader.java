package io.github.tcia4j.testkit.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small Part-10 reader for the tests, written independently of the encoder: it walks the raw
 * bytes (preamble, DICM, Explicit VR Little Endian elements, sequences of defined or undefined
 * length) and fails on any structural mistake: wrong preamble, unknown VR, non-zero reserved bytes,
 * odd value lengths, wrong padding bytes, tags out of order, lengths running past their container.
 */
final class Part10Reader {

    private static final Set<String> LONG_FORM = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    private static final Set<String> SHORT_FORM = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
            "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US");
    private static final Set<String> TEXT = Set.of("AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST",
            "TM", "UC", "UR", "UT");
    private static final long UNDEFINED = 0xFFFF_FFFFL;

    /** One element as found in the file. */
    record Node(int tag, String vr, long offset, long length, byte[] value, List<List<Node>> items) {

        String text() {
            String s = new String(value, StandardCharsets.UTF_8);
            int end = s.length();
            char pad = vr.equals("UI") ? '\0' : ' ';
            while (end > 0 && s.charAt(end - 1) == pad) {
                end--;
            }
            return s.substring(0, end);
        }

        int us() {
            return (value[0] & 0xFF) | (value[1] & 0xFF) << 8;
        }

        long ul() {
            return (value[0] & 0xFFL) | (value[1] & 0xFFL) << 8 | (value[2] & 0xFFL) << 16 | (value[3] & 0xFFL) << 24;
        }
    }

    /** A parsed file: the meta group and the data set. */
    record Parsed(List<Node> meta, List<Node> body, int length) {

        Node meta(int tag) {
            return find(meta, tag);
        }

        Node body(int tag) {
            return find(body, tag);
        }

        boolean has(int tag) {
            return body.stream().anyMatch(n -> n.tag() == tag);
        }

        static Node find(List<Node> nodes, int tag) {
            return nodes.stream().filter(n -> n.tag() == tag).findFirst()
                    .orElseThrow(() -> new AssertionError("no element " + tag(tag)));
        }
    }

    /** One row as the reader renders it: element string and data. */
    record Row(String element, String data) { }

    private final byte[] bytes;
    private int position;

    private Part10Reader(byte[] bytes) {
        this.bytes = bytes;
    }

    static Parsed parse(byte[] file) {
        Part10Reader reader = new Part10Reader(file);
        return reader.parseFile();
    }

    private Parsed parseFile() {
        check(bytes.length >= 132, "file shorter than preamble and magic");
        for (int i = 0; i < 128; i++) {
            check(bytes[i] == 0, "preamble byte " + i + " is not zero");
        }
        check(new String(bytes, 128, 4, StandardCharsets.US_ASCII).equals("DICM"), "no DICM magic");
        position = 132;
        List<Node> meta = new ArrayList<>();
        int previous = -1;
        while (position < bytes.length && u16(position) == 0x0002) {
            Node node = element(bytes.length);
            check(Integer.compareUnsigned(node.tag(), previous) > 0 || previous == -1, "meta out of order at " + tag(node.tag()));
            previous = node.tag();
            meta.add(node);
        }
        check(!meta.isEmpty() && meta.get(0).tag() == 0x0002_0000, "meta group does not start with its group length");
        long groupLength = meta.get(0).ul();
        long actual = 0;
        for (int i = 1; i < meta.size(); i++) {
            actual += header(meta.get(i).vr()) + meta.get(i).length();
        }
        check(groupLength == actual, "group length " + groupLength + " but the group has " + actual + " bytes");
        List<Node> body = dataSet(bytes.length, false);
        check(position == bytes.length, "trailing bytes after the data set");
        return new Parsed(meta, body, bytes.length);
    }

    private List<Node> dataSet(int end, boolean untilItemDelimiter) {
        List<Node> nodes = new ArrayList<>();
        while (position < end) {
            int tag = u16(position) << 16 | u16(position + 2);
            if (tag == 0xFFFE_E00D) {
                check(untilItemDelimiter, "unexpected item delimiter at " + position);
                check(u32(position + 4) == 0, "item delimiter with non-zero length");
                position += 8;
                return nodes;
            }
            check((tag >>> 16) != 0xFFFE, "unexpected " + tag(tag) + " at " + position);
            Node node = element(end);
            if (!nodes.isEmpty()) {
                check(Integer.compareUnsigned(nodes.get(nodes.size() - 1).tag(), node.tag()) < 0,
                        "elements out of order: " + tag(node.tag()) + " after " + tag(nodes.get(nodes.size() - 1).tag()));
            }
            nodes.add(node);
        }
        check(!untilItemDelimiter, "item without delimiter");
        check(position == end, "element runs past its container");
        return nodes;
    }

    private Node element(int end) {
        int offset = position;
        check(position + 8 <= end, "truncated element header at " + position);
        int tag = u16(position) << 16 | u16(position + 2);
        String vr = new String(bytes, position + 4, 2, StandardCharsets.US_ASCII);
        long length;
        if (LONG_FORM.contains(vr)) {
            check(position + 12 <= end, "truncated long header");
            check(u16(position + 6) == 0, "reserved bytes not zero in " + tag(tag));
            length = u32(position + 8);
            position += 12;
        } else {
            check(SHORT_FORM.contains(vr), "unknown VR '" + vr + "' in " + tag(tag));
            length = u16(position + 6);
            position += 8;
        }
        if (vr.equals("SQ")) {
            List<List<Node>> items = new ArrayList<>();
            if (length == UNDEFINED) {
                while (true) {
                    int itemTag = u16(position) << 16 | u16(position + 2);
                    if (itemTag == 0xFFFE_E0DD) {
                        position += 8;
                        break;
                    }
                    items.add(item());
                }
            } else {
                int sequenceEnd = Math.toIntExact(position + length);
                check(sequenceEnd <= end, "sequence " + tag(tag) + " runs past its container");
                while (position < sequenceEnd) {
                    items.add(item());
                }
                check(position == sequenceEnd, "items of " + tag(tag) + " do not fill its length");
            }
            return new Node(tag, vr, offset, length, new byte[0], items);
        }
        check(length != UNDEFINED, "undefined length for non-sequence " + tag(tag));
        check((length & 1) == 0, "odd length " + length + " of " + tag(tag));
        check(position + length <= end, "value of " + tag(tag) + " runs past its container");
        byte[] value = new byte[(int) length];
        System.arraycopy(bytes, position, value, 0, (int) length);
        position += (int) length;
        checkPadding(tag, vr, value);
        return new Node(tag, vr, offset, length, value, List.of());
    }

    private List<Node> item() {
        int tag = u16(position) << 16 | u16(position + 2);
        check(tag == 0xFFFE_E000, "expected an item, found " + tag(tag));
        long length = u32(position + 4);
        position += 8;
        if (length == UNDEFINED) {
            return dataSet(Integer.MAX_VALUE, true);
        }
        return dataSet(Math.toIntExact(position + length), false);
    }

    private static void checkPadding(int tag, String vr, byte[] value) {
        if (vr.equals("UI")) {
            for (int i = 0; i < value.length; i++) {
                byte b = value[i];
                boolean ok = (b >= '0' && b <= '9') || b == '.' || b == '\\' || (b == 0 && i == value.length - 1);
                check(ok, "UI " + tag(tag) + " has byte " + b + " at " + i);
            }
        } else if (TEXT.contains(vr)) {
            for (byte b : value) {
                check(b != 0, "text " + tag(tag) + " padded or filled with NUL");
            }
        }
    }

    /** Rows like getDicomTags: meta first, sequences with their End rows, '>' per level. */
    static List<Row> rows(Parsed parsed) {
        List<Row> rows = new ArrayList<>();
        addRows(parsed.meta(), "", rows);
        addRows(parsed.body(), "", rows);
        return rows;
    }

    private static void addRows(List<Node> nodes, String prefix, List<Row> rows) {
        for (Node node : nodes) {
            String element = prefix + tag(node.tag());
            if (node.vr().equals("SQ")) {
                rows.add(new Row(element, null));
                for (List<Node> item : node.items()) {
                    addRows(item, prefix + ">", rows);
                }
                rows.add(new Row(element, null));
            } else {
                rows.add(new Row(element, data(node)));
            }
        }
    }

    private static String data(Node node) {
        byte[] v = node.value();
        StringBuilder out = new StringBuilder();
        switch (node.vr()) {
            case "OB", "OW", "UN" -> {
                return (node.tag() >>> 16) >= 0x6000 ? "..." : null;
            }
            case "US", "SS" -> {
                for (int i = 0; i < v.length; i += 2) {
                    int value = (v[i] & 0xFF) | (v[i + 1] & 0xFF) << 8;
                    if (node.vr().equals("SS")) {
                        value = (short) value;
                    }
                    out.append(i == 0 ? "" : "\\").append(value);
                }
                return out.toString();
            }
            case "UL" -> {
                for (int i = 0; i < v.length; i += 4) {
                    long value = (v[i] & 0xFFL) | (v[i + 1] & 0xFFL) << 8 | (v[i + 2] & 0xFFL) << 16 | (v[i + 3] & 0xFFL) << 24;
                    out.append(i == 0 ? "" : "\\").append(value);
                }
                return out.toString();
            }
            case "AT" -> {
                for (int i = 0; i < v.length; i += 4) {
                    int group = (v[i] & 0xFF) | (v[i + 1] & 0xFF) << 8;
                    int element = (v[i + 2] & 0xFF) | (v[i + 3] & 0xFF) << 8;
                    out.append(i == 0 ? "" : "\\").append(String.format(Locale.ROOT, "(%04X,%04X)", group, element));
                }
                return out.toString();
            }
            default -> {
                return node.text();
            }
        }
    }

    static String tag(int tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }

    private static int header(String vr) {
        return LONG_FORM.contains(vr) ? 12 : 8;
    }

    private int u16(int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16 | (bytes[at + 3] & 0xFFL) << 24;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("invalid Part-10 file: " + problem);
        }
    }
}
