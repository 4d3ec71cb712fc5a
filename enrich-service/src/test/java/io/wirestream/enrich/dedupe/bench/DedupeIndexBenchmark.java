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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * into the state first (not timed), then each operation handles one more, unseen article:
 * <ul>
 * <li>{@code decide}: the whole engine step (normalise and hash the body, fingerprint it, look up
 * the index, insert an original);</li>
 * <li>{@code lookupAndInsert}: the index alone, fingerprint computed beforehand: nearest-original
 * lookup, then insert when none is found.</li>
 * </ul>
 * The setup prints the state size: the near-duplicate index's array bytes per original, retained
 * heap of the whole in-memory state per article, and the bytes the stream's stores would hold
 * (key + value as serialized, signatures binary, bodies JSON) per article. SampleTime gives the
 * p50/p99. Run by enrich-service/bench/dedupe.sh; not a unit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupeIndexBenchmark {

    /** Unseen articles prepared for the measurement (bodies for decide, fingerprints for the index). */
    private static final int POOL = 50_000;

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
        long started = System.nanoTime();
        for (int n = 0; n < articles; n++) {
            kinds.merge(engine.decide(wire.article(n)).kind(), 1, Integer::sum);
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
        inputs = new DedupeInput[POOL];
        fingerprints = new Fingerprint[POOL];
        for (int i = 0; i < POOL; i++) {
            inputs[i] = wire.article(articles + i);
            fingerprints[i] = Fingerprint.of(inputs[i].body());
        }
    }

    @Benchmark
    public DedupeVerdict decide() {
        DedupeInput input = inputs[next];
        next = (next + 1) % POOL;
        // a second round over the pool re-sends the same articles: exact duplicates, no growth
        return engine.decide(input);
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
