package io.wirestream.enrich.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names joined by an ampersand are one firm, band or partnership ("Ernst & Young", "Frost & Sullivan",
 * "Pacific Gas & Electric Co."): news copy writes "and" between two separate names and keeps "&" for a name
 * of its own. The run reader cuts runs at the ampersand, so the span is found before it.
 *
 * <p>Products, features and slogans use the ampersand too ("Eve Door & Window", "Plug & Charge", "Plan &
 * Grow"), so without a legal ending the span is one word on each side, neither of them a word the article
 * also writes in lowercase, and not part of a longer capitalised run on the left. Two places ("Trinidad &
 * Tobago") and two first names ("Tom & Jerry") are left alone.
 */
final class AmpersandNames {

    private static final Set<String> LEGAL_ENDINGS = Set.of("Co.", "Inc.", "Ltd.", "Corp.", "LLP", "LLC");
    private static final Set<String> ARTICLES = Set.of("A", "An", "The");

    private AmpersandNames() {
    }

    static void find(List<Token> tokens, Gazetteer gazetteer, Map<Integer, SpanHints.Hint> hints) {
        Set<String> lowercase = null;
        for (int amp = 1; amp + 1 < tokens.size(); amp++) {
            if (!tokens.get(amp).text().equals("&") || !nameWord(tokens.get(amp - 1))
                    || !nameWord(tokens.get(amp + 1))) {
                continue;
            }
            if (lowercase == null) {
                lowercase = lowercaseWords(tokens);
            }
            int[] span = legalSpan(tokens, amp);
            if (span == null) {
                span = plainSpan(tokens, amp, lowercase);
            }
            if (span == null || covered(hints, span[0], span[1])) {
                continue;
            }
            List<String> left = texts(tokens, span[0], amp);
            List<String> right = texts(tokens, amp + 1, span[1]);
            if (place(left, gazetteer) && place(right, gazetteer)
                    || gazetteer.place(String.join(" ", left) + " and " + String.join(" ", right)) != null
                    || firstNames(left, right, gazetteer)) {
                continue;
            }
            hints.put(span[0], new SpanHints.Hint(span[1], "organisation",
                    String.join(" ", left) + " & " + String.join(" ", right)));
        }
    }

    /** "Pacific Gas & Electric Co.": up to two words a side when a legal ending closes the name. */
    private static int[] legalSpan(List<Token> tokens, int amp) {
        int to = amp + 1;
        while (to < tokens.size() && to - amp <= 3 && nameWord(tokens.get(to))) {
            if (LEGAL_ENDINGS.contains(tokens.get(to).text())) {
                int from = amp - 1;
                if (from > 0 && nameWord(tokens.get(from - 1)) && !tokens.get(from).sentenceStart()
                        && !ARTICLES.contains(tokens.get(from - 1).text())) {
                    from--;
                }
                return new int[] {from, to + 1};
            }
            to++;
        }
        return null;
    }

    /** "Ernst & Young", "Bang & Olufsen": one proper word each side. */
    private static int[] plainSpan(List<Token> tokens, int amp, Set<String> lowercase) {
        Token left = tokens.get(amp - 1);
        Token before = amp >= 2 ? tokens.get(amp - 2) : null;
        boolean longerRun = !left.sentenceStart() && before != null && nameWord(before)
                && !ARTICLES.contains(before.text());
        String leftWord = left.text().toLowerCase(Locale.ROOT);
        String rightWord = tokens.get(amp + 1).text().toLowerCase(Locale.ROOT);
        if (longerRun || lowercase.contains(leftWord) || lowercase.contains(rightWord)) {
            return null;
        }
        return new int[] {amp - 1, headedEnd(tokens, amp + 2)};
    }

    /** "Rock & Roll Hall of Fame": a name that goes on to a head word ends there, "of" allowed inside. */
    private static int headedEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            Token t = tokens.get(k);
            if (!nameWord(t) && !t.text().equals("of") || t.sentenceStart()) {
                break;
            }
            if (NameWords.ORG_HEADS.contains(t.text())) {
                return k + 1;
            }
        }
        return from;
    }

    private static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.word() && !t.capitalised()) {
                out.add(t.text());
            }
        }
        return out;
    }

    private static boolean nameWord(Token t) {
        return t.word() && t.capitalised();
    }

    private static boolean covered(Map<Integer, SpanHints.Hint> hints, int from, int to) {
        return hints.entrySet().stream().anyMatch(h -> h.getKey() < to && h.getValue().end() > from);
    }

    private static List<String> texts(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().map(Token::text).toList();
    }

    private static boolean place(List<String> side, Gazetteer gazetteer) {
        return gazetteer.place(String.join(" ", side)) != null;
    }

    /** "Tom & Jerry", "Kim & Kanye": a first name alone on each side names two people or characters. */
    private static boolean firstNames(List<String> left, List<String> right, Gazetteer gazetteer) {
        return left.size() == 1 && right.size() == 1 && gazetteer.isGivenName(left.getFirst())
                && gazetteer.isGivenName(right.getFirst());
    }
}
