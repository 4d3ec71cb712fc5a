package io.wirestream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Topics;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline, as a user runs it: the launcher starts a real Kafka broker, a real
 * PostgreSQL and the three service jars; the test posts wire copy to ingest and reads what publish
 * serves. Any broken stage (ingest, extraction, dedupe, storage, feed) fails it.
 */
class PipelineEndToEndIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalStack stack;
    private static String kafkaBootstrap;

    @BeforeAll
    static void startTheStack() throws IOException {
        Path home = ROOT.resolve("local-stack/target/e2e-stack");
        deleteRecursively(home);
        var settings = new StackSettings(ROOT, home,
                env("WIRESTREAM_TEST_KAFKA_BOOTSTRAP_SERVERS"), env("WIRESTREAM_TEST_JDBC_URL"),
                Optional.ofNullable(env("WIRESTREAM_TEST_JDBC_USER")).orElse("postgres"),
                Optional.ofNullable(env("WIRESTREAM_TEST_JDBC_PASSWORD")).orElse("postgres"),
                Map.of("ingest", Ports.anyFree(), "enrich", Ports.anyFree(), "publish", Ports.anyFree()));
        stack = new LocalStack(settings, System.out).start();
        kafkaBootstrap = stack.kafkaBootstrapServers();
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void seedStoryTravelsTheWholeWayAndARepostStoresNothingNew() throws Exception {
        Path seed = SharedFiles.require("samples/xinhua-2012-11-23-russia-us.txt");
        JsonNode expected = EventJson.mapper().readTree(
                Files.readString(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.expected.json")));

        HttpResponse<String> accepted = postToIngest(Files.readAllBytes(seed), "text/plain; charset=utf-8");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = json(accepted.body()).get("id").asString();
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/v1/articles/" + id));

        JsonNode article = awaitArticle(id);
        String headline = expected.get("headline").asString();
        assertThat(article.get("headlines").get(0).get("value").asString()).isEqualTo(headline);
        assertThat(article.get("located").asString()).isEqualToIgnoringCase(expected.get("dateline").get("place").asString());
        assertThat(article.get("language").asString()).isEqualTo(expected.get("language").asString());

        String text = body(article, "text/plain");
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertThat(paragraphs).hasSize(expected.get("bodyParagraphs").asInt());
        assertThat(paragraphs.getFirst().replaceFirst("^MOSCOW, Nov\\. 23 \\(Xinhua\\) -- ", ""))
                .startsWith(expected.get("bodyStartsWith").asString());
        assertThat(text).endsWith(expected.get("bodyEndsWith").asString());
        String html = body(article, "text/html");
        for (JsonNode forbidden : expected.get("bodyMustNotContain")) {
            assertThat(text).doesNotContain(forbidden.asString());
            assertThat(html).doesNotContain(forbidden.asString().replace(">", "&gt;"));
        }

        // tagging reached publish: the article is found by the people and topics enrich tagged
        assertThat(listedIds("person=Sergei%20Lavrov")).contains(id);
        assertThat(listedIds("topic=medtop:11000000")).contains(id);

        SyndEntry entry = feedEntry(headline);
        assertThat(entry.getUri()).isEqualTo(article.get("uri").asString());
        String content = entry.getContents().getFirst().getValue();
        assertThat(content).contains(expected.get("bodyStartsWith").asString());
        for (JsonNode forbidden : expected.get("bodyMustNotContain")) {
            assertThat(content).doesNotContain(forbidden.asString());
        }

        // The same page again: ingest answers with the same id (200 once it remembers the item,
        // 202 before) and publish keeps one article at version 1.
        HttpResponse<String> again = postToIngest(Files.readAllBytes(seed), "text/plain; charset=utf-8");
        assertThat(again.statusCode()).isIn(200, 202);
        assertThat(json(again.body()).get("id").asString()).isEqualTo(id);

        // The same story with Windows line ends and no-break spaces is new content to ingest, so it
        // gets its own id; enrich must still see the same body and call it an exact duplicate, and
        // publish must store nothing new.
        String retyped = Files.readString(seed).replace("\n", "\r\n").replace("Russia and the United States",
                "Russia\u00a0and the\u00a0United States");
        HttpResponse<String> copy = postToIngest(retyped.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        assertThat(copy.statusCode()).isEqualTo(202);
        String copyId = json(copy.body()).get("id").asString();
        assertThat(copyId).isNotEqualTo(id);
        JsonNode verdict = awaitVerdict(copyId);
        assertThat(verdict.get("kind").asString()).isEqualTo("exact");
        assertThat(verdict.get("of").asString()).isEqualTo(id);
        awaitPublishCounted("wirestream_publish_duplicates_total");
        assertThat(listedIds()).containsOnlyOnce(id).doesNotContain(copyId);
        assertThat(get(stack.url("publish") + "/v1/articles/" + copyId).statusCode()).isEqualTo(404);
        assertThat(awaitArticle(id).get("version").asString()).isEqualTo("1");
    }

    @Test
    void demoWireCopyInEveryFormatReachesTheFeed() throws Exception {
        new DemoWireCopy().post(stack.url("ingest"), stack.demoApiKey(), System.out);
        for (String headline : List.of(
                "Dockworkers end three-day strike after pay deal in Rotterdam",
                "Alpine glaciers lost a record 4 percent of their ice this year, survey finds",
                "Baltic rail link passes final safety test ahead of December opening")) {
            SyndEntry entry = feedEntry(headline);
            String content = entry.getContents().getFirst().getValue();
            assertThat(content).doesNotContain("Most Read", "Privacy", "Most popular", "Editor:", ">>");
            assertThat(entry.getAuthors()).isNotEmpty();
        }
    }

    private static HttpResponse<String> postToIngest(byte[] body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("ingest") + "/v1/articles"))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + stack.demoApiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitArticle(String id) {
        return await("article " + id + " in publish", () -> {
            HttpResponse<String> response = get(stack.url("publish") + "/v1/articles/" + id);
            return response.statusCode() == 200 ? json(response.body()) : null;
        });
    }

    private static SyndEntry feedEntry(String title) {
        return await("feed entry '" + title + "'", () -> {
            HttpResponse<String> response = get(stack.url("publish") + "/feeds/latest.atom");
            if (response.statusCode() != 200) {
                return null;
            }
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/atom+xml"));
            SyndFeed feed = parseFeed(response.body());
            return feed.getEntries().stream().filter(e -> title.equals(e.getTitle())).findFirst().orElse(null);
        });
    }

    /** The dedupe verdict enrich produced for an article id. */
    private static JsonNode awaitVerdict(String id) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED));
            Instant deadline = Instant.now().plus(ARRIVAL_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = EventJson.mapper().readTree(record.value());
                    if (id.equals(event.get("id").asString())) {
                        return event.get("dedupe");
                    }
                }
            }
            throw new AssertionError("no enriched record for " + id + " within " + ARRIVAL_TIMEOUT.toSeconds() + " s");
        }
    }

    /** Waits until publish's Prometheus endpoint shows a counter above zero. */
    private static void awaitPublishCounted(String metric) {
        await(metric + " in publish metrics", () -> {
            String body = get(stack.url("publish") + "/actuator/prometheus").body();
            return body.lines().filter(l -> l.startsWith(metric))
                    .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .filter(v -> v > 0).findFirst().orElse(null);
        });
    }

    private static List<String> listedIds() throws Exception {
        return listedIds("");
    }

    private static List<String> listedIds(String filter) throws Exception {
        JsonNode page = json(get(stack.url("publish") + "/v1/articles?limit=100&" + filter).body());
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            String uri = item.get("uri").asString();
            ids.add(uri.substring(uri.lastIndexOf(':') + 1));
        }
        return ids;
    }

    private static String body(JsonNode article, String contentType) {
        for (JsonNode body : article.get("bodies")) {
            if (contentType.equals(body.get("contentType").asString())) {
                return body.get("value").asString();
            }
        }
        throw new AssertionError("no " + contentType + " body in " + article);
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(ARRIVAL_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + ARRIVAL_TIMEOUT.toSeconds() + " s waiting for " + what);
    }

    private static SyndFeed parseFeed(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("the Atom feed does not parse: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(String body) {
        return EventJson.mapper().readTree(body);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
