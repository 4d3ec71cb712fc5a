package io.wirestream.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestProperties;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SourceAuthenticatorTest {

    @Test
    void hashesKeysAsHexSha256() {
        // printf %s abc | sha256sum
        assertThat(ApiKeys.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeys.sha256Hex("demo-secret"))
                .isEqualTo("cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf");
    }

    @Test
    void findsTheSourceAKeyBelongsTo() {
        SourceAuthenticator authenticator = authenticator(Map.of(
                "demo", new IngestProperties.Source(ApiKeys.sha256Hex("demo-secret")),
                "nordwire", new IngestProperties.Source(ApiKeys.sha256Hex("nordwire-secret").toUpperCase())));

        assertThat(authenticator.sourceFor("demo-secret")).contains("demo");
        assertThat(authenticator.sourceFor("nordwire-secret")).contains("nordwire");
        assertThat(authenticator.sourceFor("demo-secret ")).isEmpty();
        assertThat(authenticator.sourceFor("cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf"))
                .as("the hash itself is not a key").isEmpty();
    }

    @Test
    void aDropFolderOnlySourceNeedsNoKeyAndCannotPush() {
        SourceAuthenticator authenticator = authenticator(Map.of("ftp", new IngestProperties.Source(null, null,
                new IngestProperties.DropFolder(java.nio.file.Path.of("/srv/ftp"), java.time.Duration.ofSeconds(2),
                        java.time.Duration.ofSeconds(2)))));
        assertThat(authenticator.sourceFor("anything")).isEmpty();
    }

    @Test
    void withoutSourcesNothingAuthenticates() {
        assertThat(authenticator(Map.of()).sourceFor("anything")).isEmpty();
    }

    @Test
    void refusesAConfiguredValueThatIsNotAHash() {
        assertThatThrownBy(() -> authenticator(Map.of("demo", new IngestProperties.Source("demo-secret"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wirestream.ingest.sources.demo.api-key-sha256");
        assertThatThrownBy(() -> authenticator(Map.of("demo", new IngestProperties.Source(null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SourceAuthenticator authenticator(Map<String, IngestProperties.Source> sources) {
        return new SourceAuthenticator(new IngestProperties(DataSize.ofMegabytes(2),
                URI.create("http://localhost:8083/v1/articles"), sources,
                new IngestProperties.Kafka(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(5),
                        java.time.Duration.ofSeconds(2)),
                new IngestProperties.Topic(3, (short) 1), 100, DataSize.ofMegabytes(16), null));
    }
}
