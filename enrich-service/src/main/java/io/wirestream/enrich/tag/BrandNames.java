package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a name on the generated brand list (brands.tsv: companies, services and outlets) is read as the
 * firm. The list is long and general, so a hit yields to what the article says: a word the article also
 * writes in lowercase is a word ("a square", then "Square"), and a name owned by another name is its
 * product ("Google's Stadia", "SpaceX's Starship", "Google Stadia" elsewhere in the article).
 */
final class BrandNames {

    private BrandNames() {
    }

    /** Whether the run of {@code words} tokens at {@code index}, written {@code phrase}, names a listed firm. */
    static boolean firm(Gazetteer gazetteer, List<Token> tokens, int index, String phrase, int words,
            Set<String> everydayWords) {
        return gazetteer.isBrand(phrase) && !(words == 1 && everydayWords.contains(phrase.toLowerCase(Locale.ROOT)))
                && !ownedBy(gazetteer, tokens, index);
    }

    /**
     * "Google's Stadia" or "Google Stadia" anywhere in the article: somewhere the name follows a capitalised
     * name's possessive or a known organisation.
     */
    private static boolean ownedBy(Gazetteer gazetteer, List<Token> tokens, int index) {
        String name = tokens.get(index).text();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(name) && (possessed(tokens, i) || afterOrganisation(gazetteer, tokens, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessed(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).text().equals("'s") && tokens.get(i - 2).capitalised();
    }

    private static boolean afterOrganisation(Gazetteer gazetteer, List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        return before.capitalised() && (gazetteer.organisation(before.text()) != null || gazetteer.isBrand(before.text()));
    }
}
