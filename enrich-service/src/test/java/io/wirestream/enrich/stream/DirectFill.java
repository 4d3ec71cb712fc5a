package io.wirestream.enrich.stream;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.BodyOwner;
import io.wirestream.enrich.dedupe.DedupeEngine;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeState;
import io.wirestream.enrich.dedupe.Fingerprint;
import io.wirestream.enrich.dedupe.IndexedArticle;
import io.wirestream.enrich.dedupe.ItemEntry;
import io.wirestream.enrich.event.EventInput;
import io.wirestream.enrich.event.EventLinker;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.event.EventSketch;
import io.wirestream.enrich.event.EventState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Writes the changelogs of the dedupe task's six stores for a run of raw articles without the
 * topology, so a restore can be timed at a million articles (the topology fills at 30-110
 * articles/s on the shared machine). It runs what the topology runs, in process: the analysis of
 * {@link AnalyseProcessor} (in parallel: it is stateless) and the JSON hop of the sequencing
 * topic, then in received order what {@link DedupeProcessor} does (pending store, reorder grace,
 * {@link DedupeEngine}, {@link EventLinker}, the hourly stream-time expiry sweep) over the
 * processor's own store adapters on {@link ChangelogWritingStore}s (the postings on the faster
 * {@link ChangelogWritingPostings}), which send every write to the application's changelog topics
 * with a plain producer. {@code DirectFillIT} checks the records equal the topology's. Not
 * emulated: dead letters (an analysis failure throws) and the wall-clock idle flush before
 * {@link #finish()}: articles are taken as arriving without pauses.
 * <p>Language detection and tagging take most of the analysis time and change nothing the dedupe
 * stores hold but the drafts in dedupe-pending; a batch {@linkplain #prepare prepared} without a
 * draft skips them, and its drafts go through dedupe-pending without changelog records.
 * {@link #linkEventsFrom} likewise limits the event linker to the last articles.
 */
final class DirectFill implements AutoCloseable {

    /** A raw record as the topology reads it: its bytes and its place in the raw topic. */
    record RawRecord(byte[] key, byte[] value, int partition, long offset) {
    }

    /** The store names in the order the topology declares them. */
    static final List<String> STORES = List.of(EnrichTopology.PENDING_STORE, EnrichTopology.ITEM_STORE,
            EnrichTopology.BODY_STORE, EnrichTopology.SIGNATURE_STORE, EnrichTopology.EVENT_POSTING_STORE,
            EnrichTopology.EVENT_SKETCH_STORE);

    private final String application;
    private final DedupeStreamSettings settings;
    private final ArticleAnalyser analyser;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ChangelogWritingStore<Draft> pending;
    private final Map<String, ChangelogWritingStore<?>> stores = new LinkedHashMap<>();
    private final Map<String, long[]> written = new HashMap<>();
    private final Map<DedupeVerdict.Kind, Integer> verdicts = new EnumMap<>(DedupeVerdict.Kind.class);
    private final ChangelogWritingPostings postings;
    /** The waiting articles' fingerprints and whether their drafts are written, by pending key. */
    private final Map<String, Analysed> waiting = new HashMap<>();
    /** Whether the pending store's current write goes to its changelog. */
    private boolean logPending;
    private final DedupeEngine engine;
    private final EventLinker linker;
    /** Kafka Streams stamps a changelog record with the timestamp of the record (or punctuation) being processed. */
    private long timestamp;
    private long streamTime = -1;
    /** Stream-time punctuation is aligned to multiples of its interval and fires first on the first record. */
    private long nextSweep;
    private long sequentialNanos;
    /** Originals received before this (epoch ms) are not given to the event linker. */
    private long linkFrom = Long.MIN_VALUE;
    private long linkerNanos;

    DirectFill(String bootstrap, String application, ArticleAnalyser analyser, DedupeStreamSettings settings,
            EventSettings events) {
        this.application = application;
        this.settings = settings;
        this.analyser = analyser;
        // batches as large as the broker takes, no compression: the application's producer compresses nothing either
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024));
        ChangelogWritingStore.Changelog changelog = this::write;
        pending = store(EnrichTopology.PENDING_STORE, EnrichTopics.json(Draft.class), (store, key, value) -> {
            if (logPending) {
                write(store, key, value);
            }
        });
        ChangelogWritingStore<ItemEntry> items = store(EnrichTopology.ITEM_STORE, EnrichTopics.json(ItemEntry.class), changelog);
        ChangelogWritingStore<BodyOwner> bodies = store(EnrichTopology.BODY_STORE, EnrichTopics.json(BodyOwner.class), changelog);
        ChangelogWritingStore<IndexedArticle> signatures = store(EnrichTopology.SIGNATURE_STORE, EnrichTopology.signatureSerde(),
                changelog);
        postings = new ChangelogWritingPostings(changelog);
        ChangelogWritingStore<EventSketch> sketches = store(EnrichTopology.EVENT_SKETCH_STORE, EnrichTopics.json(EventSketch.class),
                changelog);
        // as DedupeProcessor.init
        engine = new DedupeEngine(DedupeState.restored(new StoreTable<>(items), new StoreTable<>(bodies),
                new StoreTable<>(signatures), settings.rules()), settings.rules());
        linker = new EventLinker(new EventState(postings, new EventStoreTable<>(sketches)), events);
    }

    static String changelogTopic(String application, String store) {
        return application + "-" + store + "-changelog";
    }

    /**
     * Creates the changelog topics as Kafka Streams would (one partition, as the sequencing topic,
     * compacted) before anything is written to them; {@code extra} adds topic configs.
     */
    static void createChangelogTopics(Admin admin, String application, Map<String, String> extra) throws Exception {
        Map<String, String> configs = new HashMap<>(Map.of("cleanup.policy", "compact", "message.timestamp.type", "CreateTime"));
        configs.putAll(extra);
        List<NewTopic> topics = STORES.stream()
                .map(store -> new NewTopic(changelogTopic(application, store), 1, (short) 1).configs(configs)).toList();
        admin.createTopics(topics).all().get();
    }

    /** A raw article as ingest would send it, placed where the producer's default partitioner puts it. */
    static RawRecord rawRecord(RawArticle raw, int partition, long offset) {
        return new RawRecord(RawArticles.key(raw), io.wirestream.contract.EventJson.toBytes(raw), partition, offset);
    }

    /** A raw record analysed: its draft (full or only what dedupe reads) and the fingerprint of its body. */
    record Analysed(Draft draft, Fingerprint fingerprint, boolean written) {
    }

    /**
     * Analyses a batch in parallel (it is stateless, like the per-partition analyse tasks); with
     * {@code writeDrafts} false without language and tags, and its drafts are not written to dedupe-pending.
     */
    static List<Analysed> prepare(ArticleAnalyser analyser, List<RawRecord> batch, boolean writeDrafts) {
        return batch.parallelStream().map(r -> {
            Draft draft = draft(analyser, r, writeDrafts);
            // needs no state, so it is made here in parallel; DedupeEngine.decide takes it ready-made
            return new Analysed(draft, Fingerprint.of(DedupeProcessor.input(draft).body()), writeDrafts);
        }).toList();
    }

    /** Sequences and dedupes a prepared batch in order. */
    void add(List<Analysed> batch) {
        long started = System.nanoTime();
        for (Analysed a : batch) {
            process(a);
        }
        sequentialNanos += System.nanoTime() - started;
    }

    /** {@link #prepare} and {@link #add}. */
    void add(List<RawRecord> batch, boolean writeDrafts) {
        add(prepare(analyser, batch, writeDrafts));
    }

    /** Wall time so far in the sequential dedupe part (incl. producer sends) and the event linker's share of it. */
    String timeSplit() {
        return String.format(java.util.Locale.ROOT, "dedupe and linker %.0f s, of it event linker %.0f s",
                sequentialNanos / 1e9, linkerNanos / 1e9);
    }

    /**
     * Runs the event linker only for originals received from {@code from} on, as if it had been
     * deployed then (its state spans a 48-hour window; the linker takes most of the sequential time).
     */
    void linkEventsFrom(Instant from) {
        linkFrom = from.toEpochMilli();
    }

    /** Decides every waiting article, as the idle flush does once input stops. */
    void finish() {
        timestamp = System.currentTimeMillis(); // a wall-clock punctuation
        release(Long.MAX_VALUE);
        producer.flush();
    }

    /**
     * Writes the live entries of every store to {@code other}'s changelogs, one record per key and
     * no tombstones: what these changelogs become once compacted and past the tombstone retention.
     */
    void writeLiveState(String other) {
        for (Map.Entry<String, ChangelogWritingStore<?>> store : stores.entrySet()) {
            String topic = changelogTopic(other, store.getKey());
            store.getValue().forEachSerialized((key, value) -> producer.send(new ProducerRecord<>(topic, 0, timestamp, key, value)));
        }
        String topic = changelogTopic(other, EnrichTopology.EVENT_POSTING_STORE);
        postings.forEachSerialized((key, value) -> producer.send(new ProducerRecord<>(topic, 0, timestamp, key, value)));
        producer.flush();
    }

    /** Per store: records and key + value bytes sent. */
    Map<String, long[]> written() {
        return written;
    }

    Map<DedupeVerdict.Kind, Integer> verdicts() {
        return verdicts;
    }

    @Override
    public void close() {
        producer.close();
    }

    private <V> ChangelogWritingStore<V> store(String name, Serde<V> values, ChangelogWritingStore.Changelog changelog) {
        ChangelogWritingStore<V> store = new ChangelogWritingStore<>(name, values, changelog);
        stores.put(name, store);
        return store;
    }

    private void write(String store, byte[] key, byte[] value) {
        producer.send(new ProducerRecord<>(changelogTopic(application, store), 0, timestamp, key, value));
        long[] counts = written.computeIfAbsent(store, s -> new long[2]);
        counts[0]++;
        counts[1] += key.length + (value == null ? 0 : value.length);
    }

    /** AnalyseProcessor's work on one raw record, then the JSON round trip of the sequencing topic. */
    private static Draft draft(ArticleAnalyser analyser, RawRecord record, boolean full) {
        RawArticle raw = analyser.decode(record.value());
        Draft draft = new Draft(full ? analyser.analyse(raw) : analyser.analyseForDedupe(raw), raw.provider().signal(),
                new Origin(Topics.RAW, record.partition(), record.offset(), record.key(), record.value()));
        Serde<Draft> json = EnrichTopics.json(Draft.class);
        return json.deserializer().deserialize(EnrichTopology.SEQUENCE, json.serializer().serialize(EnrichTopology.SEQUENCE, draft));
    }

    /** DedupeProcessor.process, then the expiry sweep when stream time reached the next hour. */
    private void process(Analysed analysed) {
        Draft draft = analysed.draft();
        Instant receivedAt = draft.article().provenance().receivedAt();
        timestamp = receivedAt.toEpochMilli(); // the sequencing record's timestamp
        streamTime = Math.max(streamTime, timestamp);
        String key = DedupeProcessor.pendingKey(receivedAt, draft.article().id(), draft.origin());
        waiting.put(key, analysed);
        logPending = analysed.written();
        pending.put(key, draft);
        release(streamTime - settings.reorderGrace().toMillis());
        if (streamTime >= nextSweep) {
            timestamp = streamTime;
            engine.expire(Instant.ofEpochMilli(streamTime));
            linker.expire(Instant.ofEpochMilli(streamTime));
            long interval = DedupeProcessor.EXPIRY_SWEEP.toMillis();
            nextSweep = (streamTime / interval + 1) * interval;
        }
    }

    /** As DedupeProcessor.release: decides, in key (received) order, every article received at or before upTo. */
    private void release(long upTo) {
        List<KeyValue<String, Draft>> ready = new ArrayList<>();
        try (KeyValueIterator<String, Draft> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, Draft> next = all.next();
                if (next.value.article().provenance().receivedAt().toEpochMilli() > upTo) {
                    break;
                }
                ready.add(next);
            }
        }
        for (KeyValue<String, Draft> entry : ready) {
            Analysed analysed = waiting.remove(entry.key);
            logPending = analysed.written();
            pending.delete(entry.key);
            decide(entry.value, analysed.fingerprint());
        }
    }

    /** The state-changing part of DedupeProcessor.decide (the enriched output is not needed here). */
    private void decide(Draft draft, Fingerprint fingerprint) {
        DedupeInput in = DedupeProcessor.input(draft);
        DedupeVerdict verdict = engine.decide(in, fingerprint);
        if (verdict.kind() == DedupeVerdict.Kind.ORIGINAL && in.receivedAt().toEpochMilli() >= linkFrom) {
            long started = System.nanoTime();
            linker.link(new EventInput(in.id(), verdict.story(), in.body(), in.receivedAt()));
            linkerNanos += System.nanoTime() - started;
        }
        verdicts.merge(verdict.kind(), 1, Integer::sum);
    }
}
