package io.wirestream.enrich.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the extractors. */
final class Texts {

    // \p{Z} covers NBSP and the other Unicode spaces that \s misses
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u200B\\uFEFF]+");

    private Texts() {
    }

    /** Collapses every run of (Unicode) whitespace to one space and trims. */
    static String clean(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    static String[] words(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }
}
