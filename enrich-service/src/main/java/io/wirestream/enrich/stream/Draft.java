package io.wirestream.enrich.stream;

import io.wirestream.enrich.article.ArticleBuilder;

/**
 * An analysed article on its way to dedupe (the value of the sequencing repartition topic).
 *
 * @param article everything but the verdict
 * @param signal  the provider's explicit update signal ("update", "correction") or null
 * @param origin  the raw record, kept so a later failure can still dead-letter the original bytes
 */
record Draft(ArticleBuilder.Built article, String signal, Origin origin) {
}
