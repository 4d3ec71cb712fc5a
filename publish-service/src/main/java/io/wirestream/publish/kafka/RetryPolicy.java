package io.wirestream.publish.kafka;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How long to keep retrying a record. A database outage is not the record's fault: dead-lettering
 * every record that arrives while PostgreSQL is down would empty the topic into the DLT, so such
 * failures are retried until the database is back. Anything else gets the short default back-off
 * and then goes to the DLT.
 */
final class RetryPolicy {

    private final Duration outageMaxInterval;

    RetryPolicy(Duration outageMaxInterval) {
        this.outageMaxInterval = outageMaxInterval;
    }

    /** The back-off for this failure, or null for the error handler's default. */
    BackOff backOff(ConsumerRecord<?, ?> record, Exception failure) {
        if (!isOutage(failure)) {
            return null;
        }
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(outageMaxInterval.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
