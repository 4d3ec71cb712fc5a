package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.accept.AcceptedSummary;
import io.wirestream.ingest.accept.ArticleAcceptor;
import io.wirestream.ingest.accept.AuditProperties;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real local HTTP server and a real broker: conditional GET, Retry-After, and no re-emission after a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties =
        "wirestream.ingest.sources.feedwire.feed.interval=1h")
@Import(RealKafka.class)
class FeedPollerIT {

    private static final String RUN = UUID.randomUUID().toString();
    private static final AtomicInteger requests = new AtomicInteger();
    private static final AtomicInteger notModified = new AtomicInteger();
    private static final Map<String, AtomicInteger> pageRequests = new java.util.concurrent.ConcurrentHashMap<>();
    private static final HttpServer server = server();
    private static final String DATA_DIR = "target/feed-data-" + RUN;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    FeedPoller poller;

    @Autowired
    IngestProperties properties;

    @Autowired
    RawArticlePublisher publisher;

    @DynamicPropertySource
    static void feed(DynamicPropertyRegistry registry) {
        registry.add("wirestream.ingest.sources.feedwire.feed.url",
                () -> "http://127.0.0.1:" + server.getAddress().getPort() + "/news.rss");
        registry.add("wirestream.ingest.data-dir", () -> DATA_DIR);
    }

