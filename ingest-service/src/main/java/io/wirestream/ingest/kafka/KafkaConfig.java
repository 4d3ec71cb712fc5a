package io.wirestream.ingest.kafka;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.Topics;
import io.wirestream.ingest.IngestProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/** The raw topic, and a producer that only ever reports a write Kafka has durably taken. */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    NewTopic rawTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.RAW)
                .partitions(properties.topic().partitions())
                .replicas(properties.topic().replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxRecordBytes(properties)))
                .build();
    }

    /**
     * Boot builds the producer factory (bootstrap servers, SSL, metrics); this pins what the
     * delivery guarantee depends on, whatever spring.kafka.producer.* says.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer rawArticleProducerCustomizer(IngestProperties properties) {
        return factory -> {
            factory.updateConfigs(producerOverrides(properties));
            @SuppressWarnings("unchecked") // this service produces exactly one kind of record: String key, JSON event
            DefaultKafkaProducerFactory<String, Object> typed = (DefaultKafkaProducerFactory<String, Object>) factory;
            typed.setKeySerializer(new StringSerializer());
            // The contract's mapping as is: a hand-written UTF-8 string escaper (Utf8JsonStrings) was 2.4x
            // slower per event in JMH (docs/ingest-performance.md, 2026-11-29 session 2) and was removed.
            typed.setValueSerializer(new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
        };
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, IngestProperties properties) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), properties.kafka().healthTimeout());
    }

    static Map<String, Object> producerOverrides(IngestProperties properties) {
        long timeoutMs = properties.kafka().sendTimeout().toMillis();
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(ProducerConfig.ACKS_CONFIG, "all");
        overrides.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // A dead broker must fail the send within the request's wait, not hang it: blocking for
        // metadata, one request and the whole delivery (retries included) are all bounded by it.
        overrides.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        overrides.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, timeoutMs));
        overrides.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, timeoutMs / 2));
        overrides.put(ProducerConfig.LINGER_MS_CONFIG, 0); // delivery.timeout must cover linger + request
        overrides.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes(properties));
        return overrides;
    }

    /**
     * Room for a maximal payload twice (payload and the ninjs body copied into provider.bodyText),
     * JSON escaping and the envelope.
     */
    static int maxRecordBytes(IngestProperties properties) {
        long payload = properties.maxPayloadSize().toBytes();
        return (int) Math.min(Integer.MAX_VALUE, payload * 3 + 64 * 1024);
    }
}
