package io.wirestream.publish.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque page cursor: base64url of the sequence of the last article on the previous page.
 * Clients must treat it as an opaque token; only this class knows what is inside.
 */
final class Cursor {

    private static final Pattern SEQUENCE = Pattern.compile("[1-9][0-9]{0,18}");

    private Cursor() {
    }

    static String encode(long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequences start at 1, was " + seq);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence inside {@code cursor}; IllegalArgumentException when it is not a cursor we issued. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > 32) {
            throw new IllegalArgumentException("malformed cursor");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
        if (!SEQUENCE.matcher(text).matches()) {
            throw new IllegalArgumentException("malformed cursor");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
    }
}
