package io.wirestream.ingest.intake;

import io.wirestream.contract.RawArticle;

/**
 * A raw article ready for Kafka.
 *
 * @param article  the event value
 * @param key      the Kafka key ({@link io.wirestream.contract.ArticleIds#rawKey})
 * @param identity what makes a second push of this item a repeat (see {@link ArticleIntake#identity})
 */
public record PreparedArticle(RawArticle article, String key, String identity) {
}
