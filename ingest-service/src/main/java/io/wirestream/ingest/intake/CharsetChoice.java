package io.wirestream.ingest.intake;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset a body is read in, in this order:
 * <ol>
 * <li>a byte-order mark (it cannot be there by accident);</li>
 * <li>the charset the sender declared: the Content-Type parameter, else the XML declaration;</li>
 * <li>nothing declared: UTF-8 when the bytes are valid UTF-8, else windows-1252 (what "Latin-1"
 *     senders really send), else ISO-8859-1 (which takes every byte).</li>
 * </ol>
 * A single-byte declaration (ISO-8859-1, windows-1252, US-ASCII) over bytes that are valid UTF-8
 * with multi-byte sequences is overruled: such bytes are UTF-8 by every practical measure, and
 * reading them as Latin-1 would store mojibake ("TromsÃ¸").
 *
 * @param charset  the charset to decode with
 * @param declared true when the sender declared the charset (a decoding error is then the sender's)
 * @param reason   how the charset was chosen, for logs and tests
 */
record CharsetChoice(Charset charset, boolean declared, String reason) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> SINGLE_BYTE = Set.of("ISO-8859-1", "windows-1252", "US-ASCII");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    static CharsetChoice choose(byte[] bytes, Charset headerCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new CharsetChoice(StandardCharsets.UTF_8, true, "byte-order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new CharsetChoice(StandardCharsets.UTF_16BE, true, "byte-order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new CharsetChoice(StandardCharsets.UTF_16LE, true, "byte-order mark");
        }
        Charset declared = headerCharset;
        String reason = "Content-Type charset";
        if (declared == null) {
            declared = xmlDeclaration(bytes);
            reason = "XML declaration";
        }
        if (declared != null) {
            if (SINGLE_BYTE.contains(declared.name()) && Utf8.isValid(bytes) && Utf8.hasMultiByte(bytes)) {
                return new CharsetChoice(StandardCharsets.UTF_8, false,
                        reason + " said " + declared.name() + ", but the bytes are UTF-8");
            }
            return new CharsetChoice(declared, true, reason);
        }
        if (Utf8.isValid(bytes)) {
            return new CharsetChoice(StandardCharsets.UTF_8, false, "detected: valid UTF-8");
        }
        if (Utf8.decodesStrictly(bytes, WINDOWS_1252)) {
            return new CharsetChoice(WINDOWS_1252, false, "detected: not UTF-8, read as windows-1252");
        }
        return new CharsetChoice(StandardCharsets.ISO_8859_1, false, "detected: not UTF-8, read as ISO-8859-1");
    }

    /** The encoding named in an XML declaration (read as ASCII, which every candidate shares), or null. */
    static Charset xmlDeclaration(byte[] bytes) {
        int n = Math.min(bytes.length, 256);
        String prolog = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(prolog);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown name in the document itself is treated as no declaration
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
