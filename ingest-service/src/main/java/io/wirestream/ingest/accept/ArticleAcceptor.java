package io.wirestream.ingest.accept;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.RawArticle;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.intake.PreparedArticle;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Accepts one prepared article, whichever source door it came through: a repeat (same identity or
 * idempotency key as an earlier accepted item) is answered with the first id and sends nothing;
 * anything else is sent to Kafka and remembered once acknowledged.
 */
@Component
public class ArticleAcceptor {

    private static final Logger log = LoggerFactory.getLogger(ArticleAcceptor.class);

    private final RawArticlePublisher publisher;
    private final AcceptedLedger ledger;
    private final IngestProperties properties;
    private final MeterRegistry meters;
    private final AcceptedSummary summary;

    public ArticleAcceptor(RawArticlePublisher publisher, AcceptedLedger ledger, IngestProperties properties,
            MeterRegistry meters, AcceptedSummary summary) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.properties = properties;
        this.meters = meters;
        this.summary = summary;
    }

    /** @param idempotencyKey the sender's key for this item, or null */
    public Outcome accept(String source, PreparedArticle prepared, String idempotencyKey) {
        String idempotencyIdentity = idempotencyKey == null ? null : "key:" + source + ":" + idempotencyKey;
        Optional<String> earlier = idempotencyIdentity == null ? Optional.empty() : ledger.acceptedAs(idempotencyIdentity);
        if (earlier.isEmpty()) {
            earlier = ledger.acceptedAs(prepared.identity());
        }
        if (earlier.isPresent()) {
            meters.counter("wirestream.ingest.duplicates", "source", source).increment();
            summary.repeated(source);
            return new Outcome(earlier.get(), properties.articleLocation(earlier.get()), true);
        }
        RawArticle article = prepared.article();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("articleId", article.id())) {
            var sent = publisher.publish(prepared);
            // Per article at DEBUG only: AcceptedSummary logs the counts at INFO (see there why).
            if (log.isDebugEnabled()) {
                log.debug("Accepted article from source {} as {} ({} chars) at {}-{}@{}", source, article.format(),
                        article.payload().length(), sent.getRecordMetadata().topic(),
                        sent.getRecordMetadata().partition(), sent.getRecordMetadata().offset());
            }
        }
        ledger.remember(prepared.identity(), article.id());
        if (idempotencyIdentity != null) {
            ledger.remember(idempotencyIdentity, article.id());
        }
        summary.accepted(source, article.format());
        meters.counter("wirestream.ingest.accepted",
                "source", source, "format", article.format().name().toLowerCase(Locale.ROOT)).increment();
        return new Outcome(article.id(), properties.articleLocation(article.id()), false);
    }

    /** @param duplicate true when the item was accepted before and nothing was sent now */
    public record Outcome(String id, String location, boolean duplicate) {
    }
}
