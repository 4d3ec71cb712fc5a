package io.wirestream.publish.api;

import io.wirestream.contract.EventJson;
import io.wirestream.publish.store.ArticleReader;
import io.wirestream.publish.store.StoredArticle;
import io.wirestream.publish.web.ProblemException;
import java.util.List;
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

    ArticleController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping
    ArticlePage list(@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-limit", "Invalid limit",
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Long before = cursor == null ? null : decode(cursor);
        // One extra row tells whether a next page exists without a count query.
        List<StoredArticle> rows = reader.newest(before, limit + 1);
        boolean more = rows.size() > limit;
        List<StoredArticle> page = more ? rows.subList(0, limit) : rows;
        String next = more
                ? ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("limit", limit)
                        .replaceQueryParam("cursor", Cursor.encode(page.getLast().seq()))
                        .toUriString()
                : null;
        return new ArticlePage(page.stream().map(a -> json(a.itemJson())).toList(), next);
    }

    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(@PathVariable String id, WebRequest request) {
        StoredArticle article = reader.find(id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "article-not-found", "Article not found", "No article with id " + id));
        if (article.canceled()) {
            throw new ProblemException(HttpStatus.GONE, "article-killed", "Article killed",
                    "Article " + id + " was killed and must no longer be used");
        }
        // The sequence changes whenever the article does, so it is a valid strong validator.
        String etag = "\"" + article.seq() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(json(article.itemJson()));
    }

    private static Long decode(String cursor) {
        try {
            return Cursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor",
                    "cursor is not one this API issued; start again without it");
        }
    }

    private static JsonNode json(String stored) {
        return EventJson.mapper().readTree(stored);
    }
}
