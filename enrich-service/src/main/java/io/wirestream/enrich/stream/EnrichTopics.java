package io.wirestream.enrich.stream;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The topics enrich reads and writes, each declared once with its serdes. Raw records are read as
 * bytes so a record that is not JSON cannot stop the stream: decoding is a stage of its own.
 */
public final class EnrichTopics {

    public static final Topic<byte[], byte[]> RAW = new Topic<>(Topics.RAW, Serdes.ByteArray(), Serdes.ByteArray());
    public static final Topic<String, EnrichedArticle> ENRICHED =
            new Topic<>(Topics.ENRICHED, Serdes.String(), json(EnrichedArticle.class));
    public static final Topic<byte[], byte[]> RAW_DEAD_LETTER =
            new Topic<>(Topics.RAW_DEAD_LETTER, Serdes.ByteArray(), Serdes.ByteArray());

    private EnrichTopics() {
    }

    /** JSON with the one event mapper and without Spring type headers (consumers read CloudEvents headers). */
    static <T> Serde<T> json(Class<T> type) {
        return new JacksonJsonSerde<T>(type, EventJson.mapper()).noTypeInfo().ignoreTypeHeaders();
    }

    public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

        public Consumed<K, V> consumed() {
            return Consumed.with(keySerde, valueSerde);
        }

        public Produced<K, V> produced() {
            return Produced.with(keySerde, valueSerde);
        }
    }
}
