package io.wirestream.publish.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.Topics;
import io.wirestream.publish.Fixtures;
import io.wirestream.testsupport.ContractSchemas;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetterTest {

    @Test
    void aDeadLetteredArticleIsStillAContractValidEventWithoutSpringTypeHeaders() {
        var serializer = KafkaConfig.deadLetterValueSerializer();
        Headers headers = new RecordHeaders();
        byte[] json = serializer.serialize(Topics.ENRICHED_DEAD_LETTER, headers, Fixtures.original(Fixtures.newId(), "x"));
        ContractSchemas.assertValid(Topics.ENRICHED, json);
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void unreadableBytesAreDeadLetteredAsTheyCame() {
        byte[] poison = {'{', 'n', 'o', 0};
        assertThat(KafkaConfig.deadLetterValueSerializer().serialize(Topics.ENRICHED_DEAD_LETTER, new RecordHeaders(),
                poison)).isEqualTo(poison);
    }

    @Test
    void errorHeadersNameTheRootCauseAndWhereTheRecordCameFrom() {
        var record = new ConsumerRecord<>(Topics.ENRICHED, 2, 41L, "key", "value");
        var failure = new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("database said no"));
        Headers headers = DeadLetterHeaders.of(record, failure);
        assertThat(text(headers, EventHeaders.ERROR_CLASS)).isEqualTo(IllegalStateException.class.getName());
        assertThat(text(headers, EventHeaders.ERROR_MESSAGE)).isEqualTo("database said no");
        assertThat(text(headers, EventHeaders.ERROR_STAGE)).isEqualTo("publish");
        assertThat(text(headers, EventHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.ENRICHED);
        assertThat(text(headers, EventHeaders.ORIGINAL_PARTITION)).isEqualTo("2");
        assertThat(text(headers, EventHeaders.ORIGINAL_OFFSET)).isEqualTo("41");
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
