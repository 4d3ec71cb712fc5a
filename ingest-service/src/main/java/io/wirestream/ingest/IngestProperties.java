package io.wirestream.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything ingest-service can be told, under {@code wirestream.ingest}.
 *
 * @param maxPayloadSize largest request body accepted
 * @param articleBaseUrl where publish-service serves an article; the Location header is this plus "/id"
 * @param sources        the sources allowed to push, by name; the name becomes RawArticle.source
 * @param kafka          how long to wait for Kafka and what to tell clients when it does not answer
 * @param topic          how the raw topic is created when it does not exist yet
 * @param maxBatchItems  most items one request may carry (JSON array, newsMessage)
 * @param maxDecompressedSize largest body after gzip decompression
 * @param dataDir        where ingest keeps its own durable state (the ledger of accepted items)
 * @param ledger         how long and how many accepted items the ledger remembers
 */
@ConfigurationProperties("wirestream.ingest")
public record IngestProperties(
        @DefaultValue("2MB") DataSize maxPayloadSize,
        @DefaultValue("http://localhost:8083/v1/articles") URI articleBaseUrl,
        Map<String, Source> sources,
        @DefaultValue Kafka kafka,
        @DefaultValue Topic topic,
        @DefaultValue("100") int maxBatchItems,
        @DefaultValue("16MB") DataSize maxDecompressedSize,
        Path dataDir,
        @DefaultValue Ledger ledger) {

    @ConstructorBinding
    public IngestProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        dataDir = dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir"), "wirestream-ingest");
        ledger = ledger != null ? ledger : new Ledger(Duration.ofDays(30), 2_000_000);
        if (maxBatchItems < 1) {
            throw new IllegalArgumentException("wirestream.ingest.max-batch-items must be at least 1");
        }
        if (maxDecompressedSize.toBytes() < maxPayloadSize.toBytes()
                || maxDecompressedSize.toBytes() > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException(
                    "wirestream.ingest.max-decompressed-size must be between max-payload-size and 512MB");
        }
        if (maxPayloadSize.toBytes() < 1 || maxPayloadSize.toBytes() > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("wirestream.ingest.max-payload-size must be between 1B and 512MB");
        }
    }

    public IngestProperties(DataSize maxPayloadSize, URI articleBaseUrl, Map<String, Source> sources, Kafka kafka,
            Topic topic, int maxBatchItems, DataSize maxDecompressedSize, Path dataDir) {
        this(maxPayloadSize, articleBaseUrl, sources, kafka, topic, maxBatchItems, maxDecompressedSize, dataDir, null);
    }

    /**
     * The ledger of accepted items forgets an item after {@code retention} (a repeat later than that
     * reaches Kafka, where enrich's identity store still absorbs it), and keeps at most
     * {@code maxEntries} (the oldest go first), so memory and file stay bounded.
     *
     * @param retention  how long an accepted item is remembered
     * @param maxEntries most items remembered at once
     */
    public record Ledger(@DefaultValue("30d") Duration retention, @DefaultValue("2000000") int maxEntries) {

        public Ledger {
            if (retention == null || retention.isNegative() || retention.isZero() || maxEntries < 1) {
                throw new IllegalArgumentException("wirestream.ingest.ledger needs a positive retention and max-entries >= 1");
            }
        }
    }

    /** The Location of an article: the configured base URL and the id. */
    public String articleLocation(String articleId) {
        String base = articleBaseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + articleId;
    }

    /**
     * One sender's settings.
     *
     * @param apiKeySha256 lower- or upper-case hex SHA-256 of the source's API key; the key itself is never configured
     * @param rateLimit    optional: at most this many requests per period, answered 429 with Retry-After beyond it
     * @param dropFolder   optional: a directory watched for delivered files (then the API key may be left out)
     * @param feed         optional: an RSS/Atom feed polled for this source (then the API key may be left out)
     */
    public record Source(String apiKeySha256, RateLimit rateLimit, DropFolder dropFolder, Feed feed) {

        @ConstructorBinding
        public Source {
        }

        public Source(String apiKeySha256) {
            this(apiKeySha256, null, null, null);
        }

        public Source(String apiKeySha256, RateLimit rateLimit) {
            this(apiKeySha256, rateLimit, null, null);
        }

        public Source(String apiKeySha256, RateLimit rateLimit, DropFolder dropFolder) {
            this(apiKeySha256, rateLimit, dropFolder, null);
        }
    }

    /**
     * An RSS 2.0, Atom or JSON Feed polled for this source.
     *
     * @param url           the feed
     * @param interval      time between polls (backed off after 429/503 or errors)
     * @param fetchFullPage when to fetch an item's linked page and send that instead of the feed's text
     * @param teaserWords   with {@code auto}: an item with fewer words of content than this is a teaser
     */
    public record Feed(URI url, @DefaultValue("5m") Duration interval, @DefaultValue("never") FullPage fetchFullPage,
            @DefaultValue("60") int teaserWords) {

        @ConstructorBinding
        public Feed {
            if (url == null) {
                throw new IllegalArgumentException("a feed needs a url");
            }
            interval = interval != null ? interval : Duration.ofMinutes(5);
            fetchFullPage = fetchFullPage != null ? fetchFullPage : FullPage.NEVER;
            if (interval.isNegative() || interval.isZero() || teaserWords < 0) {
                throw new IllegalArgumentException("a feed needs a positive interval and teaser-words >= 0");
            }
        }

        public Feed(URI url, Duration interval) {
            this(url, interval, FullPage.NEVER, 60);
        }
    }

    /** Whether a feed item's own page is fetched: never, always, or when the item is only a teaser. */
    public enum FullPage {
        NEVER, ALWAYS, AUTO
    }

    /**
     * A directory a source delivers files into (as FTP deliveries land). A file is taken once its
     * size and modification time stayed unchanged for {@code stableFor}, or at once when a
     * {@code <name>.done} marker sits beside it; it then moves to {@code processed/} or {@code error/}.
     *
     * @param path         the directory
     * @param pollInterval how often it is scanned
     * @param stableFor    how long a file must stay unchanged before it counts as complete
     */
    public record DropFolder(Path path, @DefaultValue("2s") Duration pollInterval, @DefaultValue("2s") Duration stableFor) {

        public DropFolder {
            if (path == null) {
                throw new IllegalArgumentException("a drop-folder needs a path");
            }
        }
    }

    /**
     * A token bucket: {@code requests} may arrive at once, and they are given back evenly over {@code per}.
     *
     * @param requests requests allowed per period (also the burst)
     * @param per      the period
     */
    public record RateLimit(int requests, @DefaultValue("1s") Duration per) {

        public RateLimit {
            if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a source's rate-limit needs requests >= 1 and a positive period");
            }
        }
    }

    /**
     * @param sendTimeout   how long a request waits for Kafka to acknowledge; also bounds the producer's
     *                      max.block.ms and delivery.timeout.ms
     * @param retryAfter    sent as Retry-After (whole seconds) when Kafka cannot take a write
     * @param healthTimeout how long the readiness check waits for the cluster to answer
     */
    public record Kafka(
            @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("5s") Duration retryAfter,
            @DefaultValue("2s") Duration healthTimeout) {

        public Kafka {
            if (sendTimeout.toMillis() < 100) {
                throw new IllegalArgumentException("wirestream.ingest.kafka.send-timeout must be at least 100ms");
            }
        }
    }

    /**
     * @param partitions        partitions of news.raw.v1 when ingest creates it
     * @param replicationFactor replication factor of news.raw.v1 when ingest creates it
     * @param setupRetry        how often the topic set-up is retried while Kafka is unreachable
     */
    public record Topic(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
            @DefaultValue("10s") Duration setupRetry) {

        @ConstructorBinding
        public Topic {
            setupRetry = setupRetry != null ? setupRetry : Duration.ofSeconds(10);
            if (setupRetry.isNegative() || setupRetry.isZero()) {
                throw new IllegalArgumentException("wirestream.ingest.topic.setup-retry must be positive");
            }
        }

        public Topic(int partitions, short replicationFactor) {
            this(partitions, replicationFactor, null);
        }
    }
}
