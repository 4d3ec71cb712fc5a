package io.wirestream.enrich.stream;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.enrich.StageException;
import io.wirestream.enrich.article.ArticleBuilder;
import io.wirestream.enrich.dedupe.BodyOwner;
import io.wirestream.enrich.dedupe.DedupeRules;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs on the body-hash partitioning, so the same normalised body always meets the same store
 * whatever the instance count: gives the final verdict and emits the enriched article keyed by its
 * story, with CloudEvents headers.
 */
final class DedupeProcessor extends ContextualProcessor<String, Draft, String, Outcome<EnrichedArticle>> {

    static final String STAGE = "dedupe";
    private static final Logger log = LoggerFactory.getLogger(DedupeProcessor.class);

    private final EnrichMetrics metrics;
    private final Clock clock;
    private KeyValueStore<String, BodyOwner> bodies;

    DedupeProcessor(EnrichMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Outcome<EnrichedArticle>> context) {
        super.init(context);
        bodies = context.getStateStore(EnrichTopology.BODY_STORE);
    }

    @Override
    public void process(Record<String, Draft> record) {
        Draft draft = record.value();
        ArticleBuilder.Built article = draft.article();
        Origin origin = draft.origin();
        Record<String, Outcome<EnrichedArticle>> result;
        MDC.put("articleId", article.id());
        try {
            Instant now = clock.instant();
            EnrichedArticle enriched = decide(record.key(), draft, now);
            metrics.processed(enriched.dedupe().kind());
            result = record.withKey(enriched.dedupe().story())
                    .withValue((Outcome<EnrichedArticle>) new Outcome.Ok<>(enriched))
                    .withHeaders(EventHeadersFactory.cloudEvent(article.id(), origin, now));
        } catch (RuntimeException e) {
            StageException failure = e instanceof StageException se ? se : new StageException(STAGE, e.getMessage(), e);
            log.warn("Dead-lettering article {} from {}-{}@{} (stage {}): {}", article.id(), origin.topic(),
                    origin.partition(), origin.offset(), failure.stage(), failure.reason().toString());
            metrics.deadLettered(failure.stage());
            result = record.withKey((String) null)
                    .withValue((Outcome<EnrichedArticle>) new Outcome.Failed<EnrichedArticle>(origin.key(), origin.value()))
                    .withHeaders(EventHeadersFactory.deadLetter(new RecordHeaders(), origin, failure));
        } finally {
            MDC.remove("articleId");
        }
        context().forward(result);
    }

    private EnrichedArticle decide(String bodyHash, Draft draft, Instant now) {
        ArticleBuilder.Built article = draft.article();
        BodyOwner owner = bodies.get(bodyHash);
        DedupeVerdict verdict = DedupeRules.verdict(draft.identity(), article.id(), owner);
        if (DedupeRules.ownsBody(draft.identity(), owner)) {
            bodies.put(bodyHash, new BodyOwner(article.id(), verdict.story()));
        }
        return new EnrichedArticle(article.id(), article.version(), article.item(), article.dateline(),
                article.provenance(), verdict, now);
    }
}
