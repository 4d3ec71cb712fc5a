package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The whole path against a real broker: HTTP push, Kafka acknowledgement, the record as consumers see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // sha256("it-secret")
        "wirestream.ingest.sources.itwire.api-key-sha256=febe37b0c14bf6d0817d3d1acc6df2780c76cdd0aedca050c8e2703df578fb1d",
        "wirestream.ingest.article-base-url=http://publish.test/v1/articles",
        "wirestream.ingest.data-dir=target/ingest-data-${random.uuid}"})
@Import(RealKafka.class)
class IngestApiIT {

    private static final String SOURCE = "itwire";
    private static final String NINJS_SAMPLE = "/samples/nordwire-2024-03-14-arctic-cod-quota.ninjs.json";
    private static final String TEXT_SAMPLE = "/samples/nordwire-2024-03-14-arctic-cod-quota.txt";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Instant testStart = Instant.now();

    @LocalServerPort
    int port;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    ProducerFactory<?, ?> producers;

    @Test
    void seedStoryAsPlainTextReachesKafkaAcknowledged() throws Exception {
        String text = Files.readString(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.txt"));
        String hash = ArticleIds.sha256(text);
        String expectedId = ArticleIds.forContent(SOURCE, hash);

        HttpResponse<String> response = post("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).contains("http://publish.test/v1/articles/" + expectedId);
        JsonNode body = EventJson.mapper().readTree(response.body());
        assertThat(body.get("id").asString()).isEqualTo(expectedId);
        assertThat(body.get("source").asString()).isEqualTo(SOURCE);
        assertThat(body.get("location").asString()).isEqualTo("http://publish.test/v1/articles/" + expectedId);

        ConsumerRecord<String, byte[]> record = consume(hash);
        ContractSchemas.assertValid(Topics.RAW, record.value());
        RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
        assertThat(article.id()).isEqualTo(expectedId);
        assertThat(article.source()).isEqualTo(SOURCE);
        assertThat(article.format()).isEqualTo(WireFormat.TEXT);
        assertThat(article.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(article.payload()).isEqualTo(text).contains("MOSCOW, Nov. 23 (Xinhua) --");
        assertThat(article.provider().guid()).isNull();
        assertCloudEventHeaders(record, article);
    }

    @Test
    void ownSampleAsNinjsCarriesProviderFields() throws Exception {
        byte[] json = resource(NINJS_SAMPLE);
        String guid = "urn:nordwire:2024:0314:fish-cod-quota";
        String expectedId = ArticleIds.forProviderItem(SOURCE, guid);

        HttpResponse<String> response = post("application/json", json);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).contains("http://publish.test/v1/articles/" + expectedId);

        ConsumerRecord<String, byte[]> record = consume(SOURCE + ":" + guid);
        ContractSchemas.assertValid(Topics.RAW, record.value());
        RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
        assertThat(article.id()).isEqualTo(expectedId);
        assertThat(article.format()).isEqualTo(WireFormat.NINJS);
        assertThat(article.payload()).isEqualTo(new String(json, StandardCharsets.UTF_8));
        assertThat(article.provider().guid()).isEqualTo(guid);
        assertThat(article.provider().version()).isEqualTo(2);
        assertThat(article.provider().headline()).startsWith("Norway and Russia agree cut");
        assertThat(article.provider().bodyText()).startsWith("TROMSØ, Norway, March 14 (Nordwire)");
        assertThat(article.provider().located()).isEqualTo("Tromsø, Norway");
        assertThat(article.provider().pubStatus()).isEqualTo("usable");
        assertThat(article.provider().versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(article.provider().subjects()).contains("medtop:04000000", "medtop:20000215");
        assertCloudEventHeaders(record, article);
    }

    @Test
    void ownSamplePageDumpInLatin1AndProbesAndMetrics() throws Exception {
        String text = new String(resource(TEXT_SAMPLE), StandardCharsets.UTF_8);
        HttpResponse<String> response = post("text/html; charset=ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(response.statusCode()).isEqualTo(202);

        ConsumerRecord<String, byte[]> record = consume(ArticleIds.sha256(text));
        ContractSchemas.assertValid(Topics.RAW, record.value());
        RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
        assertThat(article.payload()).isEqualTo(text).contains("TROMSØ");
        assertThat(article.format()).isEqualTo(WireFormat.HTML);
        assertThat(article.contentType()).isEqualTo("text/html;charset=ISO-8859-1");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode health = EventJson.mapper().readTree(readiness.body());
        assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("wirestream_ingest_accepted_total{").contains("source=\"itwire\"");
        // the push is served before Spring MVC's dispatcher: its request metric must still name the endpoint
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("method=\"POST\"") && line.contains("status=\"202\"")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("uri=\"/v1/articles\""));
    }

    @Test
    void newsMessageBatchBecomesOneRecordPerTextItem() throws Exception {
        String run = UUID.randomUUID().toString();
        String xml = new String(resource("/samples/formats/nordwire-message.newsml-g2.xml"), StandardCharsets.UTF_8)
                .replace("nordwire.example:", "it-" + run + ":");
        HttpResponse<String> response = post("application/xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode body = EventJson.mapper().readTree(response.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(3);
        assertThat(body.get("refused").asInt()).isEqualTo(2);

        String guid = "urn:newsml:it-" + run + ":20240314:energy-grid";
        ConsumerRecord<String, byte[]> record = consume(SOURCE + ":" + guid);
        ContractSchemas.assertValid(Topics.RAW, record.value());
        RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
        assertThat(article.id()).isEqualTo(ArticleIds.forProviderItem(SOURCE, guid))
                .isEqualTo(body.at("/items/1/id").asString());
        assertThat(article.format()).isEqualTo(WireFormat.NEWSML_G2);
        assertThat(article.payload()).startsWith("<newsItem").contains("energy-grid").doesNotContain("ferry-fire");
        assertThat(article.provider().signal()).isEqualTo("correction");
        assertThat(article.provider().version()).isEqualTo(2);
        assertThat(article.provider().headline()).isEqualTo("Strømnettet får ny eier");

        String killGuid = "urn:newsml:it-" + run + ":20240313:ferry-fire";
        RawArticle kill = EventJson.fromBytes(consume(SOURCE + ":" + killGuid).value(), RawArticle.class);
        assertThat(kill.provider().pubStatus()).isEqualTo("canceled");
    }

    @Test
    void theProducerBatchesWhileARequestIsInFlight() {
        // application.yml's defaults, which the load test measured (docs/ingest-performance.md, session 4)
        assertThat(producers.getConfigurationProperties())
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @Test
    void theEndpointAnswersUnderEverySpellingOfItsPath() throws Exception {
        // Served by a filter in front of the dispatcher: path parameters and percent-encoding must
        // not make it fall through to Spring MVC, which no longer maps this path.
        for (String path : List.of("/v1/articles;jsessionid=it", "/v1/%61rticles")) {
            String text = "OSLO -- Pushed to " + path + " in run " + UUID.randomUUID() + ".";
            HttpResponse<String> response = post(path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path).isEqualTo(202);
            RawArticle article = EventJson.fromBytes(consume(ArticleIds.sha256(text)).value(), RawArticle.class);
            assertThat(article.payload()).isEqualTo(text);
        }
        assertThat(post("/v1/articles/more", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSameItemPushedTwiceReachesKafkaOnce() throws Exception {
        String guid = "urn:nordwire:it-repeat:" + UUID.randomUUID();
        byte[] nitf = ("<nitf><head><docdata><doc-id id-string='" + guid + "'/><du-key version='1'/></docdata></head>"
                + "<body><body.head><hedline><hl1>Once only</hl1></hedline></body.head>"
                + "<body.content><p>OSLO -- Sent twice.</p></body.content></body></nitf>").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = post("application/xml", nitf);
        HttpResponse<String> second = post("text/xml", nitf);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        String id = ArticleIds.forProviderItem(SOURCE, guid);
        assertThat(EventJson.mapper().readTree(second.body()).get("id").asString()).isEqualTo(id);
        assertThat(EventJson.mapper().readTree(second.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(count(SOURCE + ":" + guid, Duration.ofSeconds(4))).isEqualTo(1);
    }

    /** How many records with this key this test run produced, polling for {@code window}. */
    private int count(String key, Duration window) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        int found = 0;
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private void assertCloudEventHeaders(ConsumerRecord<String, byte[]> record, RawArticle article) {
        assertThat(header(record, EventHeaders.CE_ID)).satisfies(id -> UUID.fromString(id));
        assertThat(header(record, EventHeaders.CE_SOURCE)).isEqualTo("/wirestream/ingest/" + SOURCE);
        assertThat(header(record, EventHeaders.CE_TYPE)).isEqualTo(EventHeaders.RAW_EVENT_TYPE);
        assertThat(header(record, EventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(Instant.parse(header(record, EventHeaders.CE_TIME))).isEqualTo(article.receivedAt());
        assertThat(header(record, EventHeaders.CE_SUBJECT)).isEqualTo(article.id());
        assertThat(header(record, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(record.headers().headers("__TypeId__")).as("no Spring type headers").isEmpty();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record with this key that this test run produced. */
    private ConsumerRecord<String, byte[]> consume(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())
                            && !EventJson.fromBytes(record.value(), RawArticle.class).receivedAt().isBefore(testStart)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + Topics.RAW + " within 30 s");
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return post("/v1/articles", contentType, body);
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer it-secret")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = IngestApiIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
