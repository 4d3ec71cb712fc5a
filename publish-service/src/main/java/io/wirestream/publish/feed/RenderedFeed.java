package io.wirestream.publish.feed;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A feed as it was rendered, with its validators: answered again as is (200 or 304) while the
 * store has not changed.
 *
 * @param marker    the store's change marker when the feed was read
 * @param renderedAt System.nanoTime() when it was rendered
 */
record RenderedFeed(byte[] body, MediaType mediaType, String etag, long lastModified, String link,
        Duration maxAge, long marker, long renderedAt) {

    RenderedFeed revalidated(long newMarker, long now) {
        return new RenderedFeed(body, mediaType, etag, lastModified, link, maxAge, newMarker, now);
    }

    /** 304 when the client has this representation, else the bytes; null means 304 was written. */
    ResponseEntity<byte[]> answer(WebRequest request) {
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().headers(headers()).body(body);
    }

    /** The headers of a 200 (the controller and {@link CachedFeedFilter} send the same ones). */
    HttpHeaders headers() {
        var headers = new HttpHeaders();
        headers.setContentType(mediaType);
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.maxAge(maxAge).cachePublic());
        if (lastModified >= 0) {
            headers.setLastModified(lastModified);
        }
        if (link != null) {
            headers.set(HttpHeaders.LINK, link);
        }
        return headers;
    }
}
