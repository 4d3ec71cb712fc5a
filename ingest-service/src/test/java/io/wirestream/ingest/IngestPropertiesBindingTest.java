package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.accept.AuditProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The launcher and compose configure sources through environment variables: prove that binding works. */
class IngestPropertiesBindingTest {

    private static final String HASH = "cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf";

    @Test
    void sourcesBindFromEnvironmentVariables() {
        IngestProperties properties = bind(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "WIRESTREAM_INGEST_SOURCES_DEMO_API_KEY_SHA256", HASH,
                        "WIRESTREAM_INGEST_SOURCES_NORDWIRE_APIKEYSHA256", HASH.toUpperCase(),
                        "WIRESTREAM_INGEST_MAX_PAYLOAD_SIZE", "512KB",
                        "WIRESTREAM_INGEST_KAFKA_SEND_TIMEOUT", "3s",
                        "WIRESTREAM_INGEST_TOPIC_PARTITIONS", "6")));

        assertThat(properties.sources()).containsOnlyKeys("demo", "nordwire");
        assertThat(properties.sources().get("demo").apiKeySha256()).isEqualTo(HASH);
        assertThat(properties.sources().get("nordwire").apiKeySha256()).isEqualTo(HASH.toUpperCase());
        assertThat(properties.maxPayloadSize()).isEqualTo(DataSize.ofKilobytes(512));
        assertThat(properties.kafka().sendTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.topic().partitions()).isEqualTo(6);
    }

    @Test
    void sourcesBindFromProperties() {
        IngestProperties properties = bind(new MapPropertySource("test", Map.of(
                "wirestream.ingest.sources.demo.api-key-sha256", HASH)));
        assertThat(properties.sources().get("demo").apiKeySha256()).isEqualTo(HASH);
    }

    @Test
    void aSourceMayCarryARateLimit() {
        IngestProperties properties = bind(new MapPropertySource("test", Map.of(
                "wirestream.ingest.sources.demo.api-key-sha256", HASH,
                "wirestream.ingest.sources.demo.rate-limit.requests", "5",
                "wirestream.ingest.sources.other.api-key-sha256", HASH)));
        assertThat(properties.sources().get("demo").rateLimit())
                .isEqualTo(new IngestProperties.RateLimit(5, Duration.ofSeconds(1)));
        assertThat(properties.sources().get("other").rateLimit()).isNull();
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        IngestProperties properties = bind(new MapPropertySource("empty", Map.of()));

        assertThat(properties.sources()).isEmpty();
        assertThat(properties.maxPayloadSize()).isEqualTo(DataSize.ofMegabytes(2));
        assertThat(properties.maxPayloadSize().toBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(properties.articleLocation("abc")).isEqualTo("http://localhost:8083/v1/articles/abc");
        assertThat(properties.kafka().sendTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.kafka().retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.topic().partitions()).isEqualTo(3);
        assertThat(properties.topic().replicationFactor()).isEqualTo((short) 1);
        assertThat(properties.maxBatchItems()).isEqualTo(100);
        assertThat(properties.maxDecompressedSize()).isEqualTo(DataSize.ofMegabytes(16));
        assertThat(properties.dataDir()).isEqualTo(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "wirestream-ingest"));
    }

    @Test
    void theAuditSummaryIntervalBindsFromTheEnvironmentAndDefaultsToAMinute() {
        Binder fromEnvironment = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("WIRESTREAM_INGEST_AUDIT_SUMMARY_INTERVAL", "30s"))));
        Binder empty = new Binder(ConfigurationPropertySources.from(new MapPropertySource("empty", Map.of())));

        assertThat(fromEnvironment.bindOrCreate("wirestream.ingest.audit", AuditProperties.class).summaryInterval())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(empty.bindOrCreate("wirestream.ingest.audit", AuditProperties.class).summaryInterval())
                .isEqualTo(Duration.ofMinutes(1));
    }

    private static IngestProperties bind(org.springframework.core.env.PropertySource<?> source) {
        Binder binder = new Binder(ConfigurationPropertySources.from(source));
        return binder.bindOrCreate("wirestream.ingest", IngestProperties.class);
    }
}
