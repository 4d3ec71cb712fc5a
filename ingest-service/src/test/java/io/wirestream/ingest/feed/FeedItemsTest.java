package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemsTest {

    @Test
    void atomEntriesWithIdLinkAndXhtmlContent() {
        List<FeedItems.Item> items = FeedItems.read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Nordwire</title>
                  <entry><id>tag:nordwire.example,2024:cod</id><title>Cod quota cut</title>
                    <link rel="self" href="https://nordwire.example/self"/><link href="https://nordwire.example/cod"/>
                    <updated>2024-03-14T12:05:00+01:00</updated><author><name>Ingrid Solberg</name></author>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>TROMSØ -- Cut.</p></div></content></entry>
                  <entry><title>No id</title><link rel="alternate" href="https://nordwire.example/no-id"/>
                    <summary>Only a summary</summary></entry>
                </feed>""");
        assertThat(items).hasSize(2);
        FeedItems.Item cod = items.getFirst();
        assertThat(cod.id()).isEqualTo("tag:nordwire.example,2024:cod");
        assertThat(cod.link()).isEqualTo("https://nordwire.example/cod");
        assertThat(cod.title()).isEqualTo("Cod quota cut");
        assertThat(cod.author()).isEqualTo("Ingrid Solberg");
        assertThat(cod.published()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(cod.html()).contains("<p").contains("TROMSØ -- Cut.");
        assertThat(items.get(1).id()).as("link when there is no id").isEqualTo("https://nordwire.example/no-id");
        assertThat(items.get(1).html()).isEqualTo("Only a summary");
    }

    @Test
    void jsonFeedItemsWithIdUrlFallbackAndContent() {
        List<FeedItems.Item> items = FeedItems.read("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Nordwire",
                 "items": [
                   {"id": "2024-0314-cod", "url": "https://nordwire.example/cod", "title": "Cod quota cut",
                    "content_html": "<p>TROMSØ -- Cut.</p>", "date_published": "2024-03-14T12:05:00+01:00",
                    "authors": [{"name": "Ingrid Solberg"}]},
                   {"url": "https://nordwire.example/no-id", "content_text": "Fish & <ships>", "author": {"name": "Old Style"}},
                   {"id": 42, "summary": "Numeric id"}
                 ]}""");
        assertThat(items).hasSize(3);
        FeedItems.Item cod = items.getFirst();
        assertThat(cod.id()).isEqualTo("2024-0314-cod");
        assertThat(cod.link()).isEqualTo("https://nordwire.example/cod");
        assertThat(cod.title()).isEqualTo("Cod quota cut");
        assertThat(cod.html()).isEqualTo("<p>TROMSØ -- Cut.</p>");
        assertThat(cod.published()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(cod.author()).isEqualTo("Ingrid Solberg");
        assertThat(items.get(1).id()).as("url when there is no id").isEqualTo("https://nordwire.example/no-id");
        assertThat(items.get(1).html()).isEqualTo("Fish &amp; &lt;ships&gt;");
        assertThat(items.get(1).author()).isEqualTo("Old Style");
        assertThat(items.get(2).id()).isEqualTo("42");
        assertThat(items.get(2).html()).isEqualTo("Numeric id");
    }

    @Test
    void jsonThatIsNoJsonFeedIsRefused() {
        assertThatThrownBy(() -> FeedItems.read("{\"items\": []}")).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> FeedItems.read("{\"version\": ")).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void otherRootsAndHostileFeedsAreRefused() {
        assertThatThrownBy(() -> FeedItems.read("<html/>")).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> FeedItems.read("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN));
    }

    @Test
    void retryAfterAsSecondsOrDate() {
        assertThat(FeedPoller.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(FeedPoller.retryAfter("Thu, 01 Jan 1970 00:00:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(FeedPoller.retryAfter("soon")).isNull();
    }
}
