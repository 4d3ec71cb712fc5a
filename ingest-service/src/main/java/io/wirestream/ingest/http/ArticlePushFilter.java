package io.wirestream.ingest.http;

import io.wirestream.ingest.auth.SourceAuthenticator;
import io.wirestream.ingest.ratelimit.SourceRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves {@code /v1/articles} in front of Spring MVC's dispatcher: every request to that path, and
 * only those, is answered here. Why: the push is the one hot path of this service, and skipping
 * the dispatcher's handler lookup, interceptor chain and argument resolution took ingest's CPU per
 * item from 300 to 257 µs in an alternated A/B (docs/ingest-performance.md). What stays the same: the API-key and rate
 * checks are the very interceptors MVC runs for other {@code /v1/**} paths, and every refusal is
 * handed to Spring MVC's exception resolvers, so {@link ProblemAdvice} writes the same
 * problem+json, counter and log line as before. The request metric keeps its {@code uri} tag.
 */
@Component
@Order(ArticlePushFilter.ORDER)
class ArticlePushFilter extends OncePerRequestFilter {

    /**
     * Right behind the request observation (Boot registers it at {@code HIGHEST_PRECEDENCE + 1}), so
     * the push is timed but skips the form-content and request-context filters: a push is never a
     * form, and nothing on its path reads the request context.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    private static final Set<String> ALLOWED = Set.of(HttpMethod.POST.name());

    // Resolved on first use: the web server builds its filters before the rest of the context, and
    // the push pulls in the Kafka producer, which must see the context's final properties.
    private final SingletonSupplier<ArticlePush> push;
    private final SingletonSupplier<ApiKeyInterceptor> apiKeys;
    private final SingletonSupplier<RateLimitInterceptor> rateLimit;
    private final SingletonSupplier<HandlerExceptionResolver> problems;

    ArticlePushFilter(ObjectProvider<ArticlePush> push, ObjectProvider<SourceAuthenticator> authenticator,
            ObjectProvider<SourceRateLimiter> rateLimiter,
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> problems) {
        this.push = SingletonSupplier.of(push::getObject);
        this.apiKeys = SingletonSupplier.of(() -> new ApiKeyInterceptor(authenticator.getObject()));
        this.rateLimit = SingletonSupplier.of(() -> new RateLimitInterceptor(rateLimiter.getObject()));
        this.problems = SingletonSupplier.of(problems::getObject);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        if (uri.length() == contextPath.length() + ArticlePush.PATH.length()
                && uri.startsWith(ArticlePush.PATH, contextPath.length())) {
            return false;
        }
        // The rare spelling: path parameters (";jsessionid=..."), percent-encoding. Decoded and
        // stripped as Spring MVC's own mapping does, so no spelling of the path falls through to a 404.
        return !ArticlePush.PATH.equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(observation -> observation.setPathPattern(ArticlePush.PATH));
        try {
            if (HttpMethod.OPTIONS.matches(request.getMethod())) {
                response.setHeader(HttpHeaders.ALLOW, "POST, OPTIONS");
                return;
            }
            if (!HttpMethod.POST.matches(request.getMethod())) {
                throw new HttpRequestMethodNotSupportedException(request.getMethod(), ALLOWED);
            }
            ArticlePush handler = push.obtain();
            apiKeys.obtain().preHandle(request, response, handler);
            rateLimit.obtain().preHandle(request, response, handler);
            handler.handle(request, response, (String) request.getAttribute(ApiKeyInterceptor.SOURCE_ATTRIBUTE));
        } catch (Exception refused) {
            if (response.isCommitted() || problems.obtain().resolveException(request, response, null, refused) == null) {
                if (refused instanceof IOException io) {
                    throw io;
                }
                throw new ServletException(refused);
            }
        }
    }
}
