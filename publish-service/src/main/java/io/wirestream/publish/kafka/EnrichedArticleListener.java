package io.wirestream.publish.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Topics;
import io.wirestream.publish.store.ArticleWriter;
import io.wirestream.publish.store.StoreOutcome;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Stores each poll's records in one database transaction; the container commits the batch's offsets
 * once this method has returned, i.e. after the database commit.
 *
 * <p>When the batch transaction fails, nothing of it was stored. The records are then stored one
 * transaction each, up to the one that fails, which is reported by index: the error handler then
 * commits the offsets before it and retries or dead-letters that record alone.
 */
@Component
class EnrichedArticleListener {

    static final String MDC_ARTICLE_ID = "articleId";
    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(EnrichedArticleListener.class);

    private final ArticleWriter writer;
    private final MeterRegistry meters;

    EnrichedArticleListener(ArticleWriter writer, MeterRegistry meters) {
        this.writer = writer;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.ENRICHED, batch = "true")
    void onEnriched(List<ConsumerRecord<String, EnrichedArticle>> records) {
        List<EnrichedArticle> articles = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EnrichedArticle> record = records.get(i);
            if (record.value() == null) {
                DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                        SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
                if (unreadable != null) {
                    // Store what came before it, then hand the poison record to the error handler.
                    storeOneByOne(records.subList(0, i));
                    throw new BatchListenerFailedException("Unreadable record", unreadable, i);
                }
                // Tombstones mean nothing on this topic; there is nothing to store.
                log.warn("Ignored a record without value at {}-{}@{}", record.topic(), record.partition(),
                        record.offset());
                continue;
            }
            articles.add(record.value());
        }
        List<StoreOutcome> outcomes;
        try {
            outcomes = writer.storeAll(articles);
        } catch (RuntimeException batchFailure) {
            log.warn("Batch of {} records failed ({}); storing them one by one", records.size(),
                    batchFailure.toString());
            storeOneByOne(records);
            return;
        }
        for (int i = 0; i < articles.size(); i++) {
            report(articles.get(i), outcomes.get(i));
        }
    }

    private void storeOneByOne(List<ConsumerRecord<String, EnrichedArticle>> records) {
        for (int i = 0; i < records.size(); i++) {
            EnrichedArticle article = records.get(i).value();
            if (article == null) {
                continue;
            }
            try {
                report(article, writer.store(article));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException("Could not store " + article.id(), failure, records.get(i));
            }
        }
    }

    private void report(EnrichedArticle article, StoreOutcome outcome) {
        try (var ignored = MDC.putCloseable(MDC_ARTICLE_ID, article.id())) {
            String kind = ArticleWriter.kindName(article.dedupe().kind());
            switch (outcome) {
                case CURRENT, HISTORY, KILLED -> {
                    count("wirestream.publish.stored", "Articles stored, by dedupe verdict", kind);
                    log.info("Stored {} version {} ({}, {})", article.id(), article.version(), kind, outcome);
                }
                case DUPLICATE -> {
                    count("wirestream.publish.duplicates", "Duplicates recorded against their original, by verdict",
                            kind);
                    log.info("Recorded {} duplicate {} of {}", kind, article.id(), article.dedupe().of());
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
