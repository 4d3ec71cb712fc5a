package io.wirestream.ingest.http;

import io.wirestream.ingest.auth.SourceAuthenticator;
import io.wirestream.ingest.ratelimit.SourceRateLimiter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts API-key authentication in front of the push API (actuator stays open for probes). */
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
