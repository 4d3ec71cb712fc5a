package io.wirestream.enrich.dedupe.bench;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EventJson;
import io.wirestream.enrich.dedupe.BodyOwner;
import io.wirestream.enrich.dedupe.DedupeEngine;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.DedupeState;
import io.wirestream.enrich.dedupe.DedupeTable;
import io.wirestream.enrich.dedupe.Fingerprint;
import io.wirestream.enrich.dedupe.IndexedArticle;
import io.wirestream.enrich.dedupe.ItemEntry;
import io.wirestream.enrich.dedupe.NearIndex;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Dedupe at scale: {@link #articles} synthetic wire articles ({@link SyntheticWire}) are decided
 * into the state first (not timed; fingerprints made in parallel, decisions in order), then each
 * operation handles one more article from a pool of unseen ones: synthetic, with the real texts of
 * the dedupe evaluation set ({@link RealTexts}: originals and their copies, templated and same-topic
 * stories, from ../shared) as every fifth article while they last.
 * <ul>
 * <li>{@code lookupAndInsert}: the in-memory near-duplicate index alone, the step that must stay
 * fast at a million articles: nearest-original lookup (band probes, candidate verification), then
 * insert when none is found. Not timed: body hash, fingerprint, the store writes (RocksDB puts to
 * dedupe-bodies and dedupe-signatures, their changelog records) and the event linker.</li>
 * <li>{@code decide}: the whole engine step over in-memory tables (normalise and hash the body,
 * fingerprint it, look up, insert); still without RocksDB, changelogs and the event linker.</li>
 * <li>{@code fingerprint}: the fingerprint alone, the part of decide that needs no state.</li>
 * </ul>
 * Each benchmark method forks and fills anew; pick one with the script's BENCH. Once the pool is
 * used up the articles come again: exact re-sends for decide, lookups that find the article itself
 * (and insert nothing) for lookupAndInsert. The setup prints the state size: the index's array bytes
 * per original and per article (the stream's only dedupe state on the heap), retained heap of the
 * whole in-memory state (index + the bench's body map), the bytes the stream's stores would hold, and
 * the candidates a lookup scores. SampleTime gives the percentiles. Run by enrich-service/bench/dedupe.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupeIndexBenchmark {

    /** Unseen articles prepared for the measurement. */
    private static final int POOL = 100_000;
    private static final int REAL_EVERY = 5;
    private static final int CHUNK = 10_000;

    @Param("1000000")
    public int articles;

    private final SyntheticWire wire = new SyntheticWire(2026);
    private final DedupeSettings settings = DedupeSettings.defaults();
    private DedupeEngine engine;
    private NearIndex near;
    private DedupeInput[] inputs;
    private Fingerprint[] fingerprints;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        long heapBefore = usedHeap();
        SizedTable<BodyOwner> bodies = new SizedTable<>(DedupeIndexBenchmark::json);
        SizedTable<IndexedArticle> signatures = new SizedTable<>(IndexedArticle::toBytes);
        near = new NearIndex(settings);
        DedupeState state = new DedupeState(new SizedTable<ItemEntry>(DedupeIndexBenchmark::json), bodies, signatures.countOnly(), near);
        engine = new DedupeEngine(state, settings);
        Map<DedupeVerdict.Kind, Integer> kinds = new EnumMap<>(DedupeVerdict.Kind.class);
        long candidates = 0;
        long lookups = 0;
        long started = System.nanoTime();
        for (int from = 0; from < articles; from += CHUNK) {
            int to = Math.min(articles, from + CHUNK);
            DedupeInput[] chunk = IntStream.range(from, to).parallel().mapToObj(wire::article).toArray(DedupeInput[]::new);
            Fingerprint[] prints = Arrays.stream(chunk).parallel().map(in -> Fingerprint.of(in.body())).toArray(Fingerprint[]::new);
            for (int i = 0; i < chunk.length; i++) {
                DedupeVerdict.Kind kind = engine.decide(chunk[i], prints[i]).kind();
                kinds.merge(kind, 1, Integer::sum);
                if (from + i >= articles - CHUNK && kind != DedupeVerdict.Kind.EXACT) {
                    candidates += near.lastCandidates();
                    lookups++;
                }
            }
        }
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "%nfilled %,d articles in %.0f s (%s); %,d originals indexed%n", articles, fillSeconds,
                kinds, near.size());
        System.out.printf(Locale.ROOT, "near-duplicate index: %,d array bytes = %.0f bytes per original, %.0f per article%n",
                near.arrayBytes(), near.arrayBytes() / (double) near.size(), near.arrayBytes() / (double) articles);
        System.out.printf(Locale.ROOT, "retained heap of the whole in-memory state (index + body map): %.0f bytes per article%n",
                (heapAfter - heapBefore) / (double) articles);
        System.out.printf(Locale.ROOT, "serialized store bytes (key + value): signatures %.0f, bodies %.0f, total %.0f per article%n",
                signatures.bytes / (double) articles, bodies.bytes / (double) articles,
                (signatures.bytes + bodies.bytes) / (double) articles);
        System.out.printf(Locale.ROOT, "candidates scored per lookup over the last %,d lookups of the fill: %.2f%n", lookups,
                candidates / (double) Math.max(1, lookups));
        pool();
    }

    /** Unseen articles after the fill, received after it: synthetic, every fifth a real text while they last. */
    private void pool() {
        List<DedupeInput> real = RealTexts.evaluationArticles();
        inputs = new DedupeInput[POOL];
        int realUsed = 0;
        for (int k = 0; k < POOL; k++) {
            long n = articles + k;
            inputs[k] = k % REAL_EVERY == 0 && realUsed < real.size()
                    ? RealTexts.at(real.get(realUsed++), SyntheticWire.receivedAt(n)) : wire.article(n);
        }
        fingerprints = Arrays.stream(inputs).parallel().map(in -> Fingerprint.of(in.body())).toArray(Fingerprint[]::new);
        System.out.printf(Locale.ROOT, "measured pool: %,d articles, %,d of them real texts%n", POOL, realUsed);
    }

    @Benchmark
    public DedupeVerdict decide() {
        DedupeInput input = inputs[next];
        next = (next + 1) % POOL;
        return engine.decide(input);
    }

    @Benchmark
    public Fingerprint fingerprint() {
        DedupeInput input = inputs[next];
        next = (next + 1) % POOL;
        return Fingerprint.of(input.body());
    }

    @Benchmark
    public Object lookupAndInsert() {
        int i = next;
        next = (next + 1) % POOL;
        DedupeInput input = inputs[i];
        long at = input.receivedAt().toEpochMilli();
        NearIndex.Match match = near.nearest(fingerprints[i], at - settings.window().toMillis());
        if (match == null) {
            near.add(input.id(), at, fingerprints[i]);
        }
        return match;
    }

    private static byte[] json(Object value) {
        return EventJson.mapper().writeValueAsBytes(value);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A map table that also adds up the bytes its entries would take in a Kafka Streams store. */
    static final class SizedTable<V> implements DedupeTable<V> {
        private final Map<String, V> map = new HashMap<>();
        private final Function<V, byte[]> serializer;
        private boolean keep = true;
        long bytes;

        SizedTable(Function<V, byte[]> serializer) {
            this.serializer = serializer;
        }

        /** Counts bytes but keeps nothing: the in-memory index is the copy lookups use. */
        SizedTable<V> countOnly() {
            keep = false;
            return this;
        }

        @Override
        public V get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, V value) {
            V old = keep ? map.put(key, value) : null;
            if (old != null) {
                bytes -= key.getBytes(StandardCharsets.UTF_8).length + serializer.apply(old).length;
            }
            bytes += key.getBytes(StandardCharsets.UTF_8).length + serializer.apply(value).length;
        }

        @Override
        public int removeIf(Predicate<V> expired) {
            int before = map.size();
            map.values().removeIf(expired);
            return before - map.size();
        }

        @Override
        public void forEach(BiConsumer<String, V> action) {
            map.forEach(action);
        }
    }
}
