package io.wirestream.enrich.stream;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.enrich.dedupe.BodyOwner;
import io.wirestream.enrich.dedupe.SeenVersions;
import java.time.Clock;
import java.util.Map;
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
 * news.raw.v1 (bytes) ─► analyse [article-version store] ─┬─ failed ─► news.raw.v1.dlt
 *                                                         └─ ok ─► repartition by body hash
 *   ─► dedupe [body-hash store] ─┬─ failed ─► news.raw.v1.dlt
 *                                └─ ok ─► news.enriched.v1 (key: story id)
 * </pre>
 */
public final class EnrichTopology {

    static final String VERSION_STORE = "article-versions";
    static final String BODY_STORE = "body-hashes";
    static final String BY_BODY_HASH = "by-body-hash";

    private EnrichTopology() {
    }

    public static KStream<String, EnrichedArticle> build(StreamsBuilder builder, ArticleAnalyser analyser,
            EnrichMetrics metrics, Clock clock) {
        // changelog-backed, so another instance taking over a partition gets the index intact
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERSION_STORE),
                Serdes.String(), EnrichTopics.json(SeenVersions.class)).withLoggingEnabled(Map.of()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BODY_STORE),
                Serdes.String(), EnrichTopics.json(BodyOwner.class)).withLoggingEnabled(Map.of()));

        Map<String, KStream<String, Outcome<Draft>>> analysed = builder
                .stream(EnrichTopics.RAW.name(), EnrichTopics.RAW.consumed())
                .process(() -> new AnalyseProcessor(analyser, metrics), Named.as("analyse"), VERSION_STORE)
                .split(Named.as("analysed-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        analysed.get("analysed-failed")
                .map((key, outcome) -> KeyValue.pair(((Outcome.Failed<Draft>) outcome).rawKey(),
                        ((Outcome.Failed<Draft>) outcome).rawValue()), Named.as("analysed-dead-letter"))
                .to(EnrichTopics.RAW_DEAD_LETTER.name(), EnrichTopics.RAW_DEAD_LETTER.produced());

        // the key is already the body hash; repartitioning makes one hash always meet one store
        Map<String, KStream<String, Outcome<EnrichedArticle>>> deduped = analysed.get("analysed-ok")
                .mapValues(Outcome::value, Named.as("draft"))
                .repartition(Repartitioned.with(Serdes.String(), EnrichTopics.json(Draft.class)).withName(BY_BODY_HASH))
                .process(() -> new DedupeProcessor(metrics, clock), Named.as("dedupe"), BODY_STORE)
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
}
