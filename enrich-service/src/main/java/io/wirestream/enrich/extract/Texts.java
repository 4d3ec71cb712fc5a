package io.wirestream.enrich.extract;


/** Small text helpers shared by the extractors. */
final class Texts {

    private Texts() {
    }

    /** Collapses every run of (Unicode) whitespace to one space and trims. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        // hand-rolled: this runs on every text node of every page, and a regex costs several times more
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Length of the text once cleaned, without building it. */
    static int cleanLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                space = length > 0;
            } else {
                length += space ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\u200B' || c == '\uFEFF';
    }

    static String[] words(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }
}
