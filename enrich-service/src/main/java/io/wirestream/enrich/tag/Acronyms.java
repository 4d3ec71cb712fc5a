package io.wirestream.enrich.tag;

import java.util.Collection;
import java.util.Set;

/**
 * Reads an acronym as a short form of a longer name in the same article: "BART" after "Bay Area Rapid
 * Transit", "MOTIE" after "Ministry of Trade, Industry and Energy", "NYAG" after "New York State Attorney
 * General". Articles spell a body out once and abbreviate it afterwards, so the article itself is the
 * dictionary; nothing is memorised.
 */
final class Acronyms {

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "on", "in", "&");

    private Acronyms() {
    }

    /** The first name in {@code names} that {@code acronym} abbreviates, or null. */
    static String expand(String acronym, Collection<String> names) {
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (String name : names) {
            String[] words = name.replace(",", "").split("[ -]");
            if (words.length >= 2 && matches(acronym, 0, words, 0, 1)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Every word gives its initial in order; small words ("of", "and") may give theirs or not; at most
     * {@code skips} other words may be left out when the acronym is four letters or more.
     */
    private static boolean matches(String acronym, int a, String[] words, int w, int skips) {
        if (w == words.length) {
            return a == acronym.length();
        }
        String word = words[w];
        if (word.isEmpty()) {
            return matches(acronym, a, words, w + 1, skips);
        }
        boolean small = SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
        if (a < acronym.length() && Character.toUpperCase(word.charAt(0)) == acronym.charAt(a)
                && matches(acronym, a + 1, words, w + 1, skips)) {
            return true;
        }
        if (small) {
            return matches(acronym, a, words, w + 1, skips);
        }
        return skips > 0 && acronym.length() >= 4 && w > 0 && w < words.length - 1
                && matches(acronym, a, words, w + 1, skips - 1);
    }
}
