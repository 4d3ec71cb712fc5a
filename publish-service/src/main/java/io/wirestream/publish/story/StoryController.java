package io.wirestream.publish.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wirestream.contract.EventJson;
import io.wirestream.publish.web.ProblemException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Story clusters: one story with its original, every version, the duplicates folded into it and
 * the sources that carried it. Killed articles are not shown; a story with nothing left is gone.
 */
@RestController
@RequestMapping(path = "/v1/stories", produces = MediaType.APPLICATION_JSON_VALUE)
class StoryController {

    static final int MAX_LIMIT = 100;

    private final StoryReader reader;

    StoryController(StoryReader reader) {
        this.reader = reader;
    }

    /** Stories, the most recently changed first. */
    @GetMapping
    StoryPage list(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) Long before) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-limit", "Invalid limit",
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (before != null && before < 1) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor",
                    "before must be a position this API handed out");
        }
        List<StoryReader.StorySummary> rows = reader.newest(before, limit + 1);
        boolean more = rows.size() > limit;
        List<StoryReader.StorySummary> page = more ? rows.subList(0, limit) : rows;
        String next = more ? ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("limit", limit)
                .replaceQueryParam("before", page.getLast().seq()).toUriString() : null;
        return new StoryPage(page.stream().map(StoryController::summary).toList(), next);
    }

    @GetMapping("/{id}")
    Story get(@PathVariable String id) {
        StoryReader.StorySummary summary = reader.summary(id).orElseThrow(() -> reader.exists(id)
                ? new ProblemException(HttpStatus.GONE, "story-killed", "Story killed",
                        "Every article of story " + id + " was killed")
                : new ProblemException(HttpStatus.NOT_FOUND, "story-not-found", "Story not found",
                        "No story with id " + id));
        List<StoryReader.StoryArticle> articles = reader.articles(id);
        List<StoryReader.StoryVersion> versions = reader.versions(id);
        JsonNode original = articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> EventJson.mapper().readTree(a.itemJson())).orElse(null);
        List<Story.Article> members = articles.stream().map(a -> new Story.Article(a.id(),
                EventJson.mapper().readTree(a.itemJson()).path("uri").asString(), a.currentVersion(), a.pubStatus(),
                versions.stream().filter(v -> v.articleId().equals(a.id()))
                        .map(v -> new Story.Version(v.version(), v.verdict(), v.source(), v.headline(), v.storedAt()))
                        .toList()))
                .toList();
        List<Story.Duplicate> duplicates = reader.duplicates(id).stream()
                .map(d -> new Story.Duplicate(d.id(), d.version(), d.uri(), d.verdict(), d.of(), d.similarity(),
                        d.source(), d.headline(), d.receivedAt()))
                .toList();
        return new Story(id, summary.updated(), original, members, duplicates, summary.sources());
    }

    private static StoryPage.Summary summary(StoryReader.StorySummary s) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().pathSegment("v1", "stories", s.id())
                .toUriString();
        return new StoryPage.Summary(s.id(), s.updated(), s.headline(), s.articles(), s.duplicates(), s.sources(),
                link);
    }

    /**
     * @param items stories, most recently changed first
     * @param next  absolute URL of the next page; absent on the last page
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoryPage(List<Summary> items, String next) {

        record Summary(String id, Instant updated, String headline, int articles, int duplicates,
                List<String> sources, String href) {
        }
    }

    /**
     * @param id         story id (the article id of its first original)
     * @param updated    when anything in the story last changed
     * @param original   the original article's current ninjs item; absent when it was killed
     * @param articles   visible articles of the story, the original first, with their version history
     * @param duplicates exact and near duplicates folded into the story
     * @param sources    every source that carried the story (articles and duplicates)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Story(String id, Instant updated, JsonNode original, List<Article> articles, List<Duplicate> duplicates,
            List<String> sources) {

        record Article(String id, String uri, int currentVersion, String pubStatus, List<Version> versions) {
        }

        record Version(int version, String verdict, String source, String headline, Instant storedAt) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Duplicate(String id, int version, String uri, String verdict, String of, Double similarity,
                String source, String headline, Instant receivedAt) {
        }
    }
}
