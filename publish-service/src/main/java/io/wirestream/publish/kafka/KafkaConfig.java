package io.wirestream.publish.kafka;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Topics;
import io.wirestream.publish.PublishProperties;
import io.wirestream.publish.store.InvalidArticleException;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consumer side of publish. Records arrive in batches (one poll); offsets are committed by the
 * listener container after the listener returned, i.e. after the database transaction committed
 * (no Kafka transaction is involved); a crash in between replays records, which the idempotent
 * store absorbs.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /** Declared here too so publish can start before anything has produced to it. */
    @Bean
    NewTopic enrichedTopic(PublishProperties properties) {
        return TopicBuilder.name(Topics.ENRICHED)
                .partitions(properties.topicPartitions()).replicas(properties.topicReplicas()).build();
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(PublishProperties properties) {
        return TopicBuilder.name(Topics.ENRICHED_DEAD_LETTER)
                .partitions(properties.topicPartitions()).replicas(properties.topicReplicas()).build();
    }

    @Bean
    ConsumerFactory<String, EnrichedArticle> kafkaConsumerFactory(KafkaProperties kafka) {
        // Type headers off: producers outside Spring send plain JSON described by CloudEvents headers.
        var json = new JacksonJsonDeserializer<>(EnrichedArticle.class, EventJson.mapper(), false);
        // A record that cannot be read becomes a DeserializationException the error handler dead-letters.
        var values = new ErrorHandlingDeserializer<>(json);
        return new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(), values);
    }

    /** Dead letters carry either the original bytes (unreadable records) or the article (failed stores). */
    @Bean
    ProducerFactory<String, Object> deadLetterProducerFactory(KafkaProperties kafka) {
        return new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new StringSerializer(),
                deadLetterValueSerializer());
    }

    static Serializer<Object> deadLetterValueSerializer() {
        var json = new JacksonJsonSerializer<>(EventJson.mapper());
        json.setAddTypeInfo(false);
        return new DelegatingByTypeSerializer(Map.of(byte[].class, new ByteArraySerializer(),
                EnrichedArticle.class, json));
    }

    @Bean
    KafkaTemplate<String, Object> deadLetterTemplate(ProducerFactory<String, Object> deadLetterProducerFactory) {
        return new KafkaTemplate<>(deadLetterProducerFactory);
    }

    @Bean
    DefaultErrorHandler enrichedErrorHandler(KafkaTemplate<String, Object> deadLetterTemplate,
            PublishProperties properties) {
        // Partition -1: let the producer choose by key, the DLT may have another partition count.
        var recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.ENRICHED_DEAD_LETTER, -1));
        recoverer.addHeadersFunction(DeadLetterHeaders::of);
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        // Deserialisation failures are already not retried; an invalid article never heals either.
        handler.addNotRetryableExceptions(InvalidArticleException.class);
        handler.setBackOffFunction(new RetryPolicy(properties.outageBackoffMax())::backOff);
        return handler;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, EnrichedArticle> kafkaListenerContainerFactory(
            ConsumerFactory<String, EnrichedArticle> kafkaConsumerFactory, DefaultErrorHandler enrichedErrorHandler,
            KafkaProperties kafka) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, EnrichedArticle>();
        factory.setConsumerFactory(kafkaConsumerFactory);
        factory.setCommonErrorHandler(enrichedErrorHandler);
        // One database transaction per poll; offsets are committed after it (AckMode.BATCH).
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        Integer concurrency = kafka.getListener().getConcurrency();
        if (concurrency != null) {
            factory.setConcurrency(concurrency);
        }
        return factory;
    }
}
