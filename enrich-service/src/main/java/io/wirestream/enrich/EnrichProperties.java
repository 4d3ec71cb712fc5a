package io.wirestream.enrich;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of enrich-service (prefix {@code wirestream.enrich}). Kafka Streams itself (application id,
 * state dir, replication of internal topics) is configured under {@code spring.kafka.streams}.
 *
 * @param topicPartitions partitions of the topics this service declares (raw, enriched, raw DLT)
 * @param topicReplicas   replication factor of those topics
 * @param language        language detection thresholds
 */
@ConfigurationProperties("wirestream.enrich")
public record EnrichProperties(
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue Language language) {

    /**
     * @param minBodyChars   body shorter than this is not trusted for detection; the headline is tried
     * @param minProbability detections less certain than this fall back to the declared language
     */
    public record Language(@DefaultValue("60") int minBodyChars, @DefaultValue("0.85") double minProbability) {
    }
}
