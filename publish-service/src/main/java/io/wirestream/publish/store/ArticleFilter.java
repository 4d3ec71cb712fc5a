package io.wirestream.publish.store;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Which visible articles a list, feed or stream shows. Null (or empty) means "no restriction".
 *
 * @param query        web-search syntax ({@code websearch_to_tsquery}): words, "phrases", or, -not
 * @param topics       subject qcodes, any of which must be on the article (a topic and its narrower ones)
 * @param person       a person's name (case-insensitive) or literal id
 * @param place        a place's name or literal id
 * @param organisation an organisation's name or literal id
 * @param source       the source that delivered the current version
 * @param language     BCP 47 tag; "en" also matches "en-GB"
 * @param since        item time at or after
 * @param until        item time before
 * @param story        story (cluster) id
 */
public record ArticleFilter(
        String query, Set<String> topics, String person, String place, String organisation, String source,
        String language, OffsetDateTime since, OffsetDateTime until, String story) {

    public static final ArticleFilter ALL = new ArticleFilter(null, Set.of(), null, null, null, null, null, null,
            null, null);

    public ArticleFilter {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        query = query == null || query.isBlank() ? null : query;
    }

    public boolean searches() {
        return query != null;
    }
}
