package io.wirestream.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.store.StoreChanges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CachedFeedFilterTest {

    private static final String CONTEXT_URL = "http://localhost";
    private static final byte[] BODY = "<feed/>".getBytes(StandardCharsets.UTF_8);
    private static final long LAST_MODIFIED = 1_700_000_000_000L;

    private final AtomicLong storeMarker = new AtomicLong();
    private final StoreChanges changes = new StoreChanges() {
        @Override
        public long current() {
            return storeMarker.get();
        }
    };
    private final FeedCache cache = new FeedCache(changes);
    private final CachedFeedFilter filter = new CachedFeedFilter(cache);

    @Test
    void aFreshFeedIsAnsweredFromTheCacheWithItsHeaders() throws Exception {
        cacheLatestAtom(Map.of("topic", "medtop:11000000", "lang", "en"));
        MockHttpServletRequest request = get("/feeds/latest.atom");
        request.setQueryString("topic=medtop:11000000&lang=en"); // another order than the cached key's
        request.addParameter("topic", "medtop:11000000");
        request.addParameter("lang", "en");

        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the controller is not reached").isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(BODY);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        assertThat(response.getHeader("ETag")).isEqualTo("\"7-3-abc\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(response.getDateHeader("Last-Modified")).isEqualTo(LAST_MODIFIED);
        assertThat(response.getHeader("Link")).contains("rel=\"hub\"");
    }

    @Test
    void aClientHoldingTheFeedGetsNotModified() throws Exception {
        cacheLatestAtom(Map.of());
        MockHttpServletRequest request = get("/feeds/latest.atom");
        request.addHeader("If-None-Match", "\"7-3-abc\"");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("ETag")).isEqualTo("\"7-3-abc\"");
    }

    @Test
    void somethingStoredSinceTheRenderingSendsTheRequestToTheController() throws Exception {
        cacheLatestAtom(Map.of());
        storeMarker.incrementAndGet();

        assertThat(passesThrough(get("/feeds/latest.atom"))).isTrue();
    }

    @Test
    void otherRequestsGoToTheController() throws Exception {
        cacheLatestAtom(Map.of());
        assertThat(passesThrough(get("/feeds/latest.rss"))).as("not cached yet").isTrue();
        assertThat(passesThrough(get("/feeds/latest.xml"))).as("unknown format").isTrue();
        assertThat(passesThrough(get("/feeds/sub/latest.atom"))).isTrue();
        assertThat(passesThrough(get("/feeds/lat%65st.atom"))).as("encoded: MVC decodes").isTrue();
        MockHttpServletRequest withQuery = get("/feeds/latest.atom");
        withQuery.addParameter("lang", "de");
        assertThat(passesThrough(withQuery)).as("another query").isTrue();
        MockHttpServletRequest head = get("/feeds/latest.atom");
        head.setMethod("HEAD");
        assertThat(passesThrough(head)).isTrue();
    }

    private void cacheLatestAtom(Map<String, String> params) {
        String key = FeedCache.key(FeedController.FeedFormat.ATOM, "latest", params, CONTEXT_URL);
        cache.put(key, new RenderedFeed(BODY, MediaType.parseMediaType("application/atom+xml;charset=utf-8"),
                "\"7-3-abc\"", LAST_MODIFIED, "<https://hub.example.org/>; rel=\"hub\"", Duration.ofSeconds(60),
                changes.current(), System.nanoTime()));
    }

    private boolean passesThrough(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private static MockHttpServletRequest get(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }
}
