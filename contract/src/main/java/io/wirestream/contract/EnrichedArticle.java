package io.wirestream.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * The value of {@link Topics#ENRICHED}: a ninjs news item plus what Wirestream learnt about it.
 *
 * @param id         Wirestream article id (shared by all versions of one item)
 * @param version    version number of this article, from 1
 * @param item       the ninjs 3.1 news item readers see
 * @param dateline   the dateline found at the head of the story, or null
 * @param provenance where the article came from
 * @param dedupe     what the article is relative to earlier ones
 * @param enrichedAt when enrich produced this event
 */
public record EnrichedArticle(
        String id,
        int version,
        Ninjs item,
        Dateline dateline,
        Provenance provenance,
        DedupeVerdict dedupe,
        Instant enrichedAt) {

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(dedupe, "dedupe");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
    }
}
