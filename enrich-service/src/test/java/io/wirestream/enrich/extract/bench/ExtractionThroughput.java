package io.wirestream.enrich.extract.bench;

import io.wirestream.enrich.extract.PageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Pages per second on one thread over the 181 benchmark pages, jsoup parse included, for our
 * extractor, Readability4J and a bare jsoup parse (the floor both stand on), measured in one run.
 * One operation extracts one page; the pages are taken in turn. Run:
 * {@code enrich-service/src/test/resources/bench/extraction-throughput.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractionThroughput {

    private final PageExtractor extractor = new PageExtractor();
    private final List<byte[]> pages = new ArrayList<>();
    private final List<String> decoded = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        Path dir = Path.of(System.getProperty("wirestream.pages", "../shared/benchmarks/extraction-zyte/html"));
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    byte[] bytes = in.readAllBytes();
                    pages.add(bytes);
                    decoded.add(new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark pages not found in " + dir, e);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % pages.size();
        return i;
    }

    @Benchmark
    public Object wirestream() {
        return extractor.extract(pages.get(nextIndex()), null, null);
    }

    /** Readability4J gets the page already decoded (a head start: decoding is part of ours). */
    @Benchmark
    public Object readability4j() {
        return new Readability4J("https://example.org/", decoded.get(nextIndex())).parse().getTextContent();
    }

    @Benchmark
    public Object jsoupParseOnly() {
        return Jsoup.parse(decoded.get(nextIndex()));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ExtractionThroughput.class.getSimpleName()).build()).run();
    }
}
