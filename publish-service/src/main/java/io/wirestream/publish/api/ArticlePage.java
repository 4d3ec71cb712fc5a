package io.wirestream.publish.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of the article list.
 *
 * @param items ninjs items, newest first
 * @param next  absolute URL of the next page; absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticlePage(List<JsonNode> items, String next) {
}
