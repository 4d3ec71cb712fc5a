package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.wirestream.contract.DedupeVerdict;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Atom feed as a feed reader sees it. */
class AtomFeedIT extends PublishItSupport {

    @Test
    void theFeedParsesAndCarriesTheNewestArticle() throws Exception {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Feed <story> & more"));
        produce(id, Fixtures.version(id, 2, "Feed <story> & more, updated"));
        await().atMost(WAIT)
                .until(() -> json(get("/v1/articles/" + id)).path("version").asString().equals("2"));

        HttpResponse<String> response = get("/feeds/latest.atom?x=1&b=2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=utf-8");
        assertThat(response.body()).contains("2012-11-23T20:09:24+08:00");

        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getId()).isEqualTo("urn:wirestream:feed:latest");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).extracting("name").containsExactly("Wirestream");
        Link self = feed.getOtherLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().orElseThrow();
        assertThat(self.getHref()).isEqualTo("http://localhost:" + port + "/feeds/latest.atom?b=2&x=1"); // sorted, like the cache key
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref)
                .contains("http://localhost:" + port + "/v1/articles");

        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getId()).isEqualTo(Fixtures.uri(id));
        assertThat(entry.getTitle()).isEqualTo("Feed <story> & more, updated");
        assertThat(entry.getUpdated().toInstant()).isEqualTo(Instant.parse("2012-11-23T12:09:24Z"));
        assertThat(entry.getPublished().toInstant()).isEqualTo(Instant.parse("2012-11-23T11:09:24Z"));
        assertThat(entry.getAuthors()).extracting("name").containsExactly("Jane Roe");
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("http://localhost:" + port + "/v1/articles/" + id);
        assertThat(entry.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("html");
            // The fixture's HTML body has an unknown <story> element: the allow-list removes it.
            assertThat(content.getValue()).startsWith("<p>Feed  &amp; more, updated</p>");
        });
        assertThat(feed.getEntries()).filteredOn(e -> e.getId().equals(Fixtures.uri(id))).hasSize(1);
        assertThat(feed.getUpdated().toInstant()).isAfterOrEqualTo(entry.getUpdated().toInstant());

        SyndFeed synd = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(synd.getEntries().getFirst().getUri()).isEqualTo(Fixtures.uri(id));
    }

    @Test
    void anArticleWithoutBylineIsAuthoredByItsSource() throws Exception {
        String id = Fixtures.newId();
        var article = Fixtures.article(id, 1, "No byline", DedupeVerdict.original(id),
                "usable", null);
        produceAndAwait(id, article);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(get("/feeds/latest.atom").body()));
        Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals(Fixtures.uri(id))).findFirst()
                .orElseThrow();
        assertThat(entry.getAuthors()).extracting("name").containsExactly(Fixtures.SOURCE);
    }

    @Test
    void conditionalRequestsAnswerNotModifiedUntilSomethingChanges() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Cache me"));
        HttpResponse<String> first = get("/feeds/latest.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byEtag = get("/feeds/latest.atom", "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(get("/feeds/latest.atom", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

        String next = Fixtures.newId();
        produceAndAwait(next, Fixtures.original(next, "Something new"));
        HttpResponse<String> changed = get("/feeds/latest.atom", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.body()).contains(Fixtures.uri(next));
    }

    @Test
    void aFeedServedAgainFromTheCacheIsTheSameResponse() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Served twice"));
        HttpResponse<String> rendered = get("/feeds/latest.atom?lang=en");
        HttpResponse<String> cached = get("/feeds/latest.atom?lang=en");

        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(rendered.body()).contains(Fixtures.uri(id));
        for (String header : new String[] {"Content-Type", "ETag", "Last-Modified", "Cache-Control", "Content-Length"}) {
            assertThat(cached.headers().firstValue(header)).as(header)
                    .isPresent().isEqualTo(rendered.headers().firstValue(header));
        }
    }
}
