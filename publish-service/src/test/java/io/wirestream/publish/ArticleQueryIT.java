package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.publish.store.ArticleWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Filters, search and paging of GET /v1/articles on the real database. Each test uses its own
 * source name, so the rows of other tests never change what it sees.
 */
class ArticleQueryIT extends PublishItSupport {

    @Autowired
    ArticleWriter writer;

    private static final List<String> NONE = List.of();

    @Test
    void everyFilterSelectsExactlyTheMatchingArticles() {
        String source = "src-" + Fixtures.newId();
        String politics = Fixtures.newId();
        String lobbying = Fixtures.newId();
        String sport = Fixtures.newId();
        String german = Fixtures.newId();
        writer.storeAll(List.of(
                Fixtures.tagged(politics, 1, "Parliament votes", "The parliament voted.", "en", source,
                        List.of("11000000"), List.of("Sergei Lavrov"), List.of("Moscow"), List.of("United Nations")),
                Fixtures.tagged(lobbying, 1, "Lobbyists gather", "Lobbyists met.", "en-GB", source,
                        List.of("20000650"), List.of("Jane Doe"), List.of("Brussels"), List.of("European Union")),
                Fixtures.tagged(sport, 1, "Cup final", "A final was played.", "en", source,
                        List.of("20000822"), NONE, List.of("Moscow"), NONE),
                Fixtures.tagged(german, 2, "Wahl", "Es wurde gewählt.", "de", source,
                        List.of("11000000"), List.of("Sergei Lavrov"), NONE, NONE)));

        assertThat(ids("source=" + source)).containsExactly(german, sport, lobbying, politics);
        // Topic filters include narrower topics (test tree: 11000000 > 20000649 > 20000650).
        assertThat(ids("source=" + source + "&topic=medtop:11000000")).containsExactly(german, lobbying, politics);
        assertThat(ids("source=" + source + "&topic=20000649")).containsExactly(lobbying);
        assertThat(ids("source=" + source + "&topic=15000000")).containsExactly(sport);
        assertThat(ids("source=" + source + "&topic=15000000,20000650")).containsExactly(sport, lobbying);
        assertThat(ids("source=" + source + "&person=sergei%20LAVROV")).containsExactly(german, politics);
        assertThat(ids("source=" + source + "&person=person:jane-doe")).containsExactly(lobbying);
        assertThat(ids("source=" + source + "&place=Moscow")).containsExactly(sport, politics);
        assertThat(ids("source=" + source + "&organisation=european%20union")).containsExactly(lobbying);
        assertThat(ids("source=" + source + "&lang=en")).containsExactly(sport, lobbying, politics);
        assertThat(ids("source=" + source + "&lang=en-GB")).containsExactly(lobbying);
        assertThat(ids("source=" + source + "&lang=de&person=Sergei%20Lavrov")).containsExactly(german);
        assertThat(ids("source=" + source + "&story=" + sport)).containsExactly(sport);
        // Item times: versions 1 at 19:09+08:00, the German version 2 one hour later.
        assertThat(ids("source=" + source + "&since=2012-11-23T11:30:00Z")).containsExactly(german);
        assertThat(ids("source=" + source + "&until=2012-11-23T11:30:00Z")).containsExactly(sport, lobbying, politics);
        assertThat(ids("source=" + source + "&since=2012-11-24")).isEmpty();
        assertThat(ids("source=other-" + source)).isEmpty();
    }

