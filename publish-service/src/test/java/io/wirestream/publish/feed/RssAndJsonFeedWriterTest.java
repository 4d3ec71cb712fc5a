package io.wirestream.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.wirestream.contract.EventJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RssAndJsonFeedWriterTest {

    private static final OffsetDateTime UPDATED = OffsetDateTime.parse("2012-11-23T20:09:24+08:00");
    private static final String NASTY = "Tom & Jerry <say> \"hi\" ]]> \u0007bell\u0000\uFFFE\uD800";

    private static AtomFeed feed(String hub) {
        var html = new AtomFeed.AtomEntry("urn:wirestream:article:1", NASTY, UPDATED, UPDATED.minusHours(1),
                "Jane \u0002Roe", "<p>Ports &amp; harbours</p>]]>\u0001", null, "http://localhost/v1/articles/1?a=1&b=2");
        var text = new AtomFeed.AtomEntry("urn:wirestream:article:2", "Plain", UPDATED, null, null, null,
                "line one\nline <two>", "http://localhost/v1/articles/2");
        return new AtomFeed("urn:wirestream:feed:latest", "Latest & greatest", "http://localhost/feeds/latest.rss",
                "http://localhost/v1/articles", UPDATED, "Wirestream", "gen", List.of(html, text), hub);
    }

    @Test
    void rssIsWellFormedForHostileTextAndReadableByRome() throws Exception {
        var out = new ByteArrayOutputStream();
        RssFeedWriter.write(feed("https://hub.example.org/"), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));

        Channel channel = (Channel) new WireFeedInput().build(new StringReader(xml));
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo("Latest & greatest");
        Item first = channel.getItems().getFirst();
        assertThat(first.getTitle()).isEqualTo("Tom & Jerry <say> \"hi\" ]]> bell");
        assertThat(first.getGuid().getValue()).isEqualTo("urn:wirestream:article:1");
        assertThat(first.getGuid().isPermaLink()).isFalse();
        assertThat(first.getLink()).isEqualTo("http://localhost/v1/articles/1?a=1&b=2");
        assertThat(first.getDescription().getValue()).isEqualTo("<p>Ports &amp; harbours</p>]]>");
        assertThat(first.getPubDate().toInstant()).isEqualTo(UPDATED.minusHours(1).toInstant());
        assertThat(xml).contains("<pubDate>Fri, 23 Nov 2012 19:09:24 +0800</pubDate>")
                .contains("rel=\"hub\" href=\"https://hub.example.org/\"");
        // Plain text becomes escaped HTML.
        assertThat(channel.getItems().get(1).getDescription().getValue()).isEqualTo("line one<br>line &lt;two&gt;");
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        JsonNode json = EventJson.mapper().readTree(JsonFeedWriter.write(feed("https://hub.example.org/")));
        assertThat(json.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.path("feed_url").asString()).isEqualTo("http://localhost/feeds/latest.rss");
        assertThat(json.path("hubs").get(0).path("type").asString()).isEqualTo("WebSub");
        JsonNode first = json.path("items").get(0);
        assertThat(first.path("id").asString()).isEqualTo("urn:wirestream:article:1");
        assertThat(first.path("title").asString()).isEqualTo(NASTY);
        assertThat(first.path("date_modified").asString()).isEqualTo("2012-11-23T20:09:24+08:00");
        assertThat(first.path("date_published").asString()).isEqualTo("2012-11-23T19:09:24+08:00");
        assertThat(first.path("authors").get(0).path("name").asString()).isEqualTo("Jane \u0002Roe");
        JsonNode second = json.path("items").get(1);
        assertThat(second.path("content_text").asString()).isEqualTo("line one\nline <two>");
        assertThat(second.has("content_html")).isFalse();
        assertThat(second.has("authors")).isFalse();
        assertThat(EventJson.mapper().readTree(JsonFeedWriter.write(feed(null))).has("hubs")).isFalse();
    }
}
