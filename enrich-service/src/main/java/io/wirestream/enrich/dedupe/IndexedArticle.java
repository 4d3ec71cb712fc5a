package io.wirestream.enrich.dedupe;

/**
 * Value of the signature table: an original article that later copies may be near duplicates of.
 *
 * @param story       its story
 * @param receivedAt  epoch millis it was received, for expiry and for ordering candidates
 * @param fingerprint its fingerprint
 */
public record IndexedArticle(String story, long receivedAt, Fingerprint fingerprint) {
}
