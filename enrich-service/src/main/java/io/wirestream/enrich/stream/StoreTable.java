package io.wirestream.enrich.stream;

import io.wirestream.enrich.dedupe.DedupeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A dedupe table backed by a (changelog-backed) Kafka Streams key-value store. */
record StoreTable<V>(KeyValueStore<String, V> store) implements DedupeTable<V> {

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }

    @Override
    public int removeIf(Predicate<V> expired) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (expired.test(entry.value)) {
                    keys.add(entry.key);
                }
            }
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    @Override
    public void forEach(BiConsumer<String, V> action) {
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                action.accept(entry.key, entry.value);
            }
        }
    }
}
