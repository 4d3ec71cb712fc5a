package io.wirestream.enrich.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An original article as the same-event linker sees it.
 *
 * @param id         article id
 * @param story      its story (an original's own id)
 * @param body       plain body text
 * @param receivedAt when it was received; the window is measured on it, so replays agree
 */
public record EventInput(String id, String story, String body, Instant receivedAt) {

    public EventInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
