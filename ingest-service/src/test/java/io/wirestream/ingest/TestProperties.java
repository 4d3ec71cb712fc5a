package io.wirestream.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Ingest properties for unit tests that construct beans by hand. */
public final class TestProperties {

    private TestProperties() {
    }

    public static IngestProperties defaults() {
        return withMaxBatchItems(100);
    }

    public static IngestProperties withMaxBatchItems(int maxBatchItems) {
        return new IngestProperties(DataSize.ofMegabytes(2), URI.create("http://localhost:8083/v1/articles"), Map.of(),
                new IngestProperties.Kafka(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(2)),
                new IngestProperties.Topic(3, (short) 1), maxBatchItems, DataSize.ofMegabytes(16), null);
    }
}
