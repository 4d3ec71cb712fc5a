package io.wirestream.enrich.tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to tag one article (language + entities + topics + keywords) on one thread, cycling through
 * the 181 article bodies of ../shared/benchmarks/extraction-zyte (every language they come in).
 * Run by enrich-service/bench/tagger.sh; not a unit test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TaggerBenchmark {

    private Tagger tagger;
    private List<String> bodies;
    private int next;

    @Setup
    public void load() throws Exception {
        Path truth = Path.of(System.getProperty("wirestream.shared", "../shared"),
                "benchmarks/extraction-zyte/ground-truth.json");
        JsonNode all = JsonMapper.builder().build().readTree(Files.readString(truth));
        bodies = new ArrayList<>();
        all.forEach(article -> bodies.add(article.get("articleBody").asString()));
        tagger = Tagger.withDefaults();
    }

    @Benchmark
    public Tags tagOneArticle() {
        String body = bodies.get(next);
        next = (next + 1) % bodies.size();
        return tagger.tag(body, null, null);
    }
}