    @Test
    void aKilledArticleLeavesEveryFilteredList() {
        String source = "src-" + Fixtures.newId();
        String id = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.tagged(id, 1, "Doomed", "Doomed text.", "en", source, List.of("11000000"),
                List.of("Sergei Lavrov"), NONE, NONE)));
        assertThat(ids("source=" + source + "&topic=11000000")).containsExactly(id);
        writer.storeAll(List.of(Fixtures.kill(id, 2)));
        assertThat(ids("source=" + source + "&topic=11000000")).isEmpty();
        assertThat(ids("source=" + source + "&q=doomed")).isEmpty();
        assertThat(get("/v1/articles/" + id + "/versions").statusCode()).isEqualTo(410);
    }

    @Test
    void searchRanksHeadlineMatchesFirstStemsByLanguageAndHighlightsSafely() {
        String source = "src-" + Fixtures.newId();
        String inHeadline = Fixtures.newId();
        String inBody = Fixtures.newId();
        String unrelated = Fixtures.newId();
        String german = Fixtures.newId();
        writer.storeAll(List.of(
                Fixtures.tagged(inBody, 1, "Markets today", "Ships kept running while the harbour closed & 1 < 2.", "en",
                        source, NONE, NONE, NONE, NONE),
                Fixtures.tagged(inHeadline, 1, "Harbour closes", "The storm hit the coast.", "en", source, NONE, NONE,
                        NONE, NONE),
                Fixtures.tagged(unrelated, 1, "Weather", "Sunny all day.", "en", source, NONE, NONE, NONE, NONE),
                Fixtures.tagged(german, 1, "Häfen geschlossen", "Die Schiffe lagen im Hafen.", "de", source, NONE,
                        NONE, NONE, NONE)));

        JsonNode page = page("source=" + source + "&q=harbours");
        assertThat(uris(page)).containsExactly(Fixtures.uri(inHeadline), Fixtures.uri(inBody));
        JsonNode best = page.path("highlights").path(Fixtures.uri(inHeadline));
        JsonNode second = page.path("highlights").path(Fixtures.uri(inBody));
        assertThat(best.path("rank").asDouble()).isGreaterThan(second.path("rank").asDouble());
        assertThat(best.path("headline").asString()).isEqualTo("<mark>Harbour</mark> closes");
        assertThat(second.path("body").asString()).contains("the <mark>harbour</mark> closed");
        assertThat(second.path("body").asString().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");

        // English stemming ("ran" is not "running", "running" is "run"); web-search syntax.
        assertThat(ids("source=" + source + "&q=run")).containsExactly(inBody);
        assertThat(ids("source=" + source + "&q=" + enc("harbour -storm"))).containsExactly(inBody);
        assertThat(ids("source=" + source + "&q=" + enc("storm coast"))).containsExactly(inHeadline);
        assertThat(ids("source=" + source + "&q=" + enc("\"storm coast\""))).isEmpty();
        assertThat(ids("source=" + source + "&q=" + enc("\"storm hit\""))).containsExactly(inHeadline);
        assertThat(ids("source=" + source + "&q=" + enc("storm or sunny"))).containsExactlyInAnyOrder(inHeadline,
                unrelated);
        // German stemming: "Schiff" finds "Schiffe", in German articles only.
        assertThat(ids("source=" + source + "&q=Schiff")).containsExactly(german);
        assertThat(ids("source=" + source + "&q=Schiff&lang=en")).isEmpty();
    }

    @Test
    void pagingIsStableWhileArticlesArrive() throws Exception {
        String source = "src-" + Fixtures.newId();
        List<String> before = new ArrayList<>();
        List<EnrichedArticle> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = Fixtures.newId();
            before.add(id);
            batch.add(Fixtures.tagged(id, 1, "Paging story " + i, "Common words for paging.", "en", source, NONE,
                    NONE, NONE, NONE));
        }
        writer.storeAll(batch);

        AtomicInteger inserted = new AtomicInteger();
        CompletableFuture<Void> writerThread = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20; i++) {
                String id = Fixtures.newId();
                writer.store(Fixtures.tagged(id, 1, "Arrived late " + i, "Common words for paging.", "en", source,
                        NONE, NONE, NONE, NONE));
                inserted.incrementAndGet();
            }
        });
        for (String query : List.of("source=" + source, "source=" + source + "&q=paging")) {
            List<String> seen = new ArrayList<>();
            String next = "/v1/articles?limit=4&" + query;
            while (next != null) {
                JsonNode page = page(next);
                page.path("items").forEach(item -> seen.add(id(item)));
                next = page.hasNonNull("next") ? page.path("next").asString() : null;
                assertThat(seen.size()).isLessThan(200);
            }
            assertThat(new HashSet<>(seen)).as("no article twice in %s", query).hasSameSizeAs(seen);
            assertThat(seen).as("every article that existed before paging began, in %s", query)
                    .containsAll(before);
        }
        writerThread.get();
        assertThat(inserted.get()).isEqualTo(20);
        assertThat(ids("source=" + source + "&limit=100")).hasSize(50);
    }

    @Test
    void versionsListTheWholeHistoryOldestFirst() {
        String id = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.original(id, "First"), Fixtures.version(id, 3, "Third"),
                Fixtures.version(id, 2, "Second, late")));
        HttpResponse<String> response = get("/v1/articles/" + id + "/versions");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode history = json(response);
        assertThat(history.path("currentVersion").asInt()).isEqualTo(3);
        List<String> rows = new ArrayList<>();
        history.path("versions").forEach(v -> rows.add(v.path("version").asInt() + "|" + v.path("verdict").asString()
                + "|" + v.path("current").asBoolean() + "|" + v.path("item").path("headlines").get(0).path("value")
                .asString()));
        assertThat(rows).containsExactly("1|original|false|First", "2|version|false|Second, late",
                "3|version|true|Third");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/v1/articles/" + id + "/versions", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/v1/articles/" + Fixtures.newId() + "/versions").statusCode()).isEqualTo(404);
    }

    @Test
    void aCorrectionReplacesTheCurrentVersionAndIsMarkedEverywhere() {
        String id = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.original(id, "Mayor resigns on Tuesday")));
        writer.storeAll(List.of(Fixtures.correction(id, 2, "Mayor resigns on Wednesday")));

        JsonNode item = json(get("/v1/articles/" + id));
        assertThat(item.path("headlines").get(0).path("value").asString()).isEqualTo("Mayor resigns on Wednesday");
        assertThat(item.path("edNote").asString()).startsWith("Correction");
        JsonNode versions = json(get("/v1/articles/" + id + "/versions")).path("versions");
        assertThat(versions.get(0).has("signal")).isFalse();
        assertThat(versions.get(0).path("item").has("edNote")).isFalse();
        assertThat(versions.get(1).path("signal").asString()).isEqualTo("correction");

        String story = "?story=" + id;
        assertThat(get("/feeds/latest.atom" + story).body())
                .contains("<category term=\"correction\" scheme=\"urn:wirestream:signal\" label=\"Correction\"");
        assertThat(get("/feeds/latest.rss" + story).body())
                .contains("<category domain=\"urn:wirestream:signal\">correction</category>");
        JsonNode feedItem = json(get("/feeds/latest.json" + story)).path("items").get(0);
        assertThat(feedItem.path("tags").get(0).asString()).isEqualTo("correction");

        // A plain update after the correction is no longer marked.
        writer.storeAll(List.of(Fixtures.version(id, 3, "Mayor resigns, successor named")));
        assertThat(json(get("/v1/articles/" + id)).has("edNote")).isFalse();
        assertThat(get("/feeds/latest.atom" + story).body()).doesNotContain("term=\"correction\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"since=yesterday", "until=2026-13-01", "lang=english!", "since=2026-01-02&until=2026-01-01",
            "person=%00x", "q=" + "x"})
    void rejectsBadFilters(String query) {
        HttpResponse<String> response = get("/v1/articles?" + query);
        if (query.equals("q=x")) {
            // The control case: a fine query is accepted, so the others fail for their value.
            assertThat(response.statusCode()).isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("type").asString()).isEqualTo("https://wirestream.io/problems/invalid-parameter");
    }

    @Test
    void aCursorOnlyContinuesTheKindOfListItCameFrom() {
        String source = "src-" + Fixtures.newId();
        List<EnrichedArticle> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(Fixtures.tagged(Fixtures.newId(), 1, "Cursor " + i, "Cursor text.", "en", source, NONE, NONE,
                    NONE, NONE));
        }
        writer.storeAll(batch);
        String searchNext = page("source=" + source + "&q=cursor&limit=1").path("next").asString();
        String cursor = searchNext.substring(searchNext.indexOf("cursor=") + "cursor=".length());
        assertThat(get("/v1/articles?source=" + source + "&cursor=" + cursor).statusCode()).isEqualTo(400);
        assertThat(get(searchNext).statusCode()).isEqualTo(200);
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        page(query).path("items").forEach(item -> ids.add(id(item)));
        return ids;
    }

    private JsonNode page(String query) {
        HttpResponse<String> response = get(query.startsWith("/") || query.startsWith("http") ? query
                : "/v1/articles?" + query);
        assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> uris(JsonNode page) {
        return ArticleStorageIT.uris(page);
    }

    private static String id(JsonNode item) {
        return item.path("uri").asString().substring("urn:wirestream:article:".length());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
