package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.publish.store.ArticleWriter;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** RSS 2.0 and JSON Feed beside Atom: filters, named feeds, one entry per story, caching, WebSub, safety. */
class FeedFormatsIT extends PublishItSupport {

    @Autowired
    ArticleWriter writer;

    private static final List<String> NONE = List.of();

    @Test
    void allThreeFormatsCarryTheSameFilteredEntriesWithStableIds() throws Exception {
        String source = "feed-" + Fixtures.newId();
        String a = Fixtures.newId();
        String b = Fixtures.newId();
        writer.storeAll(List.of(
                Fixtures.tagged(a, 1, "Alpha", "Alpha body.", "en", source, NONE, NONE, NONE, NONE),
                Fixtures.tagged(b, 1, "Beta", "Beta body.", "en", source, NONE, NONE, NONE, NONE)));
        String query = "?source=" + source;

        Feed atom = (Feed) new WireFeedInput().build(new StringReader(ok("/feeds/latest.atom" + query,
                "application/atom+xml;charset=utf-8").body()));
        Channel rss = (Channel) new WireFeedInput().build(new StringReader(ok("/feeds/latest.rss" + query,
                "application/rss+xml;charset=utf-8").body()));
        JsonNode json = json(ok("/feeds/latest.json" + query, "application/feed+json;charset=utf-8"));
        for (String format : List.of("atom", "rss", "json")) {
            sample("latest." + format, get("/feeds/latest." + format).body());
        }

        List<String> atomIds = atom.getEntries().stream().map(com.rometools.rome.feed.atom.Entry::getId).toList();
        List<String> rssIds = rss.getItems().stream().map(i -> i.getGuid().getValue()).toList();
        List<String> jsonIds = new ArrayList<>();
        json.path("items").forEach(i -> jsonIds.add(i.path("id").asString()));
        assertThat(atomIds).containsExactly(Fixtures.uri(b), Fixtures.uri(a));
        assertThat(rssIds).isEqualTo(atomIds);
        assertThat(jsonIds).isEqualTo(atomIds);
        assertThat(rss.getItems().getFirst().getContent().getValue()).isEqualTo("<p>Beta body.</p>");
        assertThat(json.path("items").get(0).path("content_html").asString()).isEqualTo("<p>Beta body.</p>");
        assertThat(atom.getId()).startsWith("urn:wirestream:feed:latest:");

        // An update keeps the entry id and moves it to the top.
        writer.store(Fixtures.tagged(a, 2, "Alpha updated", "Alpha body, updated.", "en", source, NONE, NONE, NONE,
                NONE));
        JsonNode updated = json(ok("/feeds/latest.json" + query, "application/feed+json;charset=utf-8"));
        assertThat(updated.path("items").get(0).path("id").asString()).isEqualTo(Fixtures.uri(a));
        assertThat(updated.path("items").get(0).path("title").asString()).isEqualTo("Alpha updated");
        assertThat(updated.path("items").size()).isEqualTo(2);
    }

    @Test
    void aNamedFeedAppliesItsConfiguredFilter() throws Exception {
        String source = "feed-" + Fixtures.newId();
        String politics = Fixtures.newId();
        String sport = Fixtures.newId();
        writer.storeAll(List.of(
                Fixtures.tagged(politics, 1, "Vote", "A vote.", "en", source, List.of("20000650"), NONE, NONE, NONE),
                Fixtures.tagged(sport, 1, "Goal", "A goal.", "en", source, List.of("15000000"), NONE, NONE, NONE)));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(
                ok("/feeds/politics.rss?source=" + source, "application/rss+xml;charset=utf-8").body()));
        assertThat(feed.getTitle()).isEqualTo("Politics");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly(Fixtures.uri(politics));
        // The configured filter wins over a request parameter of the same name.
        SyndFeed overridden = new SyndFeedInput().build(new StringReader(
                get("/feeds/politics.atom?source=" + source + "&topic=15000000").body()));
        assertThat(overridden.getEntries()).extracting(SyndEntry::getUri).containsExactly(Fixtures.uri(politics));

