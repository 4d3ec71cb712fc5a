package io.wirestream.ingest.kafka;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.ingest.TestProperties;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.intake.ArticleIntake;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectWriter;

/**
 * The raw event of the load test's ninjs sample written to bytes with the contract's mapping, as the
 * Kafka serializer does (~12 us per event here). The yardstick for any faster writer: a hand-written
 * UTF-8 escaper measured against it was 2.4x slower and was removed (docs/ingest-performance.md).
 * Run: {@code java -cp <test classpath> org.openjdk.jmh.Main EventJsonBenchmark}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EventJsonBenchmark {

    private ObjectWriter json;
    private RawArticle article;

    @Setup
    public void prepare() throws IOException {
        json = EventJson.mapper().writerFor(RawArticle.class);
        byte[] sample;
        try (InputStream in = EventJsonBenchmark.class.getResourceAsStream(
                "/samples/nordwire-2024-03-14-arctic-cod-quota.ninjs.json")) {
            sample = in.readAllBytes();
        }
        article = new ArticleIntake(new ParserRegistry(), TestProperties.defaults())
                .prepare("bench", null, sample, Instant.parse("2024-03-14T11:00:00.123Z"))
                .entries().getFirst().article().article();
    }

    @Benchmark
    public byte[] write() {
        return json.writeValueAsBytes(article);
    }
}
