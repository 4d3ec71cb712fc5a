package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.wirestream.contract.EventJson;
import io.wirestream.testsupport.SharedFiles;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The ninjs JSON API: order, cursor pagination, errors, caching, and ninjs 3.1 validity. */
class ArticleApiIT extends PublishItSupport {

    @Test
    void listsNewestFirstAndPagesWithoutGapsOrDuplicates() {
        String story = Fixtures.newId();
        List<String> produced = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = Fixtures.newId();
            produced.add(Fixtures.uri(id));
            // One key: one partition, so they are stored in production order.
            produce(story, Fixtures.original(id, "Paged story " + i));
        }
        awaitStatus("/v1/articles/" + produced.getLast().substring("urn:wirestream:article:".length()), 200);

        List<String> seen = new ArrayList<>();
        String next = "/v1/articles?limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = json(response);
            assertThat(page.path("items").size()).isBetween(1, 2);
            seen.addAll(ArticleStorageIT.uris(page));
            next = page.hasNonNull("next") ? page.path("next").asString() : null;
            assertThat(next == null || next.startsWith("http://localhost:" + port + "/v1/articles?")).isTrue();
            assertThat(++pages).isLessThan(1000);
        }
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        long visible = jdbc.sql("SELECT count(*) FROM article WHERE pub_status <> 'canceled'").query(Long.class).single();
        assertThat(seen).hasSize((int) visible);
        List<String> newestFirst = produced.reversed();
        assertThat(seen.stream().filter(produced::contains).toList()).containsExactlyElementsOf(newestFirst);
        assertThat(seen.subList(0, 5)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void theDefaultPageHasTwentyItemsAtMost() {
        JsonNode page = json(get("/v1/articles"));
        assertThat(page.path("items").size()).isLessThanOrEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=-1", "limit=abc", "cursor=%21%21", "cursor=YWJj",
            "cursor="})
    void rejectsBadParametersWithProblemJson(String query) {
        HttpResponse<String> response = get("/v1/articles?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("type").asString()).startsWith("https://wirestream.io/problems/");
    }

    @Test
    void anUnknownArticleIsAProblemNotFound() {
        HttpResponse<String> response = get("/v1/articles/" + Fixtures.newId());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("type").asString())
                .isEqualTo("https://wirestream.io/problems/article-not-found");

        HttpResponse<String> unknownPath = get("/v1/nothing-here");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(json(unknownPath).path("type").asString()).isEqualTo("https://wirestream.io/problems/not-found");
    }

    @Test
    void servesTheStoredNinjsWithItsOffsetAndAnEtag() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Russia, U.S. seek common development"));
        HttpResponse<String> response = get("/v1/articles/" + id);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode item = json(response);
        assertThat(item.path("uri").asString()).isEqualTo(Fixtures.uri(id));
        assertThat(item.path("version").asString()).isEqualTo("1");
        assertThat(item.path("firstCreated").asString()).isEqualTo("2012-11-23T19:09:24+08:00");
        assertThat(item.has("dedupe")).isFalse();

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/v1/articles/" + id, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/v1/articles/" + id, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void articlesValidateAgainstTheOfficialNinjs31Schema() throws Exception {
        var schemaFile = SharedFiles.require("standards/ninjs/ninjs-schema_3.1.json");
        // The one remote $ref (GeoJSON, under places[].geoJSON) cannot be fetched offline; we never write it.
        String schemaText = Files.readString(schemaFile)
                .replace("\"$ref\": \"https://geojson.org/schema/GeoJSON.json#\"", "\"type\": \"object\"");
        assertThat(schemaText).doesNotContain("geojson.org");
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new ByteArrayInputStream(schemaText.getBytes(StandardCharsets.UTF_8)));

        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Schema check"));
        JsonNode item = json(get("/v1/articles/" + id));
        List<Error> errors = schema.validate(item);
        assertThat(errors).as("ninjs 3.1 violations of %s", item).isEmpty();

        // The validator does reject what is not ninjs, so an empty result above means something.
        JsonNode invalid = EventJson.mapper().readTree("{\"uri\": \"x\", \"dedupe\": {}}");
        assertThat(schema.validate(invalid)).isNotEmpty();
    }
}
