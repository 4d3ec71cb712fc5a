package io.wirestream.enrich.dedupe.bench;

import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.eval.EvaluationSet;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real article texts for the benchmarks: the dedupe evaluation set built from the extraction
 * benchmark's ground truth (originals, exact/light/medium/heavy copies, versions, kills, templated
 * and same-topic stories, same-event reports), in arrival order. Empty, with a message, where
 * ../shared is absent: the benchmark then runs on synthetic text only.
 */
final class RealTexts {

    private static final String GROUND_TRUTH = "benchmarks/extraction-zyte/ground-truth.json";

    private RealTexts() {
    }

    /** The evaluation set's articles, ids made UUIDs (as ingest assigns), without provider identity. */
    static List<DedupeInput> evaluationArticles() {
        Path file;
        try {
            file = SharedFiles.require(GROUND_TRUTH);
        } catch (TestAbortedException absent) {
            System.out.println("real texts left out, synthetic only: " + absent.getMessage());
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        try {
            JsonNode truth = JsonMapper.builder().build().readTree(file.toFile());
            truth.properties().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> bodies.add(e.getValue().path("articleBody").asString()));
        } catch (RuntimeException e) {
            System.out.println("real texts left out, synthetic only: " + file + " unreadable: " + e.getMessage());
            return List.of();
        }
        List<DedupeInput> articles = new ArrayList<>();
        for (EvaluationSet.Article a : EvaluationSet.build(bodies, 20251128L)) {
            DedupeInput in = a.input();
            // the text path is what the index serves: guid-linked versions and kills never reach it
            articles.add(new DedupeInput(uuid(in.id()), in.source(), in.body(), null, 1, false, null, in.receivedAt()));
        }
        articles.sort((x, y) -> x.receivedAt().compareTo(y.receivedAt()));
        return articles;
    }

    /** {@code in} received at {@code at} instead. */
    static DedupeInput at(DedupeInput in, Instant at) {
        return new DedupeInput(in.id(), in.source(), in.body(), in.guid(), in.version(), in.canceled(), in.signal(), at);
    }

    private static String uuid(String id) {
        return UUID.nameUUIDFromBytes(("real:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
