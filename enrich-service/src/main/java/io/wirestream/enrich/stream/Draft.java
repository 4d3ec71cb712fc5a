package io.wirestream.enrich.stream;

import io.wirestream.enrich.article.ArticleBuilder;
import io.wirestream.enrich.dedupe.Identity;

/**
 * An analysed article on its way to body-hash dedupe (the value of the repartition topic).
 *
 * @param article  everything but the verdict
 * @param identity what id and version said
 * @param origin   the raw record, kept so a later failure can still dead-letter the original bytes
 */
record Draft(ArticleBuilder.Built article, Identity identity, Origin origin) {
}
