package io.wirestream.publish.store;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory marker that moves every time this instance commits a write. Readers keep rendered
 * output keyed by it, so "has anything changed?" costs no database query.
 */
@Component
public class StoreChanges {

    private final AtomicLong marker = new AtomicLong();

    /** The current marker; a different value later means something was committed in between. */
    public long current() {
        return marker.get();
    }

    /** Moves the marker once the surrounding transaction commits (at once when there is none). */
    void changedOnCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    marker.incrementAndGet();
                }
            });
        } else {
            marker.incrementAndGet();
        }
    }
}
