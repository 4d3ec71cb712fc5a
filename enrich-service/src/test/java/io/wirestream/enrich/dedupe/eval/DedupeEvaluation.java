package io.wirestream.enrich.dedupe.eval;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Article;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Label;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores verdicts against the labels of an {@link EvaluationSet}. A link (any verdict but
 * original) is right when it points into the article's true group with the right kind; a link into
 * another group is a false merge.
 */
public final class DedupeEvaluation {

    /** Per label: how many, how many got the right verdict; plus link precision and false merges. */
    public record Report(Map<Label, int[]> perLabel, int links, int correctLinks, List<String> falseMerges,
            List<String> misses) {

        public double recall(Label label) {
            int[] c = perLabel.getOrDefault(label, new int[2]);
            return c[0] == 0 ? 1.0 : c[1] / (double) c[0];
        }

        public double precision() {
            return links == 0 ? 1.0 : correctLinks / (double) links;
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "links: %d, correct %d, precision %.4f, false merges %d%n", links,
                    correctLinks, precision(), falseMerges.size()));
            perLabel.forEach((label, c) -> out.append(String.format(Locale.ROOT, "%-11s %4d articles, %4d right, recall %.4f%n",
                    label, c[0], c[1], recall(label))));
            falseMerges.stream().limit(20).forEach(f -> out.append("false merge: ").append(f).append('\n'));
            misses.stream().limit(20).forEach(f -> out.append("miss: ").append(f).append('\n'));
            return out.toString();
        }
    }

    private DedupeEvaluation() {
    }

    public static Report score(List<Article> set, Map<String, DedupeVerdict> verdicts) {
        Map<String, String> group = new HashMap<>();
        set.forEach(a -> group.put(a.truth().id(), a.truth().group()));
        Map<Label, int[]> perLabel = new EnumMap<>(Label.class);
        int links = 0;
        int correctLinks = 0;
        List<String> falseMerges = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Article article : set) {
            String id = article.truth().id();
            Label label = article.truth().label();
            if (label.isEvent()) {
                continue; // the same-event articles are scored by EventEvaluation
            }
            DedupeVerdict verdict = verdicts.get(id);
            if (verdict == null) {
                throw new IllegalArgumentException("no verdict for " + id);
            }
            boolean intoGroup = verdict.of() != null && article.truth().group().equals(group.get(verdict.of()));
            boolean right = switch (label) {
                case ORIGINAL, TEMPLATED, SAME_TOPIC -> verdict.kind() == Kind.ORIGINAL;
                case EXACT, LIGHT, MEDIUM, HEAVY -> (verdict.kind() == Kind.EXACT || verdict.kind() == Kind.NEAR) && intoGroup;
                case VERSION, CORRECTION -> verdict.kind() == Kind.VERSION && intoGroup;
                case KILL -> verdict.kind() == Kind.KILL && intoGroup;
                case EVENT, EVENT_LATE, OTHER_EVENT -> throw new IllegalStateException("scored by EventEvaluation");
            };
            int[] counts = perLabel.computeIfAbsent(label, l -> new int[2]);
            counts[0]++;
            if (right) {
                counts[1]++;
            } else {
                misses.add(id + " (" + label + ") got " + verdict);
            }
            if (verdict.kind() != Kind.ORIGINAL) {
                links++;
                if (right) {
                    correctLinks++;
                }
                if (!intoGroup && !(label == Label.KILL && id.equals(verdict.of()))) {
                    falseMerges.add(id + " (" + label + ") -> " + verdict.of() + " (" + group.get(verdict.of()) + "), "
                            + verdict);
                }
            }
        }
        return new Report(perLabel, links, correctLinks, falseMerges, misses);
    }
}
