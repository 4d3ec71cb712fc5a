package io.wirestream.enrich.event;

import java.util.function.Predicate;

/**
 * A key-value table of linker state: a changelog-backed Kafka Streams store in the stream, a map in
 * the batch command and tests.
 */
public interface EventTable<V> {

    V get(String key);

    void put(String key, V value);

    /** Deletes every entry whose value matches; returns how many went. */
    int removeIf(Predicate<V> expired);
}
