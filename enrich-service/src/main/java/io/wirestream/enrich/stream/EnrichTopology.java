package io.wirestream.enrich.stream;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.enrich.dedupe.BodyOwner;
import io.wirestream.enrich.dedupe.IndexedArticle;
import io.wirestream.enrich.dedupe.ItemEntry;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.event.EventSketch;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole enrich topology:
 * <pre>
 * news.raw.v1 (bytes) ─► analyse (stateless, one task per raw partition) ─┬─ failed ─► news.raw.v1.dlt
 *                                                                         └─ ok ─► repartition "dedupe-sequence"
 *   (1 partition, key = shard) ─► dedupe [dedupe-pending, -items, -bodies, -signatures,
 *                                          event-postings, event-sketches]
 *        ├─ failed ─► news.raw.v1.dlt
 *        └─ ok ─► news.enriched.v1 (key: story id)
 * </pre>
 * Near-duplicate lookups need every earlier article of the shard in one place, so all of dedupe
 * runs in the one task that owns the single sequencing partition; analysis stays parallel.
 */
public final class EnrichTopology {

    static final String PENDING_STORE = "dedupe-pending";
    static final String ITEM_STORE = "dedupe-items";
    static final String BODY_STORE = "dedupe-bodies";
    static final String SIGNATURE_STORE = "dedupe-signatures";
    /** One entry per (term, article); replaced the store "event-terms" (a JSON posting list per term). */
    static final String EVENT_POSTING_STORE = "event-postings";
    static final String EVENT_SKETCH_STORE = "event-sketches";
    static final String SEQUENCE = "dedupe-sequence";

    private EnrichTopology() {
    }

    public static KStream<String, EnrichedArticle> build(StreamsBuilder builder, ArticleAnalyser analyser,
            EnrichMetrics metrics, Clock clock, DedupeStreamSettings settings) {
        return build(builder, analyser, metrics, clock, settings, EventSettings.defaults());
    }

    public static KStream<String, EnrichedArticle> build(StreamsBuilder builder, ArticleAnalyser analyser,
            EnrichMetrics metrics, Clock clock, DedupeStreamSettings settings, EventSettings events) {
        // changelog-backed, so another instance taking over the dedupe task gets the index intact
        store(builder, PENDING_STORE, EnrichTopics.json(Draft.class));
        store(builder, ITEM_STORE, EnrichTopics.json(ItemEntry.class));
        store(builder, BODY_STORE, EnrichTopics.json(BodyOwner.class));
        // fixed-width binary (about 190 bytes an original); the LSH index is rebuilt from it in memory
        store(builder, SIGNATURE_STORE, signatureSerde());
        store(builder, EVENT_POSTING_STORE, Serdes.ByteArray());
        store(builder, EVENT_SKETCH_STORE, EnrichTopics.json(EventSketch.class));

        Map<String, KStream<String, Outcome<Draft>>> analysed = builder
                .stream(EnrichTopics.RAW.name(), EnrichTopics.RAW.consumed())
                .process(() -> new AnalyseProcessor(analyser, metrics, settings.shardKey()), Named.as("analyse"))
                .split(Named.as("analysed-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        analysed.get("analysed-failed")
                .map((key, outcome) -> KeyValue.pair(((Outcome.Failed<Draft>) outcome).rawKey(),
                        ((Outcome.Failed<Draft>) outcome).rawValue()), Named.as("analysed-dead-letter"))
                .to(EnrichTopics.RAW_DEAD_LETTER.name(), EnrichTopics.RAW_DEAD_LETTER.produced());

        // one partition: the same article meets the same state however many instances run
        Map<String, KStream<String, Outcome<EnrichedArticle>>> deduped = analysed.get("analysed-ok")
                .mapValues(Outcome::value, Named.as("draft"))
                .repartition(Repartitioned.with(Serdes.String(), EnrichTopics.json(Draft.class))
                        .withName(SEQUENCE).withNumberOfPartitions(1))
                .process(() -> new DedupeProcessor(metrics, clock, settings, events), Named.as("dedupe"),
                        PENDING_STORE, ITEM_STORE, BODY_STORE, SIGNATURE_STORE, EVENT_POSTING_STORE, EVENT_SKETCH_STORE)
                .split(Named.as("deduped-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        deduped.get("deduped-failed")
                .map((key, outcome) -> KeyValue.pair(((Outcome.Failed<EnrichedArticle>) outcome).rawKey(),
                        ((Outcome.Failed<EnrichedArticle>) outcome).rawValue()), Named.as("deduped-dead-letter"))
                .to(EnrichTopics.RAW_DEAD_LETTER.name(), EnrichTopics.RAW_DEAD_LETTER.produced());

        KStream<String, EnrichedArticle> enriched = deduped.get("deduped-ok").mapValues(Outcome::value, Named.as("enriched"));
        enriched.to(EnrichTopics.ENRICHED.name(), EnrichTopics.ENRICHED.produced());
        return enriched;
    }

    /** Values of {@link #SIGNATURE_STORE}: fixed-width binary, see {@link IndexedArticle}. */
    static Serde<IndexedArticle> signatureSerde() {
        return Serdes.serdeFrom((topic, article) -> article == null ? null : article.toBytes(),
                (topic, bytes) -> IndexedArticle.fromBytes(bytes));
    }

    private static <V> void store(StreamsBuilder builder, String name, Serde<V> values) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withLoggingEnabled(Map.of()));
    }
}
