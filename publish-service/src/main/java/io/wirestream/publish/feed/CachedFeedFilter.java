package io.wirestream.publish.feed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers feed requests whose rendering is still fresh in {@link FeedCache} before Spring MVC sees
 * them: no handler lookup, argument binding or message conversion, just the cached bytes or a 304.
 * Everything else (misses, stale entries, unknown feeds, odd URLs) goes on to {@link FeedController},
 * which renders and fills the cache under the same key. Feed readers poll the same few URLs over and
 * over, so this path carries most feed traffic.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the observation filter, so metrics still count these
class CachedFeedFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/feeds/";
    private static final String PATH_PATTERN = "/feeds/{file}";

    private final FeedCache cache;

    CachedFeedFilter(FeedCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RenderedFeed cached = lookup(request);
        if (cached == null) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(PATH_PATTERN));
        if (new ServletWebRequest(request, response).checkNotModified(cached.etag(), cached.lastModified())) {
            return; // 304 with its validators is already written
        }
        cached.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLength(cached.body().length);
        response.getOutputStream().write(cached.body());
    }

    /** The fresh cached feed for this URL, or null when the controller must answer. */
    private RenderedFeed lookup(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Encoded or path-parameter URLs are left to MVC's decoding rather than decoded twice here.
        if (!path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0
                || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return null;
        }
        String file = path.substring(PREFIX.length());
        FeedController.FeedFormat format = FeedController.FeedFormat.ofFile(file);
        if (format == null) {
            return null;
        }
        int dot = file.lastIndexOf('.');
        Map<String, String> params = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        String key = FeedCache.key(format, file.substring(0, dot), params,
                ServletUriComponentsBuilder.fromContextPath(request).toUriString());
        return cache.fresh(key);
    }
}
