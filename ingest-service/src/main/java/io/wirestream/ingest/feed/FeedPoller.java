package io.wirestream.ingest.feed;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.accept.ArticleAcceptor;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Polls the RSS 2.0 / Atom / JSON Feed feeds of the sources that configure one. Conditional GET
 * ({@code If-None-Match} / {@code If-Modified-Since}); 429 and 503 are honoured with their
 * {@code Retry-After}, other failures back off (doubling, at most an hour). Each item is identified
 * by its guid (Atom id), else its link; an item is sent again only when its content changed, and
 * the ledger of accepted items makes that hold across restarts. Feeds that carry only teasers may
 * have each new item's linked page fetched and sent instead ({@code fetch-full-page}). The validators are kept in the data
 * directory, so the first poll after a restart is conditional too. Items are passed on as HTML for
 * enrich to extract, with title, author and date as provider fields.
 */
@Component
public class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final IngestProperties properties;
    private final ArticleAcceptor acceptor;
    private final AcceptedLedger ledger;
    private final ArticlePages pages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final FeedValidators validators;
    private final Map<String, Duration> backoff = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public FeedPoller(IngestProperties properties, ArticleAcceptor acceptor, AcceptedLedger ledger) {
        this.properties = properties;
        this.acceptor = acceptor;
        this.ledger = ledger;
        this.pages = new ArticlePages(properties.maxPayloadSize().toBytes());
        this.validators = new FeedValidators(properties.dataDir());
    }

    @Override
    public synchronized void start() {
        var feeds = properties.sources().entrySet().stream().filter(e -> e.getValue().feed() != null).toList();
        if (feeds.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("feed-poller").daemon().factory());
        for (var entry : feeds) {
            schedule(entry.getKey(), entry.getValue().feed(), Duration.ZERO);
            log.info("Polling feed {} for source {} every {}", entry.getValue().feed().url(), entry.getKey(),
                    entry.getValue().feed().interval());
        }
    }

    private void schedule(String source, IngestProperties.Feed feed, Duration delay) {
        ScheduledExecutorService current = scheduler;
        if (current == null) {
            return;
        }
        current.schedule(() -> {
            Duration next;
            try {
                next = pollOnce(source, feed);
            } catch (RuntimeException e) {
                log.warn("Polling feed {} of source {} failed: {}", feed.url(), source, e.toString());
                next = backOff(source, feed);
            }
            schedule(source, feed, next);
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** One poll; returns how long to wait before the next. */
    public Duration pollOnce(String source, IngestProperties.Feed feed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed.url()).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
                .header("User-Agent", "wirestream-ingest");
        FeedValidators.Validators known = validators.get(source, feed.url());
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) properties.maxPayloadSize().toBytes() + 1);
            }
        } catch (IOException e) {
            log.warn("Feed {} of source {} could not be fetched: {}", feed.url(), source, e.toString());
            return backOff(source, feed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return feed.interval();
        }
        int status = response.statusCode();
        if (status == 304) {
            backoff.remove(source);
            return feed.interval();
        }
        if (status == 429 || status == 503) {
            Duration retry = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            log.info("Feed {} of source {} answered {}; next poll in {}", feed.url(), source, status, retry);
            return retry != null ? retry : backOff(source, feed);
        }
        if (status != 200 || body.length > properties.maxPayloadSize().toBytes()) {
            log.warn("Feed {} of source {} answered {} ({} bytes); backing off", feed.url(), source, status, body.length);
            return backOff(source, feed);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        List<FeedItems.Item> items;
        try {
            items = FeedItems.read(ArticleIntake.decode(body, contentType == null ? null : MediaType.parseMediaType(contentType)));
        } catch (IngestException | org.springframework.http.InvalidMediaTypeException e) {
            log.warn("Feed {} of source {} is unreadable: {}", feed.url(), source, e.getMessage());
            return backOff(source, feed);
        }
        int sent = 0;
        for (FeedItems.Item item : items) {
            if (item.id() == null) {
                continue;
            }
            PreparedArticle prepared = prepare(source, item);
            if (ledger.acceptedAs(prepared.identity()).isPresent()) {
                continue; // seen before (also before a restart): no page fetch, nothing sent
            }
            try {
                if (wantsPage(feed, item)) {
                    prepared = withPage(source, item, prepared);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return feed.interval(); // validators not stored: the rest of the feed is read next time
            }
            try {
                if (!acceptor.accept(source, prepared, null).duplicate()) {
                    sent++;
                }
            } catch (IngestException e) {
                if (e.problem() == Problem.KAFKA_UNAVAILABLE) {
                    return backOff(source, feed); // validators not stored: the next poll fetches everything again
                }
                log.warn("Feed item {} of source {} refused: {}", item.id(), source, e.getMessage());
            }
        }
        validators.put(source, new FeedValidators.Validators(feed.url(), response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null)));
        backoff.remove(source);
        log.info("Feed {} of source {}: {} items, {} new or changed", feed.url(), source, items.size(), sent);
        return feed.interval();
    }

    /** always, or auto and the item's content is missing or shorter than the configured teaser length. */
    static boolean wantsPage(IngestProperties.Feed feed, FeedItems.Item item) {
        return switch (feed.fetchFullPage()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> words(item.html()) < feed.teaserWords();
        };
    }

    /** Words of text in an HTML fragment (tags and entities count as separators). */
    static int words(String html) {
        if (html == null) {
            return 0;
        }
        String text = html.replaceAll("<[^>]*>", " ").replaceAll("&[#a-zA-Z0-9]+;", " ").strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /**
     * The item's page in place of its teaser, with the feed's title, author and date as provider fields.
     * The key and identity stay those of the feed item: a page that changes by itself (ads, counters)
     * does not make the item news again, a changed feed item does. A page that cannot be had leaves
     * the teaser, so the story is not lost.
     */
    private PreparedArticle withPage(String source, FeedItems.Item item, PreparedArticle teaser)
            throws InterruptedException {
        try {
            ArticlePages.Page page = pages.fetch(item.link());
            RawArticle t = teaser.article();
            RawArticle article = new RawArticle(t.id(), t.source(), t.receivedAt(), WireFormat.HTML,
                    page.contentType(), page.html(), t.provider());
            return new PreparedArticle(article, teaser.key(), teaser.identity());
        } catch (ArticlePages.Unavailable e) {
            log.warn("Full page of feed item {} of source {} not used, sending the feed's text: {}", item.id(), source,
                    e.getMessage());
            return teaser;
        }
    }

    static PreparedArticle prepare(String source, FeedItems.Item item) {
        String payload = item.html() != null ? item.html() : item.title() != null ? item.title() : item.id();
        String contentHash = ArticleIds.sha256((item.title() == null ? "" : item.title()) + "\n" + payload);
        ProviderFields provider = new ProviderFields(item.id(), null, item.title(), null, null, item.author(), null,
                null, null, item.published(), null, List.of());
        RawArticle article = new RawArticle(ArticleIds.forProviderItem(source, item.id()), source, Instant.now(),
                WireFormat.HTML, "text/html;charset=UTF-8", payload, provider);
        // An unchanged item is a repeat (even after a restart); a changed one is sent as news again.
        return new PreparedArticle(article, ArticleIds.rawKey(source, item.id(), contentHash),
                "feed:" + source + ":" + item.id() + "#" + contentHash);
    }

    private Duration backOff(String source, IngestProperties.Feed feed) {
        Duration next = backoff.merge(source, feed.interval().multipliedBy(2),
                (old, ignored) -> old.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : old.multipliedBy(2));
        return next;
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
