package io.wirestream.publish.api;

import io.wirestream.publish.store.ArticleReader.Position;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque page cursor: base64url of the sequence of the last article on the previous page and,
 * for a search, the exact bits of its rank. Clients must treat it as an opaque token; only this
 * class knows what is inside.
 */
final class Cursor {

    private static final Pattern POSITION = Pattern.compile("([1-9][0-9]{0,18})(?:~([0-9a-f]{8}))?");

    private Cursor() {
    }

    static String encode(long seq) {
        return encode(Position.newest(seq));
    }

    static String encode(Position position) {
        if (position.seq() < 1) {
            throw new IllegalArgumentException("sequences start at 1, was " + position.seq());
        }
        String text = Long.toString(position.seq());
        if (position.rank() != null) {
            text += "~" + String.format("%08x", Float.floatToRawIntBits(position.rank()));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence inside {@code cursor}; IllegalArgumentException when it is not a cursor we issued. */
    static long decode(String cursor) {
        return decodePosition(cursor).seq();
    }

    static Position decodePosition(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > 48) {
            throw new IllegalArgumentException("malformed cursor");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
        Matcher matcher = POSITION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("malformed cursor");
        }
        long seq;
        try {
            seq = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
        Float rank = null;
        if (matcher.group(2) != null) {
            rank = Float.intBitsToFloat(Integer.parseUnsignedInt(matcher.group(2), 16));
            if (rank.isNaN() || rank < 0) {
                throw new IllegalArgumentException("malformed cursor");
            }
        }
        return new Position(seq, rank);
    }
}
