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
        var response = ResponseEntity.ok().contentType(mediaType).eTag(etag)
                .cacheControl(CacheControl.maxAge(maxAge).cachePublic());
        if (lastModified >= 0) {
            response.lastModified(lastModified);
        }
        if (link != null) {
            response.header(HttpHeaders.LINK, link);
        }
        return response.body(body);
    }
}
