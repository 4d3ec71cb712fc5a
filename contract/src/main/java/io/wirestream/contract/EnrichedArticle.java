package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param annotations entities with their roles, surface forms and country codes, and keywords; or null
 * @param page       what the source page said about the article (site, canonical URL, image); or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticle(
        String id,
        int version,
        Ninjs item,
        Dateline dateline,
        Provenance provenance,
        DedupeVerdict dedupe,
        Instant enrichedAt,
        Annotations annotations,
        PageMetadata page) {

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(dedupe, "dedupe");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
        if (page != null && page.isEmpty()) {
            page = null;
        }
    }

    /** An article without tags or page metadata. */
    public EnrichedArticle(String id, int version, Ninjs item, Dateline dateline, Provenance provenance,
            DedupeVerdict dedupe, Instant enrichedAt) {
        this(id, version, item, dateline, provenance, dedupe, enrichedAt, null, null);
    }

    /** This article with other tags and page metadata. */
    public EnrichedArticle withAnnotations(Annotations newAnnotations, PageMetadata newPage) {
        return new EnrichedArticle(id, version, item, dateline, provenance, dedupe, enrichedAt, newAnnotations, newPage);
    }
}
