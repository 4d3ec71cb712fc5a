package io.wirestream.enrich.dedupe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.enrich.dedupe.BatchDedupe;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Article;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Label;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Same-event links on the evaluation set, reported apart from the duplicate verdicts: recall on
 * reports of the same event in other words, precision over every link made (templated stories,
 * same-topic and other-event articles, late reports and the originals themselves are the
 * negatives), on the test half (the thresholds were chosen on the tuning half). The baselines are
 * near-duplicate detection and a textbook shingle Jaccard on the same reports.
 */
class SameEventEvaluationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<Article> set() throws IOException {
        List<String> bodies = new ArrayList<>();
        JsonNode truth = JSON.readTree(SharedFiles.require("benchmarks/extraction-zyte/ground-truth.json").toFile());
        truth.properties().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bodies.add(e.getValue().path("articleBody").asString()));
        return EvaluationSet.build(bodies, 20251128L);
    }

    @Test
    void linksHalfTheReportsInOtherWordsAtHighPrecision() throws IOException {
        List<Article> set = set();
        Map<String, DedupeVerdict> verdicts = BatchDedupe.run(set.stream().map(Article::input).toList(),
                DedupeSettings.defaults(), EventSettings.defaults());
        EventEvaluation.Report tuning = EventEvaluation.score(set, verdicts, EventEvaluation.TUNING);
        EventEvaluation.Report test = EventEvaluation.score(set, verdicts, EventEvaluation.TEST);
        String baseline = shingleBaseline(set);
        String text = tuning.text("tuning half") + test.text("test half") + baseline;
        System.out.println(text);
        Files.writeString(Files.createDirectories(Path.of("target", "dedupe-eval")).resolve("same-event-report.txt"), text);

        assertThat(test.events()).isGreaterThan(40);
        assertThat(tuning.falseLinks()).isEmpty();
        assertThat(test.recall()).isGreaterThanOrEqualTo(0.5);
        assertThat(test.precision()).isGreaterThanOrEqualTo(0.95);
        // the reports really are in other words: near-duplicate detection links hardly any of them
        assertThat(test.minHashRecall()).isLessThan(0.1);
    }

    /** How much a textbook word-shingle comparison sees of each report and its original. */
    private static String shingleBaseline(List<Article> set) {
        Map<String, DedupeInput> byId = set.stream().map(Article::input)
                .collect(Collectors.toMap(DedupeInput::id, Function.identity()));
        int reports = 0;
        int jaccardHalf = 0;
        double jaccardSum = 0;
        double containmentSum = 0;
        for (Article a : set) {
            if (a.truth().label() != Label.EVENT) {
                continue;
            }
            Set<String> report = shingles(a.input().body());
            Set<String> original = shingles(byId.get(a.truth().group()).body());
            Set<String> both = new HashSet<>(report);
            both.retainAll(original);
            double jaccard = both.size() / (double) (report.size() + original.size() - both.size());
            reports++;
            jaccardHalf += jaccard >= 0.5 ? 1 : 0;
            jaccardSum += jaccard;
            containmentSum += both.size() / (double) Math.max(1, report.size());
        }
        return String.format(Locale.ROOT, "textbook 3-shingle Jaccard >= 0.5: %d of %d reports; mean Jaccard %.3f, "
                + "mean containment of the report in its original %.3f%n", jaccardHalf, reports, jaccardSum / reports,
                containmentSum / reports);
    }

    private static Set<String> shingles(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= w.size(); i++) {
            out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
        }
        return out;
    }
}
