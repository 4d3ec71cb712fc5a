package io.wirestream.publish;

import static org.awaitility.Awaitility.await;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Topics;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import io.wirestream.testsupport.RealPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Shared set-up of the integration tests: every subclass runs in the one cached Spring context
 * (same annotations, no per-class overrides) against the real broker and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoint.health.group.readiness.show-components=always",
        "wirestream.publish.retry-interval=100ms",
        "wirestream.publish.feed-size=50",
        "wirestream.publish.media-topics=classpath:media-topics-sample.json",
        "wirestream.publish.websub-hub=https://hub.example.org/",
        "wirestream.publish.feeds.politics.title=Politics",
        "wirestream.publish.feeds.politics.filter.topic=medtop:11000000"})
@Import({RealKafka.class, RealPostgres.class})
public abstract class PublishItSupport {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaProducer<String, byte[]> producer;

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    /** Produces the article as enrich would, after proving the fixture honours the contract. */
    protected void produce(String key, EnrichedArticle article) {
        byte[] json = EventJson.toBytes(article);
        ContractSchemas.assertValid(Topics.ENRICHED, json);
        produceRaw(key, json);
    }

    protected void produceRaw(String key, byte[] value) {
        var record = new ProducerRecord<>(Topics.ENRICHED, key, value);
        record.headers().add(EventHeaders.CE_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CE_SOURCE, "/wirestream/enrich-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CE_TYPE, EventHeaders.ENRICHED_EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CE_SPECVERSION, EventHeaders.SPEC_VERSION.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CONTENT_TYPE, EventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce the test record", e);
        }
    }

    /** Produces the article and waits until the API serves it. */
    protected void produceAndAwait(String key, EnrichedArticle article) {
        produce(key, article);
        awaitStatus("/v1/articles/" + article.id(), 200);
    }

    protected void awaitStatus(String path, int status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> get(path).statusCode() == status);
    }

    protected HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    protected long versionRows(String articleId) {
        return jdbc.sql("SELECT count(*) FROM article_version WHERE article_id = :id").param("id", articleId)
                .query(Long.class).single();
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
