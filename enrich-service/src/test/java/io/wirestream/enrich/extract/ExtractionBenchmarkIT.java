package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over the public article-extraction benchmark (181 pages) and scores it with
 * the benchmark's own metric. Fails when quality drops below the floor reached so far, so a
 * heuristic that helps one page and hurts others shows up here.
 */
class ExtractionBenchmarkIT {

    /** Measured 2026-11-28: see README "Extraction quality"; floors sit just below. */
    static final double F1_FLOOR = 0.970;
    static final double PRECISION_FLOOR = 0.968;
    static final double RECALL_FLOOR = 0.970;

    @Test
    void benchmarkF1StaysAboveTheFloor() throws IOException {
        Path dir = SharedFiles.require("benchmarks/extraction-zyte");
        JsonNode truthJson = JsonMapper.builder().build().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> truth = new LinkedHashMap<>();
        truthJson.properties().forEach(e -> truth.put(e.getKey(), e.getValue().path("articleBody").asString("")));

        PageExtractor extractor = new PageExtractor();
        Map<String, String> predicted = new HashMap<>();
        List<Path> pages;
        try (Stream<Path> listing = Files.list(dir.resolve("html"))) {
            pages = listing.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        long start = System.nanoTime();
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(".html.gz", "");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                predicted.put(id, extractor.extract(in.readAllBytes(), null, truthJson.path(id).path("url").asString(null))
                        .bodyText());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // the same predictions for ../shared/tools/score-extraction.py, to cross-check this port
        Map<String, Map<String, String>> file = new java.util.TreeMap<>();
        predicted.forEach((id, body) -> file.put(id, Map.of("articleBody", body)));
        Path out = Path.of("target", "extraction-benchmark", "predictions.json");
        Files.createDirectories(out.getParent());
        JsonMapper.builder().build().writeValue(out.toFile(), file);

        ShingleScore.Result result = ShingleScore.score(truth, predicted);
        System.out.printf(Locale.ROOT, "extraction benchmark: %d pages in %.1f s, precision %.4f recall %.4f f1 %.4f exact %.4f%n",
                pages.size(), seconds, result.precision(), result.recall(), result.f1(), result.exact());
        result.pages().stream().sorted(Comparator.comparingDouble(ShingleScore.Page::f1)).limit(10)
                .forEach(p -> System.out.printf(Locale.ROOT, "  worst %s f1=%.3f%n", p.id(), p.f1()));

        assertThat(pages).hasSize(truth.size());
        assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(result.f1()).as("F1").isGreaterThanOrEqualTo(F1_FLOOR);
    }
}
