package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.store.ArticleWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** GET /v1/stories and /v1/stories/{id}: original, versions, duplicates and sources of a story. */
class StoryApiIT extends PublishItSupport {

    @Autowired
    ArticleWriter writer;

    @Test
    void aStoryShowsItsOriginalVersionsDuplicatesAndSources() {
        String id = Fixtures.newId();
        String exact = Fixtures.newId();
        String near = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.original(id, "Story first"), Fixtures.version(id, 2, "Story second"),
                Fixtures.exactDuplicate(exact, id, "Story first"), Fixtures.nearDuplicate(near, id, "agency-b", 0.9)));

        HttpResponse<String> response = get("/v1/stories/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode story = json(response);
        assertThat(story.path("id").asString()).isEqualTo(id);
        assertThat(story.path("original").path("uri").asString()).isEqualTo(Fixtures.uri(id));
        assertThat(story.path("original").path("version").asString()).isEqualTo("2");
        JsonNode article = story.path("articles").get(0);
        assertThat(story.path("articles").size()).isEqualTo(1);
        assertThat(article.path("currentVersion").asInt()).isEqualTo(2);
        List<String> versions = new ArrayList<>();
        article.path("versions").forEach(v -> versions.add(v.path("version").asInt() + " " + v.path("verdict")
                .asString() + " " + v.path("headline").asString()));
        assertThat(versions).containsExactly("1 original Story first", "2 version Story second");
        List<String> duplicates = new ArrayList<>();
        story.path("duplicates").forEach(d -> duplicates.add(d.path("id").asString() + " " + d.path("verdict")
                .asString() + " " + d.path("of").asString() + " " + d.path("source").asString()));
        assertThat(duplicates).containsExactlyInAnyOrder(exact + " exact " + id + " " + Fixtures.SOURCE,
                near + " near " + id + " agency-b");
        List<String> sources = new ArrayList<>();
        story.path("sources").forEach(s -> sources.add(s.asString()));
        assertThat(sources).containsExactly("agency-b", Fixtures.SOURCE);

        JsonNode list = json(get("/v1/stories?limit=100"));
        JsonNode summary = null;
        for (JsonNode item : list.path("items")) {
            if (item.path("id").asString().equals(id)) {
                summary = item;
            }
        }
        assertThat(summary).as("story %s in the list", id).isNotNull();
        assertThat(summary.path("articles").asInt()).isEqualTo(1);
        assertThat(summary.path("duplicates").asInt()).isEqualTo(2);
        assertThat(summary.path("headline").asString()).isEqualTo("Story second");
        assertThat(summary.path("href").asString()).endsWith("/v1/stories/" + id);
    }

    @Test
    void storiesPageWithoutRepeats() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = Fixtures.newId();
            created.add(id);
            writer.store(Fixtures.original(id, "Story page " + i));
        }
        List<String> seen = new ArrayList<>();
        String next = "/v1/stories?limit=2";
        while (next != null) {
            JsonNode page = json(get(next));
            assertThat(page.path("items").size()).isBetween(1, 2);
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            next = page.hasNonNull("next") ? page.path("next").asString() : null;
            assertThat(seen.size()).isLessThan(10_000);
        }
        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
        // Newest first: the last story written leads the list.
        assertThat(seen.indexOf(created.get(4))).isLessThan(seen.indexOf(created.get(0)));
    }

    @Test
    void aStoryWhoseArticlesWereKilledIsGoneAndAnUnknownOneNotFound() {
        String id = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.original(id, "Doomed story"), Fixtures.kill(id, 2)));
        HttpResponse<String> gone = get("/v1/stories/" + id);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(json(gone).path("type").asString()).isEqualTo("https://wirestream.io/problems/story-killed");
        HttpResponse<String> missing = get("/v1/stories/" + Fixtures.newId());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("type").asString()).isEqualTo("https://wirestream.io/problems/story-not-found");
        assertThat(get("/v1/stories?limit=0").statusCode()).isEqualTo(400);
    }
}
