package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The service against a real broker: raw in, enriched out under exactly-once, poison to the DLT. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.kafka.streams.application-id=enrich-it-${random.uuid}",
    "spring.kafka.streams.state-dir=target/kafka-streams-it/${random.uuid}",
    "spring.kafka.streams.properties.commit.interval.ms=100",
})
@Import(RealKafka.class)
class EnrichStreamIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Test
    void enrichesARawArticleAndDeadLettersPoison() throws Exception {
        String marker = UUID.randomUUID().toString();
        RawArticle article = RawArticles.page("it-site", WireFormat.TEXT, "Home | News | Sport\n\nCity opens new harbour ferry line\n\n"
                + "WELLINGTON, May 2 (WS) -- The city opened a new ferry line across the harbour on Friday, cutting the "
                + "commute from the eastern suburbs to twenty minutes.\n\nOfficials said the service would run every half "
                + "hour on weekdays. Reference " + marker + ".\n\nContact us | Privacy\n");
        byte[] poison = ("{broken " + marker).getBytes(StandardCharsets.UTF_8);

        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.RAW, ("poison-" + marker).getBytes(StandardCharsets.UTF_8), poison)).get();
            producer.send(new ProducerRecord<>(Topics.RAW, RawArticles.key(article), EventJson.toBytes(article))).get();
        }

        ConsumerRecord<byte[], byte[]> out = awaitRecord(Topics.ENRICHED,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(article.id()));
        ContractSchemas.assertValid(Topics.ENRICHED, out.value());
        EnrichedArticle enriched = EventJson.fromBytes(out.value(), EnrichedArticle.class);
        assertThat(new String(out.key(), StandardCharsets.UTF_8)).isEqualTo(article.id());
        assertThat(enriched.dedupe().kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(enriched.item().mainHeadline()).isEqualTo("City opens new harbour ferry line");
        assertThat(enriched.item().located()).isEqualTo("Wellington");
        assertThat(enriched.item().language()).isEqualTo("en");
        assertThat(new String(out.headers().lastHeader(EventHeaders.CE_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo(EventHeaders.ENRICHED_EVENT_TYPE);

        ConsumerRecord<byte[], byte[]> dead = awaitRecord(Topics.RAW_DEAD_LETTER,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker));
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(new String(dead.headers().lastHeader(EventHeaders.ERROR_STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("decode");

        HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("kafkaStreams").contains("RUNNING");

        HttpResponse<String> prometheus = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(prometheus.body()).contains("wirestream_enrich_processed_total{verdict=\"original\"")
                .contains("wirestream_enrich_dead_lettered_total{stage=\"decode\"");
    }

    private ConsumerRecord<byte[], byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }
}
