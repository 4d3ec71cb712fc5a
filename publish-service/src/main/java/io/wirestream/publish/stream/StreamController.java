package io.wirestream.publish.stream;

import io.wirestream.publish.filter.FilterParser;
import io.wirestream.publish.web.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of newly published and updated articles (event "article", data = the ninjs
 * item, id = its position) and of kills (event "kill", data = {"id", "uri", "pubStatus"}), with the
 * filters of GET /v1/articles. Reconnecting with
 * {@code Last-Event-ID} resumes after that event.
 */
@RestController
class StreamController {

    private final StreamHub hub;
    private final FilterParser filters;

    StreamController(StreamHub hub, FilterParser filters) {
        this.hub = hub;
        this.filters = filters;
    }

    @GetMapping(path = "/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam Map<String, String> params,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return hub.subscribe(filters.parse(params), position(lastEventId != null ? lastEventId
                : params.get("lastEventId")));
    }

    private static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-last-event-id", "Invalid Last-Event-ID",
                "Last-Event-ID must be an id this stream sent");
    }
}
