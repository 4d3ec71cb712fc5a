package io.wirestream.publish.feed;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.Ninjs;
import io.wirestream.publish.PublishProperties;
import io.wirestream.publish.filter.FilterParser;
import io.wirestream.publish.store.ArticleFilter;
import io.wirestream.publish.store.ArticleHit;
import io.wirestream.publish.store.ArticleReader;
import io.wirestream.publish.store.FeedState;
import io.wirestream.publish.store.StoredArticle;
import io.wirestream.publish.web.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Feeds in Atom, RSS 2.0 and JSON Feed 1.1: {@code /feeds/latest.<format>} takes the same filter
 * parameters as the API, and named feeds from configuration carry their own. A rendered feed is
 * kept (see {@link FeedCache}) until this instance stores something, so most requests, conditional
 * or not, cost no database query and no rendering. On a miss, the cheap {@link FeedState} names
 * the ETag before the feed is built.
 */
@RestController
class FeedController {

    static final String LATEST = "latest";
    static final String FEED_AUTHOR = "Wirestream";
    static final String GENERATOR = "Wirestream publish-service";

    private final ArticleReader reader;
    private final FilterParser filters;
    private final PublishProperties properties;
    private final FeedCache cache;

    FeedController(ArticleReader reader, FilterParser filters, PublishProperties properties, FeedCache cache) {
        this.reader = reader;
        this.filters = filters;
        this.properties = properties;
        this.cache = cache;
    }

