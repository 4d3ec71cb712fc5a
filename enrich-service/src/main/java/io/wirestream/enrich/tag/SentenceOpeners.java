package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.NameWords.*;

import java.util.List;

/**
 * A sentence's first word is capitalised whatever it is. "Shares of Harrow Capital", "Residents of Plano":
 * a lone opener before "of" that is no head word, title or known name is an ordinary noun, not part of the
 * name after it ("University of Miami", "Bank of England", "Prince of Wales" keep theirs).
 */
final class SentenceOpeners {

    private SentenceOpeners() {
    }

    /** How many words to drop from the front of a run: 2 ("Shares of") or 0. */
    static int ordinaryOpenerBeforeOf(List<Token> tokens, int from, int to, Gazetteer gazetteer) {
        if (to - from < 3 || !tokens.get(from).sentenceStart() || !tokens.get(from + 1).text().equals("of")) {
            return 0;
        }
        String first = tokens.get(from).text();
        String whole = String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
        boolean named = ORG_HEADS.contains(first) || TITLES.contains(first) || PLACE_HEADS.contains(first)
                || EVENTS.contains(first) || first.equals("House") || gazetteer.place(first) != null
                || gazetteer.organisation(first) != null || gazetteer.isGivenName(first)
                || gazetteer.place(whole) != null || gazetteer.organisation(whole) != null
                || first.equals(first.toUpperCase(java.util.Locale.ROOT));
        return named ? 0 : 2;
    }
}