        HttpResponse<String> unknown = get("/feeds/nothing.atom");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("type").asString()).isEqualTo("https://wirestream.io/problems/feed-not-found");
        assertThat(get("/feeds/latest.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void oneEntryPerStory() {
        String source = "feed-" + Fixtures.newId();
        String story = Fixtures.newId();
        String followUp = Fixtures.newId();
        EnrichedArticle original = Fixtures.tagged(story, 1, "Story", "Story body.", "en", source, NONE, NONE, NONE,
                NONE);
        // A second article enrich filed under the same story.
        EnrichedArticle sameStory = new EnrichedArticle(followUp, 1, retitled(original.item(), followUp), null,
                original.provenance(), new DedupeVerdict(DedupeVerdict.Kind.ORIGINAL, null, story, null), null);
        writer.storeAll(List.of(original, sameStory));
        JsonNode feed = json(get("/feeds/latest.json?source=" + source));
        assertThat(feed.path("items").size()).isEqualTo(1);
        assertThat(feed.path("items").get(0).path("id").asString()).isEqualTo(Fixtures.uri(followUp));
        // The API still lists both.
        assertThat(json(get("/v1/articles?source=" + source)).path("items").size()).isEqualTo(2);
    }

    @Test
    void cachingHeadersConditionalGetAndWebSub() {
        HttpResponse<String> first = get("/feeds/latest.rss");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("<https://hub.example.org/>; rel=\"hub\"").contains("/feeds/latest.rss>; rel=\"self\""));
        assertThat(first.body()).contains("rel=\"hub\" href=\"https://hub.example.org/\"");
        assertThat(get("/feeds/latest.atom").body()).contains("rel=\"hub\" href=\"https://hub.example.org/\"");
        assertThat(json(get("/feeds/latest.json")).path("hubs").get(0).path("url").asString())
                .isEqualTo("https://hub.example.org/");

        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/feeds/latest.rss", "If-None-Match", etag).statusCode()).isEqualTo(304);
        // The same state in another format is another representation.
        assertThat(get("/feeds/latest.json", "If-None-Match", etag).statusCode()).isEqualTo(200);
        String id = Fixtures.newId();
        writer.store(Fixtures.original(id, "Invalidates"));
        // Rendered feeds are cached: the very next request after the commit must show the article.
        HttpResponse<String> after = get("/feeds/latest.rss", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(Fixtures.uri(id));
        assertThat(get("/feeds/latest.atom").body()).contains(Fixtures.uri(id));
    }

    @Test
    void hostileHtmlIsSanitisedInEveryFormat() throws Exception {
        String source = "feed-" + Fixtures.newId();
        String id = Fixtures.newId();
        EnrichedArticle base = Fixtures.tagged(id, 1, "Hostile", "Text.", "en", source, NONE, NONE, NONE, NONE);
        Ninjs item = base.item();
        var hostile = new Ninjs(item.uri(), item.type(), item.version(), item.versionCreated(), item.firstCreated(),
                null, item.pubStatus(), item.language(), null, item.headlines(),
                List.of(new Ninjs.Body("main", "text/plain", "Text."), new Ninjs.Body("richtext", "text/html",
                        "<p onmouseover=\"x()\">Safe</p><script>steal()</script><a href=\"javascript:x()\">l</a>")),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        produceAndAwait(id, new EnrichedArticle(id, 1, hostile, null, base.provenance(), base.dedupe(), null));
        for (String format : List.of("atom", "rss", "json")) {
            String body = get("/feeds/latest." + format + "?source=" + source).body();
            sample("hostile." + format, body);
            assertThat(body).as(format).contains("Safe").doesNotContain("steal()", "onmouseover", "javascript:");
        }
        assertThat(get("/v1/articles/" + id).body()).contains("Safe").doesNotContain("steal()", "javascript:");
    }

    private static Ninjs retitled(Ninjs item, String id) {
        return new Ninjs(Fixtures.uri(id), item.type(), item.version(), item.versionCreated(), item.firstCreated(),
                null, item.pubStatus(), item.language(), null, List.of(new Ninjs.Headline("main", "Follow-up")),
                item.bodies(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Kept for scripts/check-feeds.sh, which checks them with xmllint. */
    private static void sample(String name, String body) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "feed-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name), body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> ok(String path, String contentType) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        return response;
    }
}
