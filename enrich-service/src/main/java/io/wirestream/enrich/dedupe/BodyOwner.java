package io.wirestream.enrich.dedupe;

/**
 * Value of the body-hash store: the first article that carried a body, and its story.
 *
 * @param articleId the article that carried the body first
 * @param story     the story that article belongs to
 */
public record BodyOwner(String articleId, String story) {
}
