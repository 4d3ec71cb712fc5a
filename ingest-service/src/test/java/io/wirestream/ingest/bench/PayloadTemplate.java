package io.wirestream.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ninjs sample cut once around the value of its {@code uri}, so an item is the same bytes with
 * a fresh uri {@code urn:bench:<run>:<phase>:<n>}, copied together without building a string: the
 * load generator runs in the broker's JVM and must cost as little CPU per item as it can.
 */
final class PayloadTemplate {

    private static final Pattern URI_VALUE = Pattern.compile("\"uri\"\\s*:\\s*\"([^\"]*)\"");

    private final byte[] before;
    private final byte[] after;

    private PayloadTemplate(byte[] before, byte[] after) {
        this.before = before;
        this.after = after;
    }

    /** @throws IllegalArgumentException when the document has no {@code "uri": "..."} */
    static PayloadTemplate of(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        Matcher m = URI_VALUE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("the payload template has no \"uri\" to make unique");
        }
        return new PayloadTemplate(text.substring(0, m.start(1)).getBytes(StandardCharsets.UTF_8),
                text.substring(m.end(1)).getBytes(StandardCharsets.UTF_8));
    }

    /** The items of one phase of one run. */
    Items items(String run, String phase) {
        return new Items(concat(before, ("urn:bench:" + run + ":" + phase + ":").getBytes(StandardCharsets.US_ASCII)));
    }

    final class Items {

        private final byte[] head;

        private Items(byte[] head) {
            this.head = head;
        }

        /** Length in bytes of item n. */
        int length(long n) {
            return head.length + Ascii.digits(n) + after.length;
        }

        /** Writes item n into {@code buffer} at {@code at}; returns the position after it. */
        int write(long n, byte[] buffer, int at) {
            System.arraycopy(head, 0, buffer, at, head.length);
            int position = Ascii.write(n, buffer, at + head.length);
            System.arraycopy(after, 0, buffer, position, after.length);
            return position + after.length;
        }

        /** Item n as a new array (a producer record keeps its value until sent). */
        byte[] bytes(long n) {
            byte[] item = new byte[length(n)];
            write(n, item, 0);
            return item;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Non-negative longs as ASCII digits, straight into a byte array. */
    static final class Ascii {

        static int digits(long n) {
            int digits = 1;
            for (long rest = n / 10; rest > 0; rest /= 10) {
                digits++;
            }
            return digits;
        }

        static int write(long n, byte[] buffer, int at) {
            int end = at + digits(n);
            long rest = n;
            for (int i = end - 1; i >= at; i--) {
                buffer[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            return end;
        }

        private Ascii() {
        }
    }
}
