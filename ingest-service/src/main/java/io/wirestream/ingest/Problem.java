package io.wirestream.ingest;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of refusal ingest answers with; each has a stable RFC 9457 type URI. */
public enum Problem {
    MALFORMED(HttpStatus.BAD_REQUEST, "malformed", "Malformed article"),
    INVALID_ENCODING(HttpStatus.BAD_REQUEST, "invalid-encoding", "Body is not valid in its charset"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "API key not accepted"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    KAFKA_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Kafka cannot take the article now"),
    XML_FORBIDDEN(HttpStatus.BAD_REQUEST, "forbidden-xml", "XML construct not accepted"),
    UNKNOWN_FORMAT(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unknown-format", "Wire format not recognised"),
    TOO_MANY_ITEMS(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-items", "Too many items in one batch"),
    DECOMPRESSED_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "decompressed-too-large", "Decompressed body too large"),
    UNSUPPORTED_ENCODING(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-encoding",
            "Content-Encoding not supported"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests from this source");

    public static final String TYPE_BASE = "https://wirestream.io/problems/";

    private final HttpStatus status;
    private final String kind;
    private final String title;

    Problem(HttpStatus status, String kind, String title) {
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return typeFor(kind);
    }

    public static URI typeFor(String kind) {
        return URI.create(TYPE_BASE + kind);
    }
}
