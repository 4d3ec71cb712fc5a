package io.wirestream.enrich.dedupe;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A key-value table of dedupe state. The stream backs it with a changelog-backed Kafka Streams
 * store, the batch command and tests with a map; the rules never see which.
 */
public interface DedupeTable<V> {

    V get(String key);

    void put(String key, V value);

    /** Deletes every entry whose value matches; returns how many went. */
    int removeIf(Predicate<V> expired);

    /** Visits every entry, in key order where the table has one. */
    void forEach(BiConsumer<String, V> action);
}
