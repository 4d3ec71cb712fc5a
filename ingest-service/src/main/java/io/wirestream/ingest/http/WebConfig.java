package io.wirestream.ingest.http;

import io.wirestream.ingest.auth.SourceAuthenticator;
import io.wirestream.ingest.ratelimit.SourceRateLimiter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts API-key authentication and the rate limit in front of every other {@code /v1/**} path
 * (actuator stays open for probes). The push itself, {@code /v1/articles}, runs the same two
 * interceptors in {@link ArticlePushFilter}, before the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final SourceAuthenticator authenticator;
    private final SourceRateLimiter rateLimiter;

    WebConfig(SourceAuthenticator authenticator, SourceRateLimiter rateLimiter) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyInterceptor(authenticator)).addPathPatterns("/v1/**");
        registry.addInterceptor(new RateLimitInterceptor(rateLimiter)).addPathPatterns("/v1/**");
    }
}
