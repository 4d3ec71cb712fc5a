package io.wirestream.enrich.stream;

import io.wirestream.enrich.dedupe.DedupeSettings;
import java.time.Duration;

/**
 * How the stream applies the dedupe rules.
 *
 * @param rules        the rules themselves (window, thresholds)
 * @param reorderGrace event time an article waits for earlier-received ones from other raw partitions
 * @param flushAfter   wall time without new input after which every waiting article is decided
 * @param shardKey     key of the single dedupe partition every article is sequenced through
 */
public record DedupeStreamSettings(DedupeSettings rules, Duration reorderGrace, Duration flushAfter, String shardKey) {

    /** Decides each article as soon as it arrives: for tests that read output right after input. */
    public static DedupeStreamSettings immediate() {
        return new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ZERO, Duration.ofSeconds(1), "all");
    }
}
