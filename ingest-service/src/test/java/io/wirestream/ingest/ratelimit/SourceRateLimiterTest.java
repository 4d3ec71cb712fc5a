package io.wirestream.ingest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.TestProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SourceRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void burstThenOneTokenPerIntervalAndUnlimitedSourcesPass() {
        SourceRateLimiter limiter = new SourceRateLimiter(properties(Map.of(
                "slow", new IngestProperties.Source("00".repeat(32), new IngestProperties.RateLimit(3, Duration.ofSeconds(6))),
                "free", new IngestProperties.Source("11".repeat(32)))), now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("slow")).as("burst " + i).isEmpty();
        }
        assertThat(limiter.tryAcquire("slow")).contains(Duration.ofSeconds(2));
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertThat(limiter.tryAcquire("slow")).contains(Duration.ofMillis(500));
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.tryAcquire("slow")).isEmpty();
        assertThat(limiter.tryAcquire("slow")).isPresent();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("free")).isEmpty();
        }
    }

    private static IngestProperties properties(Map<String, IngestProperties.Source> sources) {
        IngestProperties d = TestProperties.defaults();
        return new IngestProperties(d.maxPayloadSize(), d.articleBaseUrl(), sources, d.kafka(), d.topic(),
                d.maxBatchItems(), d.maxDecompressedSize(), d.dataDir());
    }
}
