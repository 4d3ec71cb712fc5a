package io.wirestream.ingest.ratelimit;

import io.wirestream.ingest.IngestProperties;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per-source token buckets for the sources that configure a rate limit; sources without one are
 * never limited. In memory and per instance: a limit protects this instance and the topic from one
 * runaway sender, it is not a billing quota.
 */
@Component
public class SourceRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    @Autowired
    public SourceRateLimiter(IngestProperties properties) {
        this(properties, System::nanoTime);
    }

    SourceRateLimiter(IngestProperties properties, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        properties.sources().forEach((name, source) -> {
            if (source.rateLimit() != null) {
                buckets.put(name, new Bucket(source.rateLimit(), nanoClock.getAsLong()));
            }
        });
    }

    /** Takes one request's token; empty when allowed, else how long until the next token. */
    public Optional<Duration> tryAcquire(String source) {
        Bucket bucket = buckets.get(source);
        return bucket == null ? Optional.empty() : bucket.tryAcquire(nanoClock.getAsLong());
    }

    private static final class Bucket {

        private final double capacity;
        private final double nanosPerToken;
        private double tokens;
        private long last;

        Bucket(IngestProperties.RateLimit limit, long now) {
            this.capacity = limit.requests();
            this.nanosPerToken = (double) limit.per().toNanos() / limit.requests();
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Optional<Duration> tryAcquire(long now) {
            tokens = Math.min(capacity, tokens + (now - last) / nanosPerToken);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken)));
        }
    }
}
