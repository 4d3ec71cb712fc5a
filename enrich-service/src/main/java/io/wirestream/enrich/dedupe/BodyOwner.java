package io.wirestream.enrich.dedupe;

/**
 * Value of the body table: the first article that carried a normalised body, and its story.
 *
 * @param articleId  the article that carried the body first
 * @param story      the story that article belongs to
 * @param receivedAt epoch millis the article was received, for expiry
 */
public record BodyOwner(String articleId, String story, long receivedAt) {
}
