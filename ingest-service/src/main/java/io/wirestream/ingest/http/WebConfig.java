package io.wirestream.ingest.http;

import io.wirestream.ingest.auth.SourceAuthenticator;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts API-key authentication in front of the push API (actuator stays open for probes). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final SourceAuthenticator authenticator;

    WebConfig(SourceAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyInterceptor(authenticator)).addPathPatterns("/v1/**");
    }
}
