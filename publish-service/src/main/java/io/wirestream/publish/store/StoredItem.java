package io.wirestream.publish.store;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Ninjs;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ninjs item as publish stores and serves it. PostgreSQL rejects U+0000 in text and jsonb, so
 * it is removed here rather than sending an otherwise fine article to the dead-letter topic. HTML
 * bodies are sanitised here too (see {@link HtmlSafety}).
 */
record StoredItem(ObjectNode json, Ninjs ninjs) {

    static final String CORRECTION_NOTE = "Correction: this version corrects an earlier version of the story.";

    static StoredItem of(EnrichedArticle article, boolean kill) {
        JsonNode tree = withoutNul(EventJson.mapper().valueToTree(article.item()));
        if (!(tree instanceof ObjectNode item)) {
            throw new InvalidArticleException("ninjs item of " + article.id() + " is not a JSON object");
        }
        if (!item.hasNonNull("uri") || item.get("uri").asString().isBlank()) {
            throw new InvalidArticleException("ninjs item of " + article.id() + " has no uri");
        }
        // The API promises a version on every item; the event's version is the authoritative one.
        if (!item.hasNonNull("version")) {
            item.put("version", Integer.toString(article.version()));
        }
        if (kill) {
            item.put("pubStatus", ArticleWriter.CANCELED);
        }
        if (article.provenance().correction() && !item.hasNonNull("edNote")) {
            // ninjs has no signal field; its editorial note is where receiving newsrooms look.
            item.put("edNote", CORRECTION_NOTE);
        }
        sanitiseHtmlBodies(item);
        return new StoredItem(item, EventJson.mapper().treeToValue(item, Ninjs.class));
    }

    /** Every text/html body is reduced to the allow-list before anything can serve it. */
    private static void sanitiseHtmlBodies(ObjectNode item) {
        if (item.get("bodies") instanceof ArrayNode bodies) {
            for (JsonNode body : bodies) {
                if (body instanceof ObjectNode object && object.path("contentType").asString("").startsWith("text/html")
                        && object.hasNonNull("value")) {
                    object.put("value", HtmlSafety.clean(object.get("value").asString()));
                }
            }
        }
    }

    String text() {
        return EventJson.mapper().writeValueAsString(json);
    }

    static String clean(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isString()) {
            String value = node.asString();
            String cleaned = clean(value);
            return cleaned.equals(value) ? node : EventJson.mapper().getNodeFactory().stringNode(cleaned);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(withoutNul(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNul(array.get(i)));
            }
        }
        return node;
    }
}
