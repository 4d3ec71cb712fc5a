package io.wirestream.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.DedupeVerdict;
import java.util.Locale;

/** The service's counters: articles processed by verdict, records dead-lettered by stage. */
public final class EnrichMetrics {

    static final String PROCESSED = "wirestream.enrich.processed";
    static final String DEAD_LETTERED = "wirestream.enrich.dead_lettered";

    private final MeterRegistry registry;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void processed(DedupeVerdict.Kind verdict) {
        Counter.builder(PROCESSED).description("Articles enriched, by dedupe verdict")
                .tag("verdict", verdict.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    void deadLettered(String stage) {
        Counter.builder(DEAD_LETTERED).description("Raw records sent to the dead-letter topic, by failing stage")
                .tag("stage", stage).register(registry).increment();
    }
}
