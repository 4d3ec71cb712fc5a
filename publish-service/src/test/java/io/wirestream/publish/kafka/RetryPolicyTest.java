package io.wirestream.publish.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30));
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 0L, "k", "v");

    @Test
    void aDatabaseOutageIsRetriedWithoutEnd() {
        var failure = new ListenerExecutionFailedException("failed",
                new CannotGetJdbcConnectionException("no connection", new SQLException("refused")));
        BackOffExecution execution = policy.backOff(record, failure).start();
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isLessThanOrEqualTo(30_000);
    }

    @Test
    void otherFailuresUseTheDefaultBackOffAndEndInTheDeadLetterTopic() {
        var failure = new ListenerExecutionFailedException("failed",
                new DataIntegrityViolationException("value too long"));
        assertThat(policy.backOff(record, failure)).isNull();
        assertThat(RetryPolicy.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
