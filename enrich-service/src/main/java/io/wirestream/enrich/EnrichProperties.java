package io.wirestream.enrich;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of enrich-service (prefix {@code wirestream.enrich}). Kafka Streams itself (application id,
 * state dir, replication of internal topics) is configured under {@code spring.kafka.streams}.
 *
 * @param topicPartitions partitions of the topics this service declares (raw, enriched, raw DLT)
 * @param topicReplicas   replication factor of those topics
 * @param language        language detection thresholds
 * @param dedupe          dedupe state window and sequencing
 */
@ConfigurationProperties("wirestream.enrich")
public record EnrichProperties(
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue Language language,
        @DefaultValue Dedupe dedupe) {

    /**
     * @param minBodyChars   body shorter than this is not trusted for detection; the headline is tried
     * @param minProbability detections less certain than this fall back to the declared language
     */
    public record Language(@DefaultValue("60") int minBodyChars, @DefaultValue("0.85") double minProbability) {
    }

    /**
     * @param window       dedupe state older than this (by received time) is forgotten
     * @param reorderGrace event time an article waits for earlier-received articles from other raw partitions
     * @param flushAfter   wall time without new input after which every waiting article is decided
     * @param eventWindow  an original links to a same-event story received at most this long before it
     */
    public record Dedupe(@DefaultValue("30d") Duration window, @DefaultValue("5s") Duration reorderGrace,
            @DefaultValue("2s") Duration flushAfter, @DefaultValue("48h") Duration eventWindow) {
    }
}
