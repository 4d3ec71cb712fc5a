package io.wirestream.enrich.dedupe;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The four tables dedupe keeps: provider items, exact body hashes, signatures of originals, and
 * LSH buckets pointing at them.
 */
public record DedupeState(DedupeTable<ItemEntry> items, DedupeTable<BodyOwner> bodies,
        DedupeTable<IndexedArticle> signatures, DedupeTable<Bucket> buckets) {

    /** State held in plain maps: for the batch command and tests. */
    public static DedupeState inMemory() {
        return new DedupeState(new MapTable<>(), new MapTable<>(), new MapTable<>(), new MapTable<>());
    }

    static final class MapTable<V> implements DedupeTable<V> {
        private final Map<String, V> map = new HashMap<>();

        @Override
        public V get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, V value) {
            map.put(key, value);
        }

        @Override
        public int removeIf(Predicate<V> expired) {
            int before = map.size();
            map.values().removeIf(expired);
            return before - map.size();
        }

        int size() {
            return map.size();
        }
    }
}
