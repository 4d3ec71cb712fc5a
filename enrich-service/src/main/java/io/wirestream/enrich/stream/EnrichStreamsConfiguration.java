package io.wirestream.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.EnrichProperties;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.language.LanguageDetection;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;

/** Wires the Kafka Streams topology into Spring Kafka's StreamsBuilderFactoryBean. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class EnrichStreamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EnrichStreamsConfiguration.class);

    /** Loads the language profiles once, at startup. */
    @Bean
    LanguageDetection languageDetection(EnrichProperties properties) {
        return new LanguageDetection(properties.language().minBodyChars(), properties.language().minProbability());
    }

    @Bean
    ArticleAnalyser articleAnalyser(LanguageDetection languageDetection) {
        return new ArticleAnalyser(languageDetection);
    }

    @Bean
    EnrichMetrics enrichMetrics(MeterRegistry registry) {
        return new EnrichMetrics(registry);
    }

    @Bean
    KStream<String, EnrichedArticle> enrichStream(StreamsBuilder builder, ArticleAnalyser analyser, EnrichMetrics metrics,
            EnrichProperties properties) {
        EnrichProperties.Dedupe dedupe = properties.dedupe();
        return EnrichTopology.build(builder, analyser, metrics, Clock.systemUTC(), new DedupeStreamSettings(
                DedupeSettings.withWindow(dedupe.window()), dedupe.reorderGrace(), dedupe.flushAfter(), "all"),
                EventSettings.withWindow(dedupe.eventWindow()));
    }

    /**
     * Per-record failures are dead-lettered inside the topology; what still escapes is a fault of the
     * thread (e.g. a fenced producer), so the thread is replaced rather than the client shut down.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer enrichStreamsConfigurer() {
        return factoryBean -> {
            factoryBean.setStreamsUncaughtExceptionHandler(e -> {
                log.error("Kafka Streams thread failed; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            factoryBean.setStateListener((newState, oldState) -> log.info("Kafka Streams {} -> {}", oldState, newState));
        };
    }

    // Declared here too so enrich can start before ingest (or an operator) created them.
    @Bean
    NewTopic rawTopic(EnrichProperties properties) {
        return topic(Topics.RAW, properties);
    }

    @Bean
    NewTopic enrichedTopic(EnrichProperties properties) {
        return topic(Topics.ENRICHED, properties);
    }

    @Bean
    NewTopic rawDeadLetterTopic(EnrichProperties properties) {
        return topic(Topics.RAW_DEAD_LETTER, properties);
    }

    private static NewTopic topic(String name, EnrichProperties properties) {
        return TopicBuilder.name(name).partitions(properties.topicPartitions()).replicas(properties.topicReplicas()).build();
    }
}
