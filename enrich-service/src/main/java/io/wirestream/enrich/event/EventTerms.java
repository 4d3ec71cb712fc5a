package io.wirestream.enrich.event;

import io.wirestream.enrich.dedupe.BodyNormaliser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms an article is compared by when looking for other articles on the same event: what
 * survives a rewrite in other words. Numbers ({@code #:}, two digits or more, thousands separators
 * dropped), names (capitalised words that do not start a sentence) and content words (four letters
 * or more, not a stopword); words and names are keyed {@code w:} and crudely stemmed so "closures"
 * meets "closure". Word order, function words and phrasing are deliberately lost. Outlet wrapper
 * paragraphs (copyright, credits, bylines) are dropped: they name the outlet, not the event.
 */
public final class EventTerms {

    static final String NUMBER = "#:";
    static final String WORD = "w:";

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:'[\\p{L}]+)?|[.!?:;\"]");
    private static final Pattern WRAPPER = Pattern.compile("^(?:©|\\(c\\)|copyright\\b|by \\p{L}+ \\p{L}+|from staff\\b"
            + "|(?:additional )?reporting by\\b|(?:editing|writing) by\\b|sign up\\b|follow (?:us|our)\\b|read more\\b)"
            + "|all rights reserved", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "against", "also", "although",
            "among", "and", "another", "any", "are", "around", "because", "been", "before", "being", "below", "between",
            "both", "but", "can", "could", "did", "does", "doing", "down", "during", "each", "either", "even", "every",
            "few", "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how",
            "however", "into", "its", "itself", "just", "last", "least", "less", "many", "may", "might", "more", "most",
            "much", "must", "near", "neither", "next", "nor", "not", "now", "off", "once", "only", "other", "others",
            "our", "out", "over", "own", "per", "same", "she", "should", "since", "some", "still", "such", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "though", "through",
            "thus", "too", "toward", "towards", "under", "until", "upon", "very", "was", "were", "what", "when",
            "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
            "would", "yet", "you", "your", "said", "says", "say", "told", "tell", "added", "according", "year", "years",
            "month", "months", "week", "weeks", "day", "days", "time", "times", "today", "yesterday", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "first", "second", "new",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "people", "made", "make",
            "makes", "take", "took", "taken", "come", "came", "going", "went", "get", "got", "like", "well", "already",
            "often", "including", "include", "includes", "part", "way", "ways", "lot", "lots", "thing", "things");

    private EventTerms() {
    }

    /**
     * The distinct terms of a body, in order of first occurrence, each with whether it is a fact (a
     * number, or a word the article capitalises inside a sentence, i.e. a name). Words and names
     * share one key space, so a name that starts a sentence in one article still meets itself.
     */
    public static Map<String, Boolean> of(String body) {
        Map<String, Boolean> terms = new LinkedHashMap<>();
        for (String paragraph : PARAGRAPHS.split(body.replace("\r", "\n"))) {
            String p = BodyNormaliser.clean(paragraph);
            if (p.isEmpty() || p.length() < 300 && WRAPPER.matcher(p).find()) {
                continue;
            }
            boolean sentenceStart = true;
            Matcher m = TOKEN.matcher(p);
            while (m.find()) {
                String token = m.group();
                char first = token.charAt(0);
                if (".!?:;\"".indexOf(first) >= 0) {
                    sentenceStart = first != '"' || sentenceStart;
                    continue;
                }
                if (Character.isDigit(first)) {
                    String number = token.replace(",", "");
                    if (number.length() >= 2) {
                        terms.put(NUMBER + number, true);
                    }
                } else {
                    String lower = stripPossessive(token.toLowerCase(Locale.ROOT));
                    boolean name = Character.isUpperCase(first) && !sentenceStart && lower.length() >= 2;
                    if (!STOP.contains(lower) && (name || lower.length() >= 4)) {
                        terms.merge(WORD + stem(lower), name, Boolean::logicalOr);
                    }
                }
                sentenceStart = false;
            }
        }
        return terms;
    }

    private static String stripPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** A crude English suffix stripper: enough for plural and tense variants to meet. */
    static String stem(String word) {
        String w = stripPossessive(word);
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ings", "ing", "edly", "ed", "ly", "s"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix) && !(suffix.equals("s") && w.endsWith("ss"))) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
