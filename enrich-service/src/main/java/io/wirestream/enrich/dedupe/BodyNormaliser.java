package io.wirestream.enrich.dedupe;

import io.wirestream.contract.ArticleIds;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The text form exact-duplicate detection compares: NFKC, typographic quotes and dashes as ASCII,
 * every run of Unicode whitespace (NBSP, CRLF, paragraph breaks ...) as one space, lower case. Two
 * outlets carrying the same agency copy with different typography hash the same.
 */
public final class BodyNormaliser {

    private static final String SINGLE_QUOTES = "‘’‚‛′‹›`´";
    private static final String DOUBLE_QUOTES = "“”„‟″«»";
    private static final String DASHES = "‐‑‒–—―−";
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    private BodyNormaliser() {
    }

    public static String normalise(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** Everything {@link #normalise} does except lower-casing: near-duplicate detection still needs the case of names. */
    public static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // one pass instead of a chain of regex replacements: this runs three times per article
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            if (c >= 0x80 || c == '`') {
                if (INVISIBLE.indexOf(c) >= 0) {
                    continue;
                }
                c = SINGLE_QUOTES.indexOf(c) >= 0 ? '\'' : DOUBLE_QUOTES.indexOf(c) >= 0 ? '"' : DASHES.indexOf(c) >= 0 ? '-' : c;
            }
            out.append(c);
            inSpace = false;
        }
        return out.toString().strip();
    }

    /** What the regex {@code [\s\p{Z}\u0085]} matched: ASCII whitespace, Unicode separators, NEL. */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        if (c == '\u0085') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Hex SHA-256 of the normalised text. */
    public static String hash(String text) {
        return ArticleIds.sha256(normalise(text));
    }
}
