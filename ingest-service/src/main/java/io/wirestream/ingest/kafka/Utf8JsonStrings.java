package io.wirestream.ingest.kafka;

import io.wirestream.contract.EventJson;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes JSON strings with the bytes Jackson's UTF-8 generator writes, in fewer steps: the string is
 * encoded to UTF-8 at once (a JDK intrinsic), the runs between characters JSON must escape are
 * copied whole, and the result goes to the generator as a finished UTF-8 string. Why: the raw
 * event carries the payload and the ninjs body again as escaped strings, and Jackson's
 * char-by-char escaping of them was ~10% of a push's CPU. Strings with surrogate characters take
 * Jackson's own path (it escapes them or refuses a lone one, where the JDK writes 4-byte UTF-8 or '?').
 */
final class Utf8JsonStrings extends StdSerializer<String> {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** The event mapping ({@link EventJson}) with this string writer: same JSON, same bytes. */
    static JsonMapper eventMapper() {
        return EventJson.mapper().rebuild()
                .addModule(new SimpleModule("utf8-json-strings").addSerializer(String.class, new Utf8JsonStrings()))
                .build();
    }

    Utf8JsonStrings() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) {
        if (!(generator instanceof UTF8JsonGenerator)) {
            generator.writeString(value); // a char-based generator (writeValueAsString) takes no UTF-8
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        // The JDK writes a surrogate pair as 4 bytes and a lone surrogate as '?': either way the
        // byte count differs or there is a '?', so only such strings need the full look.
        if ((utf8.length != value.length() || hasQuestionMark(utf8)) && hasSurrogate(value)) {
            generator.writeString(value);
            return;
        }
        byte[] escaped = escape(utf8);
        generator.writeRawUTF8String(escaped, 0, escaped.length);
    }

    private static boolean hasQuestionMark(byte[] utf8) {
        for (byte b : utf8) {
            if (b == '?') {
                return true;
            }
        }
        return false;
    }

    /** The UTF-8 bytes with {@code "}, {@code \} and control characters escaped as Jackson escapes them. */
    static byte[] escape(byte[] utf8) {
        int extra = 0;
        for (byte b : utf8) {
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
                extra += shortEscape(b) != 0 ? 1 : 5;
            }
        }
        if (extra == 0) {
            return utf8; // the common case for every field but the payload and body
        }
        byte[] out = new byte[utf8.length + extra];
        int o = 0;
        int runStart = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
                System.arraycopy(utf8, runStart, out, o, i - runStart);
                o += i - runStart;
                runStart = i + 1;
                out[o++] = '\\';
                byte shortForm = shortEscape(b);
                if (shortForm != 0) {
                    out[o++] = shortForm;
                } else {
                    out[o++] = 'u';
                    out[o++] = '0';
                    out[o++] = '0';
                    out[o++] = HEX[b >> 4];
                    out[o++] = HEX[b & 0xF];
                }
            }
        }
        System.arraycopy(utf8, runStart, out, o, utf8.length - runStart);
        return out;
    }

    private static byte shortEscape(byte b) {
        return switch (b) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            default -> 0;
        };
    }

    private static boolean hasSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
