package io.wirestream.contract;

/** Kafka topic names. The version suffix changes only with an incompatible schema change. */
public final class Topics {

    /** Raw articles as ingest accepted them. Key: {@link ArticleIds#rawKey}. */
    public static final String RAW = "news.raw.v1";

    /** Enriched, ninjs-shaped articles with their dedupe verdict. Key: the story id. */
    public static final String ENRICHED = "news.enriched.v1";

    /** Raw records enrich could not process; the error is in the {@link EventHeaders} error headers. */
    public static final String RAW_DEAD_LETTER = "news.raw.v1.dlt";

    /** Enriched records publish could not store. */
    public static final String ENRICHED_DEAD_LETTER = "news.enriched.v1.dlt";

    private Topics() {
    }
}
