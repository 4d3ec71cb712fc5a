package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, ported from {@code ../shared/tools/score-extraction.py}:
 * word tokens, multisets of 4-token shingles, per-page true/false positive/negative shares that sum
 * to 1, precision and recall averaged over pages, F1 as their harmonic mean, and the share of pages
 * whose token sequence matches exactly.
 */
final class ShingleScore {

    /** Python's {@code \w+} on str: letters, numbers (any kind) and underscore; no combining marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    record Page(String id, double tp, double fp, double fn, boolean exact) {

        double precision() {
            return ratio(tp, fp, fn);
        }

        double recall() {
            return ratio(tp, fn, fp);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Result(List<Page> pages, double precision, double recall, double f1, double exact) {
    }

    private ShingleScore() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.size() < N) {
            if (!tokens.isEmpty()) {
                counts.put(String.join("\u0000", tokens), 1);
            }
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join("\u0000", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }

    static Page page(String id, String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<String, Integer> a = shingles(t);
        Map<String, Integer> b = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int other = b.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), other);
            fn += Math.max(0, e.getValue() - other);
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            fp += Math.max(0, e.getValue() - a.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        if (total == 0) {
            return new Page(id, 0, 0, 0, t.equals(p));
        }
        return new Page(id, tp / total, fp / total, fn / total, t.equals(p));
    }

    /** Scores predictions (id to body) against ground truth (id to body); a missing prediction is empty. */
    static Result score(Map<String, String> truth, Map<String, String> predicted) {
        List<Page> pages = new ArrayList<>();
        truth.forEach((id, body) -> pages.add(page(id, body, predicted.getOrDefault(id, ""))));
        double precision = pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(Page::precision).average().orElse(0);
        double recall = pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(Page::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double exact = pages.stream().filter(Page::exact).count() / (double) pages.size();
        return new Result(pages, precision, recall, f1, exact);
    }

    private static double ratio(double hit, double miss, double other) {
        if (miss == 0 && other == 0) {
            return 1.0;
        }
        if (hit == 0 && miss == 0) {
            return 0.0;
        }
        return hit / (hit + miss);
    }
}
