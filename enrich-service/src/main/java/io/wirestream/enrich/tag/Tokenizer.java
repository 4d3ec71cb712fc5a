package io.wirestream.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Dotted abbreviations ("U.S.", "U.K.") stay one word;
 * a possessive "'s" becomes its own token so "Russia's" still names Russia.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s\\p{Lu}\\p{Ll})|(?:Mr|Mrs|Ms|Dr|Sens|Sen|Gov|Reps|Rep|Gen|Col|Lt|Capt|Sgt|Adm|St|ST|Jr|Sr|Corp|Inc|Ltd|Co|No)\\.(?=[\\s,;:)])"
                    // "AT&T", "PG&E": an ampersand between capitals joins one name
                    + "|\\p{Lu}+&\\p{Lu}+\\b"
                    + "|[\\p{L}\\p{N}]+(?:['’\\-](?!(?:\\p{Lu}\\.){2})[\\p{L}\\p{N}]+)*|\\S");

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean sentenceStart = true;
        int lastEnd = 0;
        while (m.find()) {
            String t = m.group();
            if (text.substring(lastEnd, m.start()).contains("\n\n") || text.substring(lastEnd, m.start()).contains("\n")
                    && !out.isEmpty() && !out.getLast().word()) {
                sentenceStart = true;
            }
            lastEnd = m.end();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            if (word && (t.endsWith("'s") || t.endsWith("’s")) && t.length() > 2) {
                out.add(new Token(t.substring(0, t.length() - 2), m.start(), true, sentenceStart));
                out.add(new Token("'s", m.end() - 2, false, false));
                sentenceStart = false;
                continue;
            }
            out.add(new Token(t, m.start(), word, sentenceStart && word));
            if (word) {
                sentenceStart = false;
            } else if (t.equals(".") || t.equals("!") || t.equals("?")) {
                sentenceStart = true;
            } else if (!(t.equals("\"") || t.equals("“") || t.equals("'") || t.equals("(") || t.equals("‘"))) {
                // a quote or bracket keeps a pending sentence start; other marks end it
                sentenceStart = sentenceStart && t.equals("-");
            }
        }
        return out;
    }
}
