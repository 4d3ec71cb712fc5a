package io.wirestream.enrich.tag;

/** A word or punctuation mark, with whether a sentence starts at it. */
record Token(String text, int start, boolean word, boolean sentenceStart) {

    boolean capitalised() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
