package io.wirestream.publish.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One page of the article list.
 *
 * @param items      ninjs items, newest first, or best match first for a search
 * @param highlights for a search: per item uri, the headline and body fragments with the matches
 *                   in {@code <mark>} (HTML, everything else escaped)
 * @param next       absolute URL of the next page; absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticlePage(List<JsonNode> items, Map<String, Highlight> highlights, String next) {

    /**
     * @param rank     text-search rank (higher is better)
     * @param headline the headline, matches marked
     * @param body     up to two body fragments, matches marked
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Highlight(float rank, String headline, String body) {
    }
}
