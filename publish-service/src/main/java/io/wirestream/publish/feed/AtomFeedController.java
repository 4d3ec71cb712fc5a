package io.wirestream.publish.feed;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.Ninjs;
import io.wirestream.publish.PublishProperties;
import io.wirestream.publish.store.ArticleReader;
import io.wirestream.publish.store.FeedState;
import io.wirestream.publish.store.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The latest articles as Atom. The cheap {@link FeedState} is read first, so a conditional GET
 * from a poller that already has the newest feed costs one aggregate query and no XML.
 */
@RestController
class AtomFeedController {

    static final String ATOM = "application/atom+xml";
    static final MediaType ATOM_UTF8 = MediaType.parseMediaType(ATOM + ";charset=utf-8");
    static final String FEED_ID = "urn:wirestream:feed:latest";
    static final String FEED_AUTHOR = "Wirestream";
    static final String GENERATOR = "Wirestream publish-service";

    private final ArticleReader reader;
    private final PublishProperties properties;

    AtomFeedController(ArticleReader reader, PublishProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    @GetMapping(path = "/feeds/latest.atom", produces = ATOM)
    ResponseEntity<byte[]> latest(WebRequest request) throws XMLStreamException {
        FeedState state = reader.feedState();
        // Sequence + count change on every add, update and kill.
        String etag = "\"" + state.newestSeq() + "-" + state.visibleCount() + "\"";
        long lastModified = state.lastChange() == null ? -1 : state.lastChange().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        List<AtomFeed.AtomEntry> entries = reader.newest(null, properties.feedSize()).stream()
                .map(this::entry).toList();
        OffsetDateTime updated = entries.stream().map(AtomFeed.AtomEntry::updated)
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElseGet(() -> utc(Objects.requireNonNullElse(state.lastChange(), Instant.EPOCH)));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        var feed = new AtomFeed(FEED_ID, properties.feedTitle(),
                ServletUriComponentsBuilder.fromCurrentRequest().toUriString(), base + "/v1/articles", updated,
                FEED_AUTHOR, GENERATOR, entries);
        var out = new ByteArrayOutputStream(16 * 1024);
        AtomFeedWriter.write(feed, out);
        var response = ResponseEntity.ok().contentType(ATOM_UTF8).eTag(etag);
        if (lastModified >= 0) {
            response.lastModified(lastModified);
        }
        return response.body(out.toByteArray());
    }

    private AtomFeed.AtomEntry entry(StoredArticle article) {
        Ninjs item = EventJson.mapper().readValue(article.itemJson(), Ninjs.class);
        OffsetDateTime published = Stream.of(item.firstCreated(), item.contentCreated())
                .filter(Objects::nonNull).findFirst().orElse(null);
        OffsetDateTime updated = Stream.of(item.versionCreated(), published)
                .filter(Objects::nonNull).findFirst().orElseGet(() -> utc(article.publishedAt()));
        String author = item.by() != null && !item.by().isBlank() ? item.by() : article.source();
        String title = item.mainHeadline() != null ? item.mainHeadline() : "(no headline)";
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .pathSegment("v1", "articles", article.articleId()).toUriString();
        return new AtomFeed.AtomEntry(item.uri(), title, updated, published, author, item.body("text/html"),
                item.body("text/plain"), link);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
