package io.wirestream.enrich.stream;

import io.wirestream.contract.EventHeaders;
import io.wirestream.enrich.StageException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds the Kafka headers enrich writes: CloudEvents for output, error headers for dead letters. */
final class EventHeadersFactory {

    static final String SOURCE = "/wirestream/enrich";
    private static final int MAX_MESSAGE_CHARS = 1000;

    private EventHeadersFactory() {
    }

    /**
     * CloudEvents binary-mode headers. The id derives from the input record's position, so a record
     * processed again after a crash gets the same event id.
     */
    static Headers cloudEvent(String articleId, Origin origin, Instant now) {
        String eventId = UUID.nameUUIDFromBytes(("enriched:" + origin.topic() + ":" + origin.partition() + ":"
                + origin.offset()).getBytes(StandardCharsets.UTF_8)).toString();
        Headers headers = new RecordHeaders();
        add(headers, EventHeaders.CE_ID, eventId);
        add(headers, EventHeaders.CE_SOURCE, SOURCE);
        add(headers, EventHeaders.CE_TYPE, EventHeaders.ENRICHED_EVENT_TYPE);
        add(headers, EventHeaders.CE_SPECVERSION, EventHeaders.SPEC_VERSION);
        add(headers, EventHeaders.CE_TIME, now.toString());
        add(headers, EventHeaders.CE_SUBJECT, articleId);
        add(headers, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        return headers;
    }

    /** The raw record's own headers plus why and where it failed; numbers are written as decimal text. */
    static Headers deadLetter(Headers original, Origin origin, StageException failure) {
        Headers headers = new RecordHeaders(original == null ? new RecordHeaders().toArray() : original.toArray());
        Throwable reason = failure.reason();
        String message = reason.getMessage() == null ? reason.toString() : reason.getMessage();
        add(headers, EventHeaders.ERROR_CLASS, reason.getClass().getName());
        add(headers, EventHeaders.ERROR_MESSAGE,
                message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message);
        add(headers, EventHeaders.ERROR_STAGE, failure.stage());
        add(headers, EventHeaders.ORIGINAL_TOPIC, origin.topic());
        add(headers, EventHeaders.ORIGINAL_PARTITION, Integer.toString(origin.partition()));
        add(headers, EventHeaders.ORIGINAL_OFFSET, Long.toString(origin.offset()));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
