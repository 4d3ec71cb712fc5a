package io.wirestream.publish.feed;

import io.wirestream.contract.EventJson;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Dates are RFC 3339 with the offset the
 * source stated; content_html is the sanitised HTML body, content_text the plain one.
 */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    static byte[] write(AtomFeed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.alternateUrl());
        json.put("feed_url", feed.selfUrl());
        json.put("authors", List.of(Map.of("name", feed.author())));
        if (feed.hub() != null) {
            json.put("hubs", List.of(Map.of("type", "WebSub", "url", feed.hub())));
        }
        List<Map<String, Object>> items = new ArrayList<>(feed.entries().size());
        for (AtomFeed.AtomEntry entry : feed.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", entry.link());
            item.put("title", entry.title());
            if (entry.html() != null) {
                item.put("content_html", entry.html());
            }
            if (entry.text() != null) {
                item.put("content_text", entry.text());
            }
            if (entry.html() == null && entry.text() == null) {
                // JSON Feed requires one of the two.
                item.put("content_text", "");
            }
            if (entry.published() != null) {
                item.put("date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published()));
            }
            item.put("date_modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.updated()));
            if (entry.author() != null && !entry.author().isBlank()) {
                item.put("authors", List.of(Map.of("name", entry.author())));
            }
            if (entry.corrected()) {
                item.put("tags", List.of(AtomFeed.AtomEntry.CORRECTION));
            }
            items.add(item);
        }
        json.put("items", items);
        return EventJson.mapper().writeValueAsBytes(json);
    }
}
