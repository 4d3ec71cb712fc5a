package io.wirestream.enrich.stream;

import io.wirestream.contract.RawArticle;
import io.wirestream.enrich.StageException;
import io.wirestream.enrich.article.ArticleBuilder;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs on the raw topic's partitioning, statelessly, so it scales with the raw partitions:
 * analyses each raw record and keys it by the dedupe shard, timestamped with its received time,
 * for the sequencing repartition that follows. Any failure becomes a dead letter carrying the
 * original bytes.
 */
final class AnalyseProcessor extends ContextualProcessor<byte[], byte[], String, Outcome<Draft>> {

    private static final Logger log = LoggerFactory.getLogger(AnalyseProcessor.class);

    private final ArticleAnalyser analyser;
    private final EnrichMetrics metrics;
    private final String shardKey;

    AnalyseProcessor(ArticleAnalyser analyser, EnrichMetrics metrics, String shardKey) {
        this.analyser = analyser;
        this.metrics = metrics;
        this.shardKey = shardKey;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Origin origin = origin(record);
        Record<String, Outcome<Draft>> result;
        try {
            result = analyse(record, origin);
        } catch (RuntimeException e) {
            StageException failure = e instanceof StageException se ? se : new StageException("analyse", e.getMessage(), e);
            log.warn("Dead-lettering raw record {}-{}@{} (stage {}): {}", origin.topic(), origin.partition(),
                    origin.offset(), failure.stage(), failure.reason().toString());
            metrics.deadLettered(failure.stage());
            result = record.withKey((String) null)
                    .withValue((Outcome<Draft>) new Outcome.Failed<Draft>(record.key(), record.value()))
                    .withHeaders(EventHeadersFactory.deadLetter(record.headers(), origin, failure));
        } finally {
            MDC.remove("articleId");
        }
        // forwarding stays outside the try: a failure downstream is the framework's to handle
        context().forward(result);
    }

    private Record<String, Outcome<Draft>> analyse(Record<byte[], byte[]> record, Origin origin) {
        RawArticle raw = analyser.decode(record.value());
        MDC.put("articleId", raw.id());
        ArticleBuilder.Built built = analyser.analyse(raw);
        // fresh headers: the raw event's CloudEvents headers must not leak into enriched events
        return record.withKey(shardKey)
                .withValue((Outcome<Draft>) new Outcome.Ok<>(new Draft(built, raw.provider().signal(), origin)))
                .withTimestamp(raw.receivedAt().toEpochMilli())
                .withHeaders(new RecordHeaders());
    }

    private Origin origin(Record<byte[], byte[]> record) {
        RecordMetadata meta = context().recordMetadata().orElse(null);
        return meta == null
                ? new Origin("unknown", -1, -1, record.key(), record.value())
                : new Origin(meta.topic(), meta.partition(), meta.offset(), record.key(), record.value());
    }
}
