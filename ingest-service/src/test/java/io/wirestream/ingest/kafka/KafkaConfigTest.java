package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.util.unit.DataSize;

class KafkaConfigTest {

    private final IngestProperties properties = new IngestProperties(DataSize.ofMegabytes(2),
            URI.create("http://localhost:8083/v1/articles"), Map.of(),
            new IngestProperties.Kafka(Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(2)),
            new IngestProperties.Topic(3, (short) 1), 100, DataSize.ofMegabytes(16), null);

    @Test
    void producerOnlyReportsDurableWritesAndCannotHangARequest() {
        Map<String, Object> overrides = KafkaConfig.producerOverrides(properties);

        assertThat(overrides).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4000L)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        int delivery = (int) overrides.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        int request = (int) overrides.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
        int linger = (int) overrides.get(ProducerConfig.LINGER_MS_CONFIG);
        assertThat(delivery).as("Kafka refuses delivery.timeout < linger + request").isGreaterThanOrEqualTo(request + linger);
        assertThat((int) overrides.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThan(2 * 2 * 1024 * 1024);
    }

    @Test
    void theEventIsWrittenWithTheContractsMapping() {
        DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(Map.of());
        new KafkaConfig().rawArticleProducerCustomizer(properties).customize(factory);
        RawArticle article = new RawArticle("6a234692-4e02-3812-8294-4048b86510c8", "nordwire",
                Instant.parse("2024-03-14T11:00:00.123Z"), WireFormat.TEXT, "text/plain", "Tromsø \"cod\"\n\u0001",
                ProviderFields.NONE);
        assertThat(factory.getValueSerializerSupplier().get().serialize(Topics.RAW, article))
                .isEqualTo(EventJson.toBytes(article));
    }

    @Test
    void rawTopicIsDeclaredWithRoomForTheLargestArticle() {
        NewTopic topic = new KafkaConfig().rawTopic(properties);
        assertThat(topic.name()).isEqualTo(Topics.RAW);
        assertThat(topic.numPartitions()).isEqualTo(3);
        assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        assertThat(Integer.parseInt(topic.configs().get("max.message.bytes"))).isEqualTo(KafkaConfig.maxRecordBytes(properties));
    }

    @Test
    void cloudEventHeadersDescribeTheArticle() {
        RawArticle article = new RawArticle("6a234692-4e02-3812-8294-4048b86510c8", "nordwire",
                Instant.parse("2024-03-14T11:00:00.123Z"), WireFormat.TEXT, "text/plain", "x", ProviderFields.NONE);
        Map<String, String> first = asMap(RawArticlePublisher.cloudEventHeaders(article));
        Map<String, String> second = asMap(RawArticlePublisher.cloudEventHeaders(article));

        assertThat(first).containsEntry(EventHeaders.CE_SOURCE, "/wirestream/ingest/nordwire")
                .containsEntry(EventHeaders.CE_TYPE, "io.wirestream.article.raw.v1")
                .containsEntry(EventHeaders.CE_SPECVERSION, "1.0")
                .containsEntry(EventHeaders.CE_TIME, "2024-03-14T11:00:00.123Z")
                .containsEntry(EventHeaders.CE_SUBJECT, article.id())
                .containsEntry(EventHeaders.CONTENT_TYPE, "application/json");
        assertThat(first.get(EventHeaders.CE_ID)).as("a fresh id per event").isNotEqualTo(second.get(EventHeaders.CE_ID));
    }

    private static Map<String, String> asMap(Iterable<Header> headers) {
        Map<String, String> map = new java.util.HashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return map;
    }
}
