package io.wirestream.ingest.bench;

import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.format.Samples;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Detection plus parsing of one document per format, on our own samples (ops/s = documents/s).
 * Run with {@code ingest-service/bench/parsers.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

    @Param({"ninjs", "nitf", "newsml-g2", "newsml1", "anpa1312", "iptc7901", "text"})
    public String format;

    private final ParserRegistry registry = new ParserRegistry();
    private String document;

    @Setup
    public void load() {
        document = switch (format) {
            case "ninjs" -> Samples.own("../nordwire-2024-03-14-arctic-cod-quota.ninjs.json");
            case "nitf" -> Samples.own("nordwire-cod-quota.nitf.xml", StandardCharsets.ISO_8859_1);
            case "newsml-g2" -> Samples.own("nordwire-message.newsml-g2.xml");
            case "newsml1" -> Samples.own("nordwire-two-items.newsml1.xml");
            case "anpa1312" -> Samples.own("nordwire-cod.anpa1312.txt", StandardCharsets.US_ASCII);
            case "iptc7901" -> Samples.own("nordwire-cod.iptc7901.txt", StandardCharsets.ISO_8859_1);
            case "text" -> Samples.own("../nordwire-2024-03-14-arctic-cod-quota.txt");
            default -> throw new IllegalArgumentException(format);
        };
    }

    @Benchmark
    public ParsedDocument detectAndParse() {
        return registry.parse(null, document).document();
    }
}
