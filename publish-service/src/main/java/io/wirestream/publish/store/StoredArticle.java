package io.wirestream.publish.store;

import java.time.Instant;

/**
 * An article as the read side sees it: its current version's ninjs JSON and bookkeeping.
 *
 * @param articleId   Wirestream article id
 * @param seq         position in the newest-first order; changes whenever the article changes
 * @param pubStatus   usable, withheld or canceled
 * @param itemJson    the current version's ninjs item, as stored
 * @param source      the source that delivered the current version
 * @param publishedAt when publish stored the current version
 * @param updatedAt   when the article last changed in the store
 * @param currentVersion the version number the article shows
 * @param storyId     the story (cluster) the article belongs to
 * @param signal      the current version's update signal from its provider ("update", "correction") or null
 */
public record StoredArticle(
        String articleId, long seq, String pubStatus, String itemJson, String source, Instant publishedAt,
        Instant updatedAt, int currentVersion, String storyId, String signal) {

    /** The version readers see corrects an earlier one. */
    public boolean corrected() {
        return "correction".equals(signal);
    }

    public boolean canceled() {
        return ArticleWriter.CANCELED.equals(pubStatus);
    }
}
