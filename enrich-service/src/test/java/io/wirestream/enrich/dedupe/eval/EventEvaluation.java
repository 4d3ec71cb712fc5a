package io.wirestream.enrich.dedupe.eval;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.EventLink;
import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Article;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the same-event links of an {@link EvaluationSet}, apart from the duplicate verdicts. A
 * link is right when an {@link Label#EVENT} article links to its original's story; any other link
 * is false (templated stories, same-topic and other-event articles, late reports, and originals
 * linked to each other). The baseline is what near-duplicate detection (MinHash-LSH) did with the
 * same reports. Texts split by their index: even ones tune the thresholds, odd ones test them.
 */
public final class EventEvaluation {

    public static final IntPredicate TUNING = i -> i % 2 == 0;
    public static final IntPredicate TEST = i -> i % 2 == 1;

    private static final Pattern INDEX = Pattern.compile("\\d+");

    /**
     * Texts of the extraction benchmark that are two outlets' own reports of one real event (found
     * when the linker joined them: a New York man's guilty plea over threats to a congresswoman;
     * a case report of a feather-duvet allergy). A link between them, or their rewrites, is right.
     */
    private static final Map<String, String> REAL_EVENTS = Map.of("o56", "real-1", "o61", "real-1",
            "o63", "real-2", "o98", "real-2");

    /**
     * @param events      same-event reports within the window
     * @param linked      of those, linked to their original's story
     * @param links       all same-event links made
     * @param falseLinks  the wrong ones, described
     * @param minHash     reports that near-duplicate detection linked to their original
     * @param lateLinked  reports after the window that were linked anyway
     * @param realLinks   links between two real reports of one event in the source texts
     */
    public record Report(int events, int linked, int links, List<String> falseLinks, int minHash, int lateLinked,
            int realLinks) {

        public double recall() {
            return events == 0 ? 0 : linked / (double) events;
        }

        public double precision() {
            return links == 0 ? 1.0 : (links - falseLinks.size()) / (double) links;
        }

        public double minHashRecall() {
            return events == 0 ? 0 : minHash / (double) events;
        }

        public String text(String name) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "same-event (%s): %d reports, %d linked, recall %.4f; %d links (%d between real reports of one "
                            + "event), %d false, precision %.4f; MinHash near-duplicate links %d (recall %.4f)%n",
                    name, events, linked, recall(), links, realLinks, falseLinks.size(), precision(), minHash,
                    minHashRecall()));
            falseLinks.stream().limit(20).forEach(f -> out.append("false link: ").append(f).append('\n'));
            return out.toString();
        }
    }

    private EventEvaluation() {
    }

    public static Report score(List<Article> set, Map<String, DedupeVerdict> verdicts, IntPredicate split) {
        int events = 0;
        int linked = 0;
        int links = 0;
        int minHash = 0;
        int lateLinked = 0;
        int realLinks = 0;
        Map<String, String> groupOf = new java.util.HashMap<>();
        set.forEach(a -> groupOf.put(a.truth().id(), a.truth().group()));
        List<String> falseLinks = new ArrayList<>();
        for (Article article : set) {
            String id = article.truth().id();
            if (!split.test(index(id))) {
                continue;
            }
            Label label = article.truth().label();
            DedupeVerdict verdict = verdicts.get(id);
            String groupStory = verdicts.get(article.truth().group()).story();
            EventLink link = verdict.sameEvent();
            String event = event(article.truth().group());
            boolean sameRealEvent = link != null && event.startsWith("real-")
                    && event.equals(event(groupOf.get(link.story())));
            boolean right = label == Label.EVENT && link != null && link.story().equals(groupStory) || sameRealEvent;
            if (label == Label.EVENT) {
                events++;
                linked += right ? 1 : 0;
                boolean copyLink = verdict.kind() != Kind.ORIGINAL && verdict.story().equals(groupStory);
                minHash += copyLink ? 1 : 0;
            }
            if (link != null) {
                links++;
                realLinks += sameRealEvent && label == Label.ORIGINAL ? 1 : 0;
                if (!right) {
                    falseLinks.add(id + " (" + label + ") -> " + link);
                    lateLinked += label == Label.EVENT_LATE ? 1 : 0;
                }
            }
        }
        return new Report(events, linked, links, falseLinks, minHash, lateLinked, realLinks);
    }

    private static String event(String group) {
        return group == null ? "" : REAL_EVENTS.getOrDefault(group, group);
    }

    /** The number of the text an article id belongs to ("o12-event" → 12, "tpl7-1" → 7). */
    static int index(String id) {
        Matcher m = INDEX.matcher(id);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }
}
