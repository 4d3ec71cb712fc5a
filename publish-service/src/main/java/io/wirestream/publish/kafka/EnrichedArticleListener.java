package io.wirestream.publish.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Topics;
import io.wirestream.publish.store.ArticleWriter;
import io.wirestream.publish.store.StoreOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Stores each enriched article; the container commits the offset once this method has returned. */
@Component
class EnrichedArticleListener {

    static final String MDC_ARTICLE_ID = "articleId";
    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleWriter writer;
    private final MeterRegistry meters;

    EnrichedArticleListener(ArticleWriter writer, MeterRegistry meters) {
        this.writer = writer;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.ENRICHED)
    void onEnriched(ConsumerRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            // Tombstones mean nothing on this topic; there is nothing to store.
            log.warn("Ignored a record without value at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        try (var ignored = MDC.putCloseable(MDC_ARTICLE_ID, article.id())) {
            StoreOutcome outcome = writer.store(article);
            String kind = ArticleWriter.kindName(article.dedupe().kind());
            switch (outcome) {
                case CURRENT, HISTORY, KILLED -> {
                    count("wirestream.publish.stored", "Articles stored, by dedupe verdict", kind);
                    log.info("Stored {} version {} ({}, {})", article.id(), article.version(), kind, outcome);
                }
                case DUPLICATE -> {
                    count("wirestream.publish.duplicates", "Duplicates skipped, by dedupe verdict", kind);
                    log.info("Skipped {} duplicate {} of {}", kind, article.id(), article.dedupe().of());
                }
                case REPLAYED -> {
                    count("wirestream.publish.replayed", "Records whose article version was already stored", kind);
                    log.info("Version {} of {} was stored before; nothing changed", article.version(), article.id());
                }
            }
        }
    }

    private void count(String name, String description, String kind) {
        Counter.builder(name).description(description).tag("kind", kind).register(meters).increment();
    }
}
