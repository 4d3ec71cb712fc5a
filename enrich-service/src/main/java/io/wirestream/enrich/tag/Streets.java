package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.NameWords.STREETS;

import java.util.List;
import java.util.Set;

/**
 * Streets where something happens are places (labelling guide: named landmarks): "near Seventh Street and
 * Central Avenue", "17th Street". Not places: an address after a house number ("of 1119 Eighth Street"),
 * whose street only says where someone lives, and streets that stand for an industry or an office
 * ("Wall Street analysts").
 */
final class Streets {

    private Streets() {
    }

    private static final Set<String> METONYMS = Set.of("Wall Street", "Fleet Street", "Downing Street",
            "Madison Avenue", "Pennsylvania Avenue");

    /** The street a run names as a place, or null; a lone street word takes the ordinal before it ("17th Street"). */
    static String place(List<Token> tokens, int from, List<String> words, Gazetteer gazetteer) {
        // "Nathan Lane": Lane is a surname too; other street words after a first name are streets ("Franklin Street")
        if (!STREETS.contains(words.getLast())
                || words.size() == 2 && words.getLast().equals("Lane") && gazetteer.isGivenName(words.getFirst())) {
            return null;
        }
        int start = from;
        String name = String.join(" ", words);
        if (words.size() == 1) {
            if (from == 0 || !tokens.get(from - 1).text().matches("\\d+(st|nd|rd|th)")) {
                return null;
            }
            start = from - 1;
            name = tokens.get(from - 1).text() + " " + name;
        }
        boolean address = start > 0 && tokens.get(start - 1).text().matches("\\d+[A-Za-z]?");
        return address || METONYMS.contains(name) ? null : name;
    }
}