    private static HttpServer server() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/news.rss", exchange -> {
                requests.incrementAndGet();
                if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                byte[] body = rss().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            s.createContext("/teaser.rss", exchange -> send(exchange, 200, "application/rss+xml; charset=utf-8",
                    teaserRss(exchange.getLocalAddress().getPort()).getBytes(StandardCharsets.UTF_8)));
            // The article pages: one behind a redirect, in Latin-1 as its Content-Type says; one gone.
            s.createContext("/go/", exchange -> {
                pageRequests.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
                exchange.getResponseHeaders().add("Location", "/page/" + exchange.getRequestURI().getPath().substring(4));
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            s.createContext("/page/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                pageRequests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
                userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                if (path.equals("/page/harbour")) {
                    send(exchange, 200, "text/html; charset=ISO-8859-1", PAGE.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    send(exchange, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8));
                }
            });
            s.createContext("/news.json", exchange -> send(exchange, 200, "application/feed+json",
                    jsonFeed().getBytes(StandardCharsets.UTF_8)));
            s.createContext("/maintenance.rss", exchange -> {
                exchange.getResponseHeaders().add("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(5)));
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            s.createContext("/down.rss", exchange -> {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            s.createContext("/busy.rss", exchange -> {
                exchange.getResponseHeaders().add("Retry-After", "120");
                exchange.sendResponseHeaders(429, -1);
                exchange.close();
            });
            s.start();
            return s;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Queue<String> userAgents = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final String PAGE = """
            <!doctype html><html><head><title>Harbour reopens</title></head><body><article>
            <h1>Harbour reopens</h1><p>TROMSØ -- The harbour reopened on Tuesday after the storm.</p>
            </article></body></html>""";

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body)
            throws java.io.IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Two teasers (one page fetched through a redirect, one page gone) and one item with its whole text. */
    private static String teaserRss(int port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Nordwire</title>
                  <item><title>Harbour reopens</title><link>http://127.0.0.1:%2$d/go/harbour</link>
                    <guid>tz-%1$s-harbour</guid><dc:creator>Ingrid Solberg</dc:creator>
                    <pubDate>Thu, 14 Mar 2024 12:00:00 GMT</pubDate>
                    <description>The harbour reopens.</description></item>
                  <item><title>Bridge closed</title><link>http://127.0.0.1:%2$d/page/bridge</link>
                    <guid>tz-%1$s-bridge</guid><description>The bridge is closed.</description></item>
                  <item><title>Whole story</title><link>http://127.0.0.1:%2$d/page/whole</link>
                    <guid>tz-%1$s-whole</guid>
                    <description>One two three four five six seven eight nine ten eleven twelve.</description></item>
                </channel></rss>""".formatted(RUN, port);
    }

    private static String jsonFeed() {
        return """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Nordwire JSON",
                 "items": [
                   {"id": "js-%1$s-1", "url": "https://nordwire.example/js1", "title": "Salmon prices rise",
                    "content_html": "<p>BERGEN -- Salmon prices rose.</p>", "date_published": "2024-03-14T10:00:00Z"},
                   {"id": "js-%1$s-2", "url": "https://nordwire.example/js2", "title": "Snow in May",
                    "content_text": "OSLO -- Snow fell.", "authors": [{"name": "Kari Nordmann"}]}
                 ]}""".formatted(RUN);
    }

    private static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Nordwire</title>
                    <item><title>Cod quota cut</title><link>https://nordwire.example/cod</link>
                      <guid isPermaLink="false">nw-%1$s-cod</guid><dc:creator>Ingrid Solberg</dc:creator>
                      <pubDate>Thu, 14 Mar 2024 11:05:00 GMT</pubDate>
                      <description>&lt;p&gt;Teaser&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>TROMSØ -- Norway and Russia cut the cod quota.</p>]]></content:encoded></item>
                    <item><title>Ferry strike ends</title><link>https://nordwire.example/ferry-%1$s</link>
                      <description>&lt;p&gt;OSLO -- Ferries run again.&lt;/p&gt;</description></item>
                  </channel>
                </rss>""".formatted(RUN);
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void pollsConditionallyAndNeverReEmitsAfterARestart() throws Exception {
        List<RawArticle> first = await(2);
        assertThat(first).extracting(a -> a.provider().guid())
                .containsExactlyInAnyOrder("nw-" + RUN + "-cod", "https://nordwire.example/ferry-" + RUN);
        RawArticle cod = first.stream().filter(a -> a.provider().guid().endsWith("-cod")).findFirst().orElseThrow();
        assertThat(cod.format()).isEqualTo(WireFormat.HTML);
        assertThat(cod.payload()).isEqualTo("<p>TROMSØ -- Norway and Russia cut the cod quota.</p>");
        assertThat(cod.provider().headline()).isEqualTo("Cod quota cut");
        assertThat(cod.provider().byline()).isEqualTo("Ingrid Solberg");
        assertThat(cod.provider().versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));

        IngestProperties.Feed feed = properties.sources().get("feedwire").feed();
        assertThat(poller.pollOnce("feedwire", feed)).isEqualTo(Duration.ofHours(1));
        assertThat(notModified.get()).as("second poll is conditional").isEqualTo(1);

        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(DATA_DIR, "feed-validators.properties")))
                .as("validators kept on disk").contains("feedwire.etag=\"v1\"");

        // A restart: a fresh poller reading its validators and a ledger back from the data directory.
        FeedPoller restarted = restartedPoller();
        int before = requests.get();
        assertThat(restarted.pollOnce("feedwire", feed)).isEqualTo(Duration.ofHours(1));
        assertThat(requests.get()).isEqualTo(before + 1);
        assertThat(notModified.get()).as("the first poll after the restart is conditional").isEqualTo(2);
        assertThat(count(Duration.ofSeconds(3))).as("nothing re-emitted").isEqualTo(2);
    }

    /**
     * A restart: a new poller and ledger reading what the running one left on disk. They read a copy of
     * the data directory, because a second ledger on the live directory compacts the file under the
     * running ledger's open writer (two processes never share one data directory).
     */
    private FeedPoller restartedPoller() {
        Path copy = Path.of(DATA_DIR + "-restart-" + UUID.randomUUID());
        try (Stream<Path> files = Files.walk(Path.of(DATA_DIR))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(Path.of(DATA_DIR).relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestProperties p = properties;
        IngestProperties restarted = new IngestProperties(p.maxPayloadSize(), p.articleBaseUrl(), p.sources(), p.kafka(),
                p.topic(), p.maxBatchItems(), p.maxDecompressedSize(), copy, p.ledger());
        AcceptedLedger ledger = new AcceptedLedger(restarted, new io.wirestream.ingest.datadir.DataDirLock(restarted));
        return new FeedPoller(restarted, new ArticleAcceptor(publisher, ledger, restarted, new SimpleMeterRegistry(),
                new AcceptedSummary(new AuditProperties(null))),
                ledger);
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void teaserItemsAreSentAsTheirFullPagesAndAFailedPageLeavesTheTeaser() {
        IngestProperties.Feed feed = new IngestProperties.Feed(local("/teaser.rss"), Duration.ofHours(1),
                IngestProperties.FullPage.AUTO, 10);
        poller.pollOnce("teaserwire", feed);

        List<RawArticle> sent = await(3, "teaserwire");
        RawArticle harbour = sent.stream().filter(a -> a.provider().guid().endsWith("-harbour")).findFirst().orElseThrow();
        assertThat(harbour.format()).isEqualTo(WireFormat.HTML);
        assertThat(harbour.payload()).as("the page, decoded by its Content-Type's charset").isEqualTo(PAGE);
        assertThat(harbour.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
        assertThat(harbour.provider().headline()).isEqualTo("Harbour reopens");
        assertThat(harbour.provider().byline()).isEqualTo("Ingrid Solberg");
        assertThat(harbour.provider().versionCreated()).isEqualTo(Instant.parse("2024-03-14T12:00:00Z"));
        RawArticle bridge = sent.stream().filter(a -> a.provider().guid().endsWith("-bridge")).findFirst().orElseThrow();
        assertThat(bridge.payload()).as("page gone: the teaser is sent").isEqualTo("The bridge is closed.");
        assertThat(pageRequests.get("/page/whole")).as("an item with its whole text is not fetched").isNull();
        assertThat(pageRequests.get("/go/harbour")).hasValue(1);
        assertThat(pageRequests.get("/page/harbour")).hasValue(1);
        assertThat(userAgents).allMatch(ua -> ua.startsWith("wirestream-ingest"));

        // After a restart the items are known: no page is fetched again and nothing is sent again.
        restartedPoller().pollOnce("teaserwire", feed);
        assertThat(pageRequests.get("/page/harbour")).hasValue(1);
        assertThat(pageRequests.get("/page/bridge")).hasValue(1);
        assertThat(count(Duration.ofSeconds(3), "teaserwire")).isEqualTo(3);
    }

    @Test
    void aJsonFeedIsNotReEmittedAfterARestart() {
        IngestProperties.Feed feed = new IngestProperties.Feed(local("/news.json"), Duration.ofHours(1));
        poller.pollOnce("jsonwire", feed);
        List<RawArticle> sent = await(2, "jsonwire");
        assertThat(sent).extracting(a -> a.provider().guid())
                .containsExactlyInAnyOrder("js-" + RUN + "-1", "js-" + RUN + "-2");

        // The server ignores validators here, so the restarted poller gets the whole feed again.
        restartedPoller().pollOnce("jsonwire", feed);
        assertThat(count(Duration.ofSeconds(3), "jsonwire")).as("nothing re-emitted").isEqualTo(2);
    }

    @Test
    void unavailableWithoutRetryAfterBacksOffDoublingUpToAnHour() {
        IngestProperties.Feed down = new IngestProperties.Feed(local("/down.rss"), Duration.ofMinutes(10));
        assertThat(poller.pollOnce("downwire", down)).isEqualTo(Duration.ofMinutes(20));
        assertThat(poller.pollOnce("downwire", down)).isEqualTo(Duration.ofMinutes(40));
        assertThat(poller.pollOnce("downwire", down)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retryAfterIsHonoured() {
        IngestProperties.Feed busy = new IngestProperties.Feed(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/busy.rss"), Duration.ofMinutes(5));
        assertThat(poller.pollOnce("feedwire", busy)).isEqualTo(Duration.ofSeconds(120));
        IngestProperties.Feed maintenance = new IngestProperties.Feed(local("/maintenance.rss"), Duration.ofMinutes(1));
        assertThat(poller.pollOnce("feedwire", maintenance)).as("503 with Retry-After as an HTTP date")
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
    }

    private List<RawArticle> await(int n) {
        return await(n, "feedwire");
    }

    private List<RawArticle> await(int n, String source) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<RawArticle> found = List.of();
        while (System.nanoTime() < deadline && found.size() < n) {
            found = read(Duration.ofSeconds(2), source);
        }
        assertThat(found).hasSize(n);
        return found;
    }

    private int count(Duration window) {
        return count(window, "feedwire");
    }

    private int count(Duration window, String source) {
        return read(window, source).size();
    }

    private List<RawArticle> read(Duration window, String source) {
        List<RawArticle> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "feed-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key() != null && record.key().startsWith(source + ":") && record.key().contains(RUN)) {
                        ContractSchemas.assertValid(Topics.RAW, record.value());
                        found.add(EventJson.fromBytes(record.value(), RawArticle.class));
                    }
                }
            }
        }
        return found;
    }
}
