package io.wirestream.ingest.feed;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.Dom;
import io.wirestream.ingest.format.SafeXml;
import io.wirestream.ingest.format.WireDates;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads the items of an RSS 2.0 or Atom feed (hardened XML, namespace-blind) or a JSON Feed 1.x. */
final class FeedItems {

    /**
     * @param id        stable id: the guid / Atom id, else the link
     * @param title     the title
     * @param link      the article page
     * @param html      the item's content (content:encoded, Atom content, else description / summary)
     * @param published when the item was published or last updated
     * @param author    the author
     */
    record Item(String id, String title, String link, String html, Instant published, String author) {
    }

    private FeedItems() {
    }

    /** JSON Feeds are small documents; the same nesting bound as ninjs keeps a hostile one cheap. */
    private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build())
            .build().reader();

    static List<Item> read(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return readJsonFeed(start);
        }
        return readXml(text);
    }

    /**
     * JSON Feed 1.0/1.1: {@code id} is the stable id (a string by the spec; numbers are taken as
     * text), else {@code url}; {@code content_html}, else {@code content_text}, else {@code summary}.
     */
    private static List<Item> readJsonFeed(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IngestException(Problem.MALFORMED, "The JSON feed cannot be read: " + e.getOriginalMessage());
        }
        if (!root.isObject() || !root.path("version").asString("").startsWith("https://jsonfeed.org/version/1")
                || !root.path("items").isArray()) {
            throw new IngestException(Problem.UNKNOWN_FORMAT,
                    "The JSON document is no JSON Feed 1.x (a \"version\" of https://jsonfeed.org/version/1.x and \"items\").");
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String url = string(item, "url");
            String id = firstNonNull(string(item, "id"), url);
            String html = firstNonNull(string(item, "content_html"),
                    firstNonNull(escapedText(string(item, "content_text")), string(item, "summary")));
            JsonNode authors = item.path("authors").isArray() ? item.path("authors") : null;
            String author = authors != null && !authors.isEmpty() ? string(authors.get(0), "name")
                    : string(item.path("author"), "name");
            items.add(new Item(id, string(item, "title"), url, html,
                    WireDates.parse(firstNonNull(string(item, "date_modified"), string(item, "date_published"))),
                    author));
        }
        return items;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** content_text is plain text; it is passed on as HTML, so its markup characters are escaped. */
    private static String escapedText(String text) {
        return text == null ? null
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Item> readXml(String xml) {
        Element root = SafeXml.parse(xml).getDocumentElement();
        List<Item> items = new ArrayList<>();
        switch (Dom.name(root)) {
            case "rss" -> {
                for (Element item : Dom.children(Dom.child(root, "channel"), "item")) {
                    String link = Dom.text(Dom.child(item, "link"));
                    String id = firstNonNull(Dom.text(Dom.child(item, "guid")), link);
                    String html = firstNonNull(raw(Dom.child(item, "encoded")), raw(Dom.child(item, "description")));
                    items.add(new Item(id, Dom.text(Dom.child(item, "title")), link, html,
                            rfc1123(Dom.text(Dom.child(item, "pubDate"))),
                            firstNonNull(Dom.text(Dom.child(item, "creator")), Dom.text(Dom.child(item, "author")))));
                }
            }
            case "feed" -> {
                for (Element entry : Dom.children(root, "entry")) {
                    String link = null;
                    for (Element l : Dom.children(entry, "link")) {
                        String rel = Dom.attr(l, "rel");
                        if (rel == null || rel.equals("alternate")) {
                            link = Dom.attr(l, "href");
                            break;
                        }
                    }
                    String id = firstNonNull(Dom.text(Dom.child(entry, "id")), link);
                    String html = firstNonNull(raw(Dom.child(entry, "content")), raw(Dom.child(entry, "summary")));
                    items.add(new Item(id, Dom.text(Dom.child(entry, "title")), link, html,
                            WireDates.parse(firstNonNull(Dom.text(Dom.child(entry, "updated")),
                                    Dom.text(Dom.child(entry, "published")))),
                            Dom.text(Dom.path(entry, "author", "name"))));
                }
            }
            default -> throw new IngestException(Problem.UNKNOWN_FORMAT,
                    "The feed's root element <" + Dom.name(root) + "> is neither RSS 2.0 <rss> nor Atom <feed>.");
        }
        return items;
    }

    /** Text content as sent (HTML in RSS is escaped text, so getTextContent yields the markup). */
    private static String raw(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        if (Dom.child(element, null) != null) {
            text = SafeXml.serialize(element); // Atom type="xhtml": real elements
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant rfc1123(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return WireDates.parse(value);
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
