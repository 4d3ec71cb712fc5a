package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.accept.ArticleAcceptor;
import io.wirestream.ingest.idempotency.AcceptedLedger;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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

    private FeedPoller restartedPoller() {
        return new FeedPoller(properties, new ArticleAcceptor(publisher, new AcceptedLedger(properties), properties,
                new SimpleMeterRegistry()));
    }

    @Test
    void retryAfterIsHonoured() {
        IngestProperties.Feed busy = new IngestProperties.Feed(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/busy.rss"), Duration.ofMinutes(5));
        assertThat(poller.pollOnce("feedwire", busy)).isEqualTo(Duration.ofSeconds(120));
    }

    private List<RawArticle> await(int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<RawArticle> found = List.of();
        while (System.nanoTime() < deadline && found.size() < n) {
            found = read(Duration.ofSeconds(2));
        }
        assertThat(found).hasSize(n);
        return found;
    }

    private int count(Duration window) {
        return read(window).size();
    }

    private List<RawArticle> read(Duration window) {
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
                    if (record.key() != null && record.key().startsWith("feedwire:") && record.key().contains(RUN)) {
                        ContractSchemas.assertValid(Topics.RAW, record.value());
                        found.add(EventJson.fromBytes(record.value(), RawArticle.class));
                    }
                }
            }
        }
        return found;
    }
}
