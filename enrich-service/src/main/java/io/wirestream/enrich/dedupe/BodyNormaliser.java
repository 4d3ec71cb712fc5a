package io.wirestream.enrich.dedupe;

import io.wirestream.contract.ArticleIds;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text form exact-duplicate detection compares: NFKC, typographic quotes and dashes as ASCII,
 * every run of Unicode whitespace (NBSP, CRLF, paragraph breaks ...) as one space, lower case. Two
 * outlets carrying the same agency copy with different typography hash the same.
 */
public final class BodyNormaliser {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′‹›`´]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");

    private BodyNormaliser() {
    }

    public static String normalise(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** Everything {@link #normalise} does except lower-casing: near-duplicate detection still needs the case of names. */
    public static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Hex SHA-256 of the normalised text. */
    public static String hash(String text) {
        return ArticleIds.sha256(normalise(text));
    }
}
