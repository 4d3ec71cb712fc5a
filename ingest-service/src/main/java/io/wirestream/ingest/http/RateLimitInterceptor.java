package io.wirestream.ingest.http;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.ratelimit.SourceRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/** Runs after authentication: a source over its configured rate gets 429 with Retry-After, before its body is read. */
class RateLimitInterceptor implements HandlerInterceptor {

    private final SourceRateLimiter limiter;

    RateLimitInterceptor(SourceRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object source = request.getAttribute(ApiKeyInterceptor.SOURCE_ATTRIBUTE);
        if (!(source instanceof String name)) {
            return true;
        }
        Optional<Duration> wait = limiter.tryAcquire(name);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            IngestException limited = new IngestException(Problem.RATE_LIMITED, "Source '" + name
                    + "' is over its configured rate limit; retry after " + seconds + " s.");
            limited.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            limited.getBody().setProperty("retryAfterSeconds", seconds);
            throw limited;
        }
        return true;
    }
}
