package io.wirestream.enrich.stream;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.enrich.StageException;
import io.wirestream.enrich.article.ArticleBuilder;
import io.wirestream.enrich.dedupe.DedupeEngine;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeState;
import io.wirestream.enrich.event.EventInput;
import io.wirestream.enrich.event.EventLinker;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.event.EventState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs on the single dedupe partition, where every article of a shard meets the same state
 * whatever the instance count. Articles reach it interleaved from several raw partitions, so they
 * wait in the pending store and are decided in received order (then id): once stream time has
 * passed their received time by the reorder grace, or when input has paused for flushAfter. Each
 * decision emits the enriched article keyed by its story, with CloudEvents headers.
 */
final class DedupeProcessor extends ContextualProcessor<String, Draft, String, Outcome<EnrichedArticle>> {

    static final String STAGE = "dedupe";
    private static final Logger log = LoggerFactory.getLogger(DedupeProcessor.class);
    static final Duration EXPIRY_SWEEP = Duration.ofHours(1);

    private final EnrichMetrics metrics;
    private final Clock clock;
    private final DedupeStreamSettings settings;
    private final EventSettings eventSettings;
    private KeyValueStore<String, Draft> pending;
    private DedupeEngine engine;
    private EventLinker linker;
    private long lastInputWallMs;

    DedupeProcessor(EnrichMetrics metrics, Clock clock, DedupeStreamSettings settings, EventSettings eventSettings) {
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
        this.eventSettings = eventSettings;
    }

    @Override
    public void init(ProcessorContext<String, Outcome<EnrichedArticle>> context) {
        super.init(context);
        pending = context.getStateStore(EnrichTopology.PENDING_STORE);
        // runs after the stores are restored: the in-memory near-duplicate index is rebuilt from the signatures
        engine = new DedupeEngine(DedupeState.restored(
                new StoreTable<>(context.getStateStore(EnrichTopology.ITEM_STORE)),
                new StoreTable<>(context.getStateStore(EnrichTopology.BODY_STORE)),
                new StoreTable<>(context.getStateStore(EnrichTopology.SIGNATURE_STORE)), settings.rules()), settings.rules());
        linker = new EventLinker(new EventState(new EventPostingStore(context.getStateStore(EnrichTopology.EVENT_POSTING_STORE)),
                new EventStoreTable<>(context.getStateStore(EnrichTopology.EVENT_SKETCH_STORE))), eventSettings);
        lastInputWallMs = context.currentSystemTimeMs();
        context.schedule(settings.flushAfter(), PunctuationType.WALL_CLOCK_TIME, now -> {
            if (now - lastInputWallMs >= settings.flushAfter().toMillis()) {
                release(Long.MAX_VALUE);
            }
        });
        context.schedule(EXPIRY_SWEEP, PunctuationType.STREAM_TIME, streamTime -> {
            int removed = engine.expire(Instant.ofEpochMilli(streamTime)) + linker.expire(Instant.ofEpochMilli(streamTime));
            log.debug("Dedupe expiry removed {} entries", removed);
        });
    }

    @Override
    public void process(Record<String, Draft> record) {
        lastInputWallMs = context().currentSystemTimeMs();
        Draft draft = record.value();
        Origin origin = draft.origin();
        pending.put(pendingKey(draft.article().provenance().receivedAt(), draft.article().id(), origin), draft);
        release(context().currentStreamTimeMs() - settings.reorderGrace().toMillis());
    }

    /** Decides, in received order, every pending article received at or before {@code upTo} (epoch ms). */
    private void release(long upTo) {
        List<KeyValue<String, Draft>> ready = new ArrayList<>();
        try (KeyValueIterator<String, Draft> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, Draft> next = all.next();
                if (next.value.article().provenance().receivedAt().toEpochMilli() > upTo) {
                    break; // keys sort by received time
                }
                ready.add(next);
            }
        }
        for (KeyValue<String, Draft> entry : ready) {
            pending.delete(entry.key);
            context().forward(decide(entry.value));
        }
    }

    private Record<String, Outcome<EnrichedArticle>> decide(Draft draft) {
        ArticleBuilder.Built article = draft.article();
        Origin origin = draft.origin();
        long timestamp = article.provenance().receivedAt().toEpochMilli();
        MDC.put("articleId", article.id());
        try {
            Instant now = clock.instant();
            DedupeInput in = input(draft);
            DedupeVerdict verdict = engine.decide(in);
            if (verdict.kind() == DedupeVerdict.Kind.ORIGINAL) {
                // a weaker link that never changes the story (see EventLinker)
                verdict = verdict.withSameEvent(linker.link(new EventInput(in.id(), verdict.story(), in.body(), in.receivedAt())));
            }
            EnrichedArticle enriched = article.withVerdict(verdict, now);
            metrics.processed(verdict.kind());
            return new Record<>(verdict.story(), (Outcome<EnrichedArticle>) new Outcome.Ok<>(enriched), timestamp,
                    EventHeadersFactory.cloudEvent(article.id(), origin, now));
        } catch (RuntimeException e) {
            StageException failure = e instanceof StageException se ? se : new StageException(STAGE, e.getMessage(), e);
            log.warn("Dead-lettering article {} from {}-{}@{} (stage {}): {}", article.id(), origin.topic(),
                    origin.partition(), origin.offset(), failure.stage(), failure.reason().toString());
            metrics.deadLettered(failure.stage());
            return new Record<>((String) null,
                    (Outcome<EnrichedArticle>) new Outcome.Failed<EnrichedArticle>(origin.key(), origin.value()),
                    timestamp, EventHeadersFactory.deadLetter(new RecordHeaders(), origin, failure));
        } finally {
            MDC.remove("articleId");
        }
    }

    static DedupeInput input(Draft draft) {
        ArticleBuilder.Built article = draft.article();
        Ninjs item = article.item();
        return new DedupeInput(article.id(), article.provenance().source(), item.body("text/plain"),
                article.provenance().providerGuid(), article.version(), "canceled".equals(item.pubStatus()),
                draft.signal(), article.provenance().receivedAt());
    }

    /** Sorts by received time, then article id, then raw position (a re-delivery of one article). */
    static String pendingKey(Instant receivedAt, String articleId, Origin origin) {
        return String.format(Locale.ROOT, "%020d|%s|%s-%d-%020d", Math.max(0, receivedAt.toEpochMilli()),
                articleId, origin.topic(), origin.partition(), origin.offset());
    }
}