    @GetMapping("/feeds/{file}")
    ResponseEntity<byte[]> feed(@PathVariable String file, @RequestParam Map<String, String> params,
            WebRequest request) throws XMLStreamException {
        FeedFormat format = FeedFormat.ofFile(file);
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        PublishProperties.NamedFeed named = properties.feeds().get(name);
        if (format == null || (named == null && !LATEST.equals(name))) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "feed-not-found", "Feed not found",
                    "No feed " + file + "; feeds are " + feedNames() + " as .atom, .rss or .json");
        }
        // A named feed's own filter wins over request parameters of the same name.
        Map<String, String> filterParams = new TreeMap<>(params);
        if (named != null) {
            filterParams.putAll(named.filter());
        }
        ArticleFilter filter = filters.parse(filterParams);

        // Links in the feed name the host it was asked on, so the host is part of the cache key.
        String key = FeedCache.key(format, name, params, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        RenderedFeed cached = cache.fresh(key);
        if (cached != null) {
            return cached.answer(request);
        }
        // One request renders; the others wait for it instead of all rendering the same feed.
        synchronized (cache.lock(key)) {
            cached = cache.fresh(key);
            return cached != null ? cached.answer(request) : render(key, format, name, named, filter, params, request);
        }
    }

    private ResponseEntity<byte[]> render(String key, FeedFormat format, String name, PublishProperties.NamedFeed named,
            ArticleFilter filter, Map<String, String> params, WebRequest request) throws XMLStreamException {
        long marker = cache.marker();
        FeedState state = reader.feedState();
        // Anything stored changes sequence or count; the variant covers format, feed and query.
        String etag = "\"" + state.newestSeq() + "-" + state.visibleCount() + "-"
                + variant(format, name, request.getDescription(false) + "?" + new TreeMap<>(params)) + "\"";
        long lastModified = state.lastChange() == null ? -1 : state.lastChange().toEpochMilli();
        RenderedFeed stale = cache.stale(key);
        if (stale != null && stale.etag().equals(etag) && stale.lastModified() == lastModified) {
            // Nothing changed in the database either (e.g. only the revalidation time passed).
            RenderedFeed revalidated = stale.revalidated(marker, System.nanoTime());
            cache.put(key, revalidated);
            return revalidated.answer(request);
        }
        AtomFeed feed = document(name, named, format, filter, params, state);
        byte[] body = switch (format) {
            case ATOM -> xml(out -> AtomFeedWriter.write(feed, out));
            case RSS -> xml(out -> RssFeedWriter.write(feed, out));
            case JSON -> JsonFeedWriter.write(feed);
        };
        String link = feed.hub() == null ? null
                : "<" + feed.hub() + ">; rel=\"hub\", <" + feed.selfUrl() + ">; rel=\"self\"";
        RenderedFeed rendered = new RenderedFeed(body, format.mediaType(), etag, lastModified, link,
                properties.feedMaxAge(), marker, System.nanoTime());
        cache.put(key, rendered);
        return rendered.answer(request);
    }

    private AtomFeed document(String name, PublishProperties.NamedFeed named, FeedFormat format, ArticleFilter filter,
            Map<String, String> params, FeedState state) {
        List<AtomFeed.AtomEntry> entries = entries(filter);
        OffsetDateTime updated = entries.stream().map(AtomFeed.AtomEntry::updated)
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElseGet(() -> utc(Objects.requireNonNullElse(state.lastChange(), Instant.EPOCH)));
        String title = named != null && named.title() != null ? named.title() : properties.feedTitle();
        // The feed id names the feed and its own filter, never the format: one feed, three renderings.
        String id = "urn:wirestream:feed:" + name;
        Map<String, String> filterOnly = new TreeMap<>(params);
        filterOnly.keySet().retainAll(Set.of("q", "topic", "person", "place", "organisation", "source", "lang",
                "since", "until", "story"));
        if (named == null && !filterOnly.isEmpty()) {
            id += ":" + variant(null, name, filterOnly.toString());
        }
        String alternate = ServletUriComponentsBuilder.fromCurrentContextPath().path("/v1/articles")
                .queryParams(toMulti(named != null ? named.filter() : filterOnly)).toUriString();
        // The self link lists the query sorted, like the cache key: one cached rendering serves every order.
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri().queryParams(toMulti(params)).toUriString();
        return new AtomFeed(id, title, self,
                alternate, updated, FEED_AUTHOR, GENERATOR, entries,
                blankToNull(properties.websubHub()));
    }

    /** Newest first; with one-per-story, only the newest article of each story. */
    private List<AtomFeed.AtomEntry> entries(ArticleFilter filter) {
        int size = properties.feedSize();
        List<AtomFeed.AtomEntry> entries = new ArrayList<>(size);
        Set<String> stories = new HashSet<>();
        ArticleReader.Position after = null;
        // Reading in pages bounds the work when many articles share few stories.
        for (int round = 0; round < 5 && entries.size() < size; round++) {
            List<ArticleHit> hits = reader.find(filter, after, size * 2);
            for (ArticleHit hit : hits) {
                StoredArticle article = hit.article();
                if (!properties.feedOnePerStory() || stories.add(article.storyId())) {
                    entries.add(entry(article));
                    if (entries.size() == size) {
                        break;
                    }
                }
            }
            if (hits.size() < size * 2) {
                break;
            }
            ArticleHit last = hits.getLast();
            after = new ArticleReader.Position(last.article().seq(), last.rank());
        }
        return entries;
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
                item.body("text/plain"), link, article.corrected());
    }

    private String feedNames() {
        List<String> names = new ArrayList<>(List.of(LATEST));
        names.addAll(new TreeMap<>(properties.feeds()).keySet());
        return String.join(", ", names);
    }

    private static String variant(FeedFormat format, String name, String query) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((format + "\n" + name + "\n" + query).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.springframework.util.MultiValueMap<String, String> toMulti(Map<String, String> map) {
        var multi = new org.springframework.util.LinkedMultiValueMap<String, String>();
        new LinkedHashMap<>(new TreeMap<>(map)).forEach(multi::add);
        return multi;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static byte[] xml(XmlBody body) throws XMLStreamException {
        var out = new ByteArrayOutputStream(16 * 1024);
        body.write(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(java.io.OutputStream out) throws XMLStreamException;
    }

    /** The three formats, by file extension. */
    enum FeedFormat {
        ATOM("atom", "application/atom+xml;charset=utf-8"),
        RSS("rss", "application/rss+xml;charset=utf-8"),
        JSON("json", "application/feed+json;charset=utf-8");

        private final String extension;
        private final MediaType mediaType;

        FeedFormat(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = MediaType.parseMediaType(mediaType);
        }

        MediaType mediaType() {
            return mediaType;
        }

        /** The format a feed file name asks for ("latest.atom"), or null. */
        static FeedFormat ofFile(String file) {
            int dot = file.lastIndexOf('.');
            return dot < 0 ? null : byExtension(file.substring(dot + 1));
        }

        static FeedFormat byExtension(String extension) {
            for (FeedFormat format : values()) {
                if (format.extension.equals(extension)) {
                    return format;
                }
            }
            return null;
        }
    }
}
