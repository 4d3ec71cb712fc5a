package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.Topics;
import io.wirestream.publish.store.ArticleWriter;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import tools.jackson.databind.JsonNode;

/** Kafka in, PostgreSQL and the API out: idempotency, versions, duplicates, kills, dead letters. */
class ArticleStorageIT extends PublishItSupport {

    @Autowired
    MeterRegistry meters;

    @Autowired
    ArticleWriter writer;

    @Test
    void storingRunsInADatabaseTransaction() throws Exception {
        // The offset is committed after store() returns, so store() must have committed by then.
        assertThat(AopUtils.isAopProxy(writer)).isTrue();
        Method store = ArticleWriter.class.getMethod("store", EnrichedArticle.class);
        assertThat(new AnnotationTransactionAttributeSource().getTransactionAttribute(store, ArticleWriter.class))
                .isNotNull();
    }

    @Test
    void aReplayedRecordIsStoredOnce() {
        String id = Fixtures.newId();
        var article = Fixtures.original(id, "Replayed story");
        produce(id, article);
        produce(id, article);
        // Same key, same partition: once the marker is served, both copies have been consumed.
        String marker = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(marker, "Marker"));

        assertThat(versionRows(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE article_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        HttpResponse<String> response = get("/v1/articles/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(meters.counter("wirestream.publish.replayed", "kind", "original").count()).isPositive();
    }

    @Test
    void aHigherVersionReplacesTheCurrentOneAndBothAreKept() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "First take"));
        produce(id, Fixtures.version(id, 2, "Second take"));
        await().atMost(WAIT).until(() -> json(get("/v1/articles/" + id)).path("version").asString().equals("2"));

        JsonNode item = json(get("/v1/articles/" + id));
        assertThat(item.path("headlines").get(0).path("value").asString()).isEqualTo("Second take");
        assertThat(item.path("versionCreated").asString()).isEqualTo("2012-11-23T20:09:24+08:00");
        assertThat(versionRows(id)).isEqualTo(2);
        List<String> uris = uris(json(get("/v1/articles?limit=100")));
        assertThat(uris).containsOnlyOnce(Fixtures.uri(id));

        // A late, lower version lands in the history but does not become current.
        produce(id, Fixtures.version(id, 4, "Fourth take"));
        produce(id, Fixtures.version(id, 3, "Third take, late"));
        produceAndAwait(id, Fixtures.original(Fixtures.newId(), "Marker"));
        assertThat(versionRows(id)).isEqualTo(4);
        assertThat(json(get("/v1/articles/" + id)).path("version").asString()).isEqualTo("4");
    }

    @Test
    void anExactDuplicateIsRecordedButNotStoredAsAnArticle() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Only once"));
        String duplicate = Fixtures.newId();
        double before = meters.counter("wirestream.publish.duplicates", "kind", "exact").count();
        produce(id, Fixtures.exactDuplicate(duplicate, id, "Only once"));
        produceAndAwait(id, Fixtures.original(Fixtures.newId(), "Marker"));

        assertThat(get("/v1/articles/" + duplicate).statusCode()).isEqualTo(404);
        assertThat(versionRows(duplicate)).isZero();
        // Recorded against its original, so the story can list it.
        assertThat(jdbc.sql("SELECT original_id FROM article_duplicate WHERE article_id = :id").param("id", duplicate)
                .query(String.class).list()).containsExactly(id);
        assertThat(meters.counter("wirestream.publish.duplicates", "kind", "exact").count()).isEqualTo(before + 1);
    }

    @Test
    void aKillAnswersGoneAndRemovesTheArticleFromListAndFeed() {
        String id = Fixtures.newId();
        produceAndAwait(id, Fixtures.original(id, "Soon withdrawn"));
        assertThat(uris(json(get("/v1/articles?limit=100")))).contains(Fixtures.uri(id));
        assertThat(get("/feeds/latest.atom").body()).contains(Fixtures.uri(id));

        produce(id, Fixtures.kill(id, 2));
        awaitStatus("/v1/articles/" + id, 410);

        HttpResponse<String> gone = get("/v1/articles/" + id);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(gone).path("type").asString()).isEqualTo("https://wirestream.io/problems/article-killed");
        assertThat(json(gone).path("status").asInt()).isEqualTo(410);
        assertThat(uris(json(get("/v1/articles?limit=100")))).doesNotContain(Fixtures.uri(id));
        assertThat(get("/feeds/latest.atom").body()).doesNotContain(Fixtures.uri(id));
        assertThat(jdbc.sql("SELECT pub_status FROM article WHERE article_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("canceled");

        // Replaying the kill changes nothing; a later version cannot bring the article back.
        produce(id, Fixtures.kill(id, 2));
        produce(id, Fixtures.version(id, 3, "Back again?"));
        produceAndAwait(id, Fixtures.original(Fixtures.newId(), "Marker"));
        assertThat(get("/v1/articles/" + id).statusCode()).isEqualTo(410);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsStillStored() {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "{\"id\": not json".getBytes(StandardCharsets.UTF_8);
        produceRaw(key, poison);
        String good = Fixtures.newId();
        produceAndAwait(key, Fixtures.original(good, "After the poison"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, EventHeaders.ERROR_STAGE)).isEqualTo("publish");
        assertThat(header(dead, EventHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.ENRICHED);
        assertThat(header(dead, EventHeaders.ERROR_CLASS)).isNotBlank();
        assertThat(header(dead, EventHeaders.CE_TYPE)).isEqualTo(EventHeaders.ENRICHED_EVENT_TYPE);
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = json(readiness).path("components");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED_DEAD_LETTER));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static List<String> uris(JsonNode page) {
        List<String> uris = new ArrayList<>();
        page.path("items").forEach(item -> uris.add(item.path("uri").asString()));
        return uris;
    }
}
