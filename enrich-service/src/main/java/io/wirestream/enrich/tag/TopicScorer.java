package io.wirestream.enrich.tag;

import io.wirestream.enrich.tag.Tags.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores IPTC Media Topics from cue phrases (topic-keywords.tsv). Every hit counts for its topic
 * and all the topic's ancestors, headline hits twice; a top-level topic is reported when it is
 * strong enough on its own and against the best one, and deeper topics under a reported top level.
 */
final class TopicScorer {

    private static final double MIN_SCORE = 3.0;
    private static final double MIN_SHARE_OF_BEST = 0.1;
    private static final double MIN_DEEP_SHARE_OF_BEST = 0.08;
    private static final double MIN_DEEP_SCORE = 2.0;

    /** Sport's cue words that mean the video game in a video-game story ("the game runs at 4K", "players"). */
    private static final Set<String> SHARED_WITH_VIDEO_GAMES = Set.of("game", "player");
    private static final String SPORT = "medtop:20000822";
    private static final String VIDEO_GAME = "medtop:20000548";

    private record Concept(String qcode, String parent, int level, String name) {
    }

    private final Map<String, Concept> concepts = new HashMap<>();
    /** first stemmed word of a cue -> the cues starting with it (each a stemmed word list and its qcode). */
    private final Map<String, List<Map.Entry<List<String>, String>>> cues = new HashMap<>();

    TopicScorer() {
        Gazetteer.read("mediatopics.tsv", f -> concepts.put(f[0], new Concept(f[0], f[1], Integer.parseInt(f[2]), f[3])));
        Gazetteer.read("topic-keywords.tsv", f -> {
            if (!concepts.containsKey(f[0])) {
                throw new IllegalStateException("topic-keywords.tsv names " + f[0] + " missing from mediatopics.tsv");
            }
            for (String cue : f[1].split(",")) {
                List<String> words = new ArrayList<>();
                for (String w : cue.strip().split("[ \\-]+")) {
                    words.add(stem(w));
                }
                cues.computeIfAbsent(words.getFirst(), x -> new ArrayList<>()).add(Map.entry(words, f[0]));
            }
        });
    }

    List<Topic> score(String headline, String text) {
        Map<String, Double> scores = new HashMap<>();
        double sharedHits = hits(text, 1.0, scores);
        if (headline != null) {
            sharedHits += hits(headline, 2.0, scores);
        }
        // a story that talks of consoles and gaming means the video game by "game" and "player": those hits move
        if (scores.getOrDefault(VIDEO_GAME, 0.0) >= MIN_SCORE && sharedHits > 0) {
            addUp(SPORT, -sharedHits, scores);
            addUp(VIDEO_GAME, sharedHits, scores);
        }
        double best = 0;
        List<Concept> tops = new ArrayList<>();
        for (Concept c : concepts.values()) {
            if (c.level() == 1 && scores.getOrDefault(c.qcode(), 0.0) > 0) {
                tops.add(c);
                best = Math.max(best, scores.get(c.qcode()));
            }
        }
        tops.sort((a, b) -> Double.compare(scores.get(b.qcode()), scores.get(a.qcode())));
        if (System.getProperty("wirestream.tag.debug") != null) {
            tops.forEach(t -> System.err.println(t.name() + " " + scores.get(t.qcode())));
        }
        List<Topic> out = new ArrayList<>();
        for (Concept top : tops) {
            double s = scores.get(top.qcode());
            if (s < MIN_SCORE || s < MIN_SHARE_OF_BEST * best) {
                continue;
            }
            out.add(topic(top, s, best));
            List<Concept> deeper = new ArrayList<>();
            for (Concept c : concepts.values()) {
                if (c.level() > 1 && scores.getOrDefault(c.qcode(), 0.0) >= Math.max(MIN_DEEP_SCORE, MIN_DEEP_SHARE_OF_BEST * best)
                        && top.qcode().equals(root(c).qcode())) {
                    deeper.add(c);
                }
            }
            deeper.sort((a, b) -> a.level() != b.level() ? Integer.compare(a.level(), b.level())
                    : Double.compare(scores.get(b.qcode()), scores.get(a.qcode())));
            for (Concept c : deeper) {
                out.add(topic(c, scores.get(c.qcode()), best));
            }
        }
        return out;
    }

    private static Topic topic(Concept c, double score, double best) {
        return new Topic(c.qcode(), c.name(), c.level(), Math.round(score / best * 100) / 100.0);
    }

    private Concept root(Concept c) {
        while (!c.parent().isEmpty()) {
            c = concepts.get(c.parent());
        }
        return c;
    }

    private void addUp(String qcode, double w, Map<String, Double> scores) {
        for (Concept c = concepts.get(qcode); c != null; c = concepts.get(c.parent())) {
            scores.merge(c.qcode(), w, Double::sum);
        }
    }

    /**
     * Adds the cue hits of {@code text} to {@code scores}; returns the weight of those that were sport's
     * "game" or "player", which a video-game story moves over to the video game.
     */
    private double hits(String text, double weight, Map<String, Double> scores) {
        double shared = 0;
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text)) {
            if (t.word()) {
                for (String part : t.lower().split("-")) {
                    words.add(stem(part));
                }
            }
        }
        // the longest cue at a word wins and its words count once: "video games" is the video game, not
        // also sport's "game"; "drug trafficking" is crime, not also health's "drug"
        int i = 0;
        while (i < words.size()) {
            List<Map.Entry<List<String>, String>> candidates = cues.getOrDefault(words.get(i), List.of());
            int longest = 0;
            for (Map.Entry<List<String>, String> cue : candidates) {
                if (matches(words, i, cue.getKey())) {
                    longest = Math.max(longest, cue.getKey().size());
                }
            }
            for (Map.Entry<List<String>, String> cue : candidates) {
                if (cue.getKey().size() == longest && matches(words, i, cue.getKey())) {
                    double w = weight * (longest > 1 ? 1.5 : 1.0);
                    addUp(cue.getValue(), w, scores);
                    if (longest == 1 && cue.getValue().equals(SPORT) && SHARED_WITH_VIDEO_GAMES.contains(words.get(i))) {
                        shared += w;
                    }
                }
            }
            i += Math.max(1, longest);
        }
        return shared;
    }

    private static boolean matches(List<String> words, int at, List<String> phrase) {
        return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }

    /** A light English stemmer: enough that "missiles" meets "missile" and "ties" meets "tie". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Names of every concept the scorer can report, for checks. */
    Map<String, String> vocabulary() {
        Map<String, String> v = new LinkedHashMap<>();
        concepts.values().forEach(c -> v.put(c.qcode(), c.name()));
        return v;
    }
}
