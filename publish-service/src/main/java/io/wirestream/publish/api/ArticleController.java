package io.wirestream.publish.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wirestream.contract.EventJson;
import io.wirestream.publish.filter.FilterParser;
import io.wirestream.publish.store.ArticleFilter;
import io.wirestream.publish.store.ArticleHit;
import io.wirestream.publish.store.ArticleReader;
import io.wirestream.publish.store.ArticleReader.Position;
import io.wirestream.publish.store.StoredArticle;
import io.wirestream.publish.store.StoredVersion;
import io.wirestream.publish.web.ProblemException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The ninjs read API. Items are served exactly as stored, so dates keep the offset the source
 * stated (Spring's own mapper would normalise them to UTC).
 */
@RestController
@RequestMapping(path = "/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ArticleReader reader;
    private final FilterParser filters;

    ArticleController(ArticleReader reader, FilterParser filters) {
        this.reader = reader;
        this.filters = filters;
    }

    /**
     * Visible articles matching the filters: newest first, or best match first when {@code q} is
     * given. The cursor is a keyset position, so articles published while a client pages through
     * neither shift nor repeat what it sees.
     */
    @GetMapping
    ArticlePage list(@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String cursor, @RequestParam Map<String, String> params) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-limit", "Invalid limit",
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        ArticleFilter filter = filters.parse(params);
        Position after = cursor == null ? null : decode(cursor, filter.searches());
        // One extra row tells whether a next page exists without a count query.
        List<ArticleHit> rows = reader.find(filter, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ArticleHit> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ArticleHit last = page.getLast();
            next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("limit", limit)
                    .replaceQueryParam("cursor", Cursor.encode(new Position(last.article().seq(), last.rank())))
                    .toUriString();
        }
        List<JsonNode> items = page.stream().map(hit -> json(hit.article().itemJson())).toList();
        Map<String, ArticlePage.Highlight> highlights = null;
        if (filter.searches()) {
            highlights = new LinkedHashMap<>();
            for (int i = 0; i < page.size(); i++) {
                ArticleHit hit = page.get(i);
                highlights.put(items.get(i).path("uri").asString(), new ArticlePage.Highlight(hit.rank(),
                        Highlights.html(hit.headlineHighlight()), Highlights.html(hit.bodyHighlight())));
            }
        }
        return new ArticlePage(items, highlights, next);
    }

    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(@PathVariable String id, WebRequest request) {
        StoredArticle article = visible(id);
        // The sequence changes whenever the article does, so it is a valid strong validator.
        String etag = "\"" + article.seq() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(json(article.itemJson()));
    }

    /** Every stored version, oldest first: corrections and updates stay readable. */
    @GetMapping("/{id}/versions")
    ResponseEntity<VersionList> versions(@PathVariable String id, WebRequest request) {
        StoredArticle article = visible(id);
        String etag = "\"" + article.seq() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        int current = article.currentVersion();
        List<VersionList.Version> versions = reader.versions(id).stream()
                .map(v -> new VersionList.Version(v.version(), v.verdict(), v.pubStatus(), v.source(), v.storedAt(),
                        v.signal(), v.version() == current, json(v.itemJson())))
                .toList();
        return ResponseEntity.ok().eTag(etag).body(new VersionList(id, current, versions));
    }

    private StoredArticle visible(String id) {
        StoredArticle article = reader.find(id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "article-not-found", "Article not found", "No article with id " + id));
        if (article.canceled()) {
            throw new ProblemException(HttpStatus.GONE, "article-killed", "Article killed",
                    "Article " + id + " was killed and must no longer be used");
        }
        return article;
    }

    private static Position decode(String cursor, boolean search) {
        try {
            Position position = Cursor.decodePosition(cursor);
            // A cursor of a search only continues a search, and the other way round.
            if ((position.rank() != null) != search) {
                throw new IllegalArgumentException("cursor of another kind of list");
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor",
                    "cursor is not one this API issued for this list; start again without it");
        }
    }

    private static JsonNode json(String stored) {
        return EventJson.mapper().readTree(stored);
    }

    /**
     * The history of one article.
     *
     * @param articleId      Wirestream article id
     * @param currentVersion the version the API serves
     * @param versions       all stored versions, oldest first
     */
    record VersionList(String articleId, int currentVersion, List<Version> versions) {

        /**
         * @param version   version number
         * @param verdict   how enrich classified it (original, version, kill)
         * @param pubStatus its publication status
         * @param source    the source that delivered it
         * @param storedAt  when publish stored it
         * @param signal    "correction" or "update" when the provider said so, else absent
         * @param current   whether it is the version the API serves
         * @param item      the ninjs item of that version
         */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Version(int version, String verdict, String pubStatus, String source, Instant storedAt,
                String signal, boolean current, JsonNode item) {
        }
    }
}
