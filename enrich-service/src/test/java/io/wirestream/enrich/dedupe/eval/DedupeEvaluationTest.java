package io.wirestream.enrich.dedupe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.enrich.dedupe.BatchDedupe;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Article;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Label;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dedupe quality on the evaluation set built from the extraction benchmark's article texts. The
 * floors are what the rules reach today; a change that lowers any of them fails here. The set and
 * the report are written to target/dedupe-eval/ (the input file runs through ./wirestream dedupe too).
 */
class DedupeEvaluationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void meetsTheQualityFloorsOnTheEvaluationSet() throws IOException {
        List<String> bodies = new ArrayList<>();
        JsonNode truth = JSON.readTree(SharedFiles.require("benchmarks/extraction-zyte/ground-truth.json").toFile());
        truth.properties().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bodies.add(e.getValue().path("articleBody").asString()));
        List<Article> set = EvaluationSet.build(bodies, 20251128L);

        Map<String, DedupeVerdict> verdicts = BatchDedupe.run(set.stream().map(Article::input).toList(),
                DedupeSettings.defaults());
        DedupeEvaluation.Report report = DedupeEvaluation.score(set, verdicts);
        write(set, report);
        System.out.println(report.text());

        assertThat(report.falseMerges()).isEmpty();
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(report.recall(Label.EXACT)).isGreaterThanOrEqualTo(0.99);
        assertThat(report.recall(Label.LIGHT)).isGreaterThanOrEqualTo(0.99);
        assertThat(report.recall(Label.MEDIUM)).isGreaterThanOrEqualTo(0.99);
        assertThat(report.recall(Label.HEAVY)).isGreaterThanOrEqualTo(0.95);
        assertThat(report.recall(Label.VERSION)).isEqualTo(1.0);
        assertThat(report.recall(Label.CORRECTION)).isEqualTo(1.0);
        assertThat(report.recall(Label.KILL)).isEqualTo(1.0);
        assertThat(report.recall(Label.TEMPLATED)).isEqualTo(1.0);
        assertThat(report.recall(Label.SAME_TOPIC)).isEqualTo(1.0);
        assertThat(report.recall(Label.ORIGINAL)).isEqualTo(1.0);
    }

    private static void write(List<Article> set, DedupeEvaluation.Report report) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "dedupe-eval"));
        List<String> input = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Article a : set) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", a.input().id());
            line.put("headline", a.headline());
            line.put("body", a.input().body());
            line.put("source", a.input().source());
            line.put("guid", a.input().guid());
            line.put("version", a.input().version());
            line.put("receivedAt", a.input().receivedAt().toString());
            if (a.input().canceled()) {
                line.put("pubStatus", "canceled");
            }
            if (a.input().signal() != null) {
                line.put("signal", a.input().signal());
            }
            input.add(JSON.writeValueAsString(line));
            labels.add(JSON.writeValueAsString(a.truth()));
        }
        Files.write(dir.resolve("input.jsonl"), input);
        Files.write(dir.resolve("truth.jsonl"), labels);
        Files.writeString(dir.resolve("report.txt"), report.text());
    }
}
