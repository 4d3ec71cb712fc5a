package io.wirestream.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Key phrases: runs of content words between stopwords and punctuation, scored by how often their
 * words occur and how much they co-occur, keeping lowercase phrases (capitalised runs are names,
 * which the entity lists already carry).
 */
final class KeywordExtractor {

    private static final int MAX_WORDS = 3;
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "for", "from", "by", "with", "about", "as", "into", "over", "after", "before", "between", "during",
            "under", "against", "without", "within", "through", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "not", "no", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
            "you", "i", "his", "her", "their", "our", "your", "them", "him", "us", "who", "whom", "which", "what",
            "when", "where", "why", "how", "there", "here", "than", "then", "so", "such", "also", "very", "more",
            "most", "some", "any", "all", "both", "each", "other", "another", "said", "says", "say", "told", "added",
            "according", "while", "however", "meanwhile", "besides", "if", "because", "since", "until", "up", "out",
            "down", "off", "again", "further", "once", "only", "own", "same", "too", "just", "like", "well", "last",
            "first", "new", "one", "two", "three", "year", "years", "week", "month", "day", "time", "tuesday",
            "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "many", "much",
            "even", "still", "yet", "already", "long", "often", "now", "way", "people", "called", "made",
            "make", "take", "took", "therefore", "thus", "hence", "especially", "clear", "possible", "able", "likely", "recent", "including", "despite", "amid", "around", "near", "across", "toward", "towards", "whether", "either", "neither", "nor", "every", "few", "less", "least", "per", "via", "among", "upon", "onto", "go", "went", "come", "came", "get", "got", "see", "seen", "mentioned", "s");

    List<String> keywords(String text, Set<String> entitySurfaces, int limit) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean proper = false;
        for (Token t : Tokenizer.tokens(text)) {
            String w = t.lower();
            boolean content = t.word() && !STOP.contains(w) && w.length() > 2 && !Character.isDigit(w.charAt(0));
            boolean name = t.capitalised() && !t.sentenceStart();
            if (!content || name) {
                close(phrases, current, proper);
                current = new ArrayList<>();
                proper = false;
                if (!content || name) {
                    continue;
                }
            }
            current.add(w);
        }
        close(phrases, current, proper);
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (List<String> p : phrases) {
            for (String w : p) {
                freq.merge(w, 1, Integer::sum);
                degree.merge(w, p.size(), Integer::sum);
            }
        }
        Map<String, Double> scored = new LinkedHashMap<>();
        for (List<String> p : phrases) {
            String phrase = String.join(" ", p);
            double s = 0;
            for (String w : p) {
                s += (double) degree.get(w) / freq.get(w);
            }
            scored.merge(phrase, s, Double::sum);
        }
        Set<String> names = new java.util.HashSet<>();
        entitySurfaces.forEach(e -> names.add(e.toLowerCase(Locale.ROOT)));
        return scored.entrySet().stream()
                .filter(e -> !names.contains(e.getKey()))
                .filter(e -> e.getKey().contains(" ") || e.getValue() >= 3)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void close(List<List<String>> phrases, List<String> words, boolean proper) {
        if (!words.isEmpty() && words.size() <= MAX_WORDS && !proper) {
            phrases.add(words);
        }
    }
}
