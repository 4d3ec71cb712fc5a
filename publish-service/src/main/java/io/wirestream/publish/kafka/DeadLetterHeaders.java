package io.wirestream.publish.kafka;

import io.wirestream.contract.EventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.NestedExceptionUtils;

/** The contract's error headers on a dead letter: what failed, where, and in which stage. */
final class DeadLetterHeaders {

    static final String STAGE = "publish";
    private static final int MAX_MESSAGE = 1000;

    private DeadLetterHeaders() {
    }

    static Headers of(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        String message = String.valueOf(cause.getMessage());
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
        RecordHeaders headers = new RecordHeaders();
        add(headers, EventHeaders.ERROR_CLASS, cause.getClass().getName());
        add(headers, EventHeaders.ERROR_MESSAGE, message);
        add(headers, EventHeaders.ERROR_STAGE, STAGE);
        add(headers, EventHeaders.ORIGINAL_TOPIC, record.topic());
        add(headers, EventHeaders.ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, EventHeaders.ORIGINAL_OFFSET, Long.toString(record.offset()));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
