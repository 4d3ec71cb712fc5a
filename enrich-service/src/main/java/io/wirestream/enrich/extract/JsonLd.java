package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org article object a page states in {@code <script type="application/ld+json">}, if any. */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), objects);
            } catch (JacksonException e) {
                // broken JSON-LD is common; the page's other hints still count
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode node : objects) {
            int rank = rank(node);
            if (rank > bestRank) {
                bestRank = rank;
                best = node;
            }
        }
        return new JsonLd(best);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out);
            }
        }
    }

    /** Article types first, then any object that states a headline. */
    private static int rank(JsonNode node) {
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asString("");
        type = type.toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("posting") || type.contains("report")) {
            return node.has("articleBody") ? 4 : 3;
        }
        if (node.has("headline") || node.has("datePublished")) {
            return 2;
        }
        return 0;
    }

    boolean present() {
        return article != null;
    }

    String text(String field) {
        if (article == null) {
            return null;
        }
        JsonNode value = article.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        String s = value.isValueNode() ? value.asString() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Names of the stated authors (strings, Person objects or arrays of either). */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article == null) {
            return names;
        }
        JsonNode author = article.get("author");
        if (author == null) {
            author = article.get("creator");
        }
        if (author == null) {
            return names;
        }
        List<JsonNode> items = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(items::add);
        } else {
            items.add(author);
        }
        for (JsonNode item : items) {
            if (item.path("@type").asString("").equals("Organization")) {
                continue; // a publisher named as author: the byline on the page says more
            }
            String name = item.isString() ? item.asString() : item.path("name").asString("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    String image() {
        if (article == null) {
            return null;
        }
        JsonNode image = article.get("image");
        if (image == null) {
            return null;
        }
        if (image.isArray()) {
            image = image.isEmpty() ? null : image.get(0);
        }
        if (image == null) {
            return null;
        }
        String url = image.isString() ? image.asString() : image.path("url").asString("");
        return url.isBlank() ? null : url.strip();
    }

    String publisherName() {
        if (article == null) {
            return null;
        }
        String name = article.path("publisher").path("name").asString("");
        return name.isBlank() ? null : name.strip();
    }
}
