package io.wirestream.enrich.dedupe;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The state dedupe keeps: provider items, exact body hashes, the durable signatures of originals
 * and the in-memory near-duplicate index built from them.
 */
public record DedupeState(DedupeTable<ItemEntry> items, DedupeTable<BodyOwner> bodies,
        DedupeTable<IndexedArticle> signatures, NearIndex near) {

    /** {@link #inMemory(DedupeSettings)} with the default settings. */
    public static DedupeState inMemory() {
        return inMemory(DedupeSettings.defaults());
    }

    /** State held in memory only: for the batch command, tests and benchmarks (the index is the only signature copy). */
    public static DedupeState inMemory(DedupeSettings settings) {
        return new DedupeState(new MapTable<>(), new MapTable<>(), new NoTable<>(), new NearIndex(settings));
    }

    /** State over durable tables; the index is rebuilt from the signature table (after a restore, say). */
    public static DedupeState restored(DedupeTable<ItemEntry> items, DedupeTable<BodyOwner> bodies,
            DedupeTable<IndexedArticle> signatures, DedupeSettings settings) {
        NearIndex near = new NearIndex(settings);
        signatures.forEach((id, article) -> {
            if (article != null) {
                near.add(id, article.receivedAt(), article.fingerprint());
            }
        });
        return new DedupeState(items, bodies, signatures, near);
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

        @Override
        public void forEach(BiConsumer<String, V> action) {
            map.forEach(action);
        }

        int size() {
            return map.size();
        }
    }

    /** A table that keeps nothing: where the in-memory index is the only copy needed. */
    static final class NoTable<V> implements DedupeTable<V> {
        @Override
        public V get(String key) {
            return null;
        }

        @Override
        public void put(String key, V value) {
        }

        @Override
        public int removeIf(Predicate<V> expired) {
            return 0;
        }

        @Override
        public void forEach(BiConsumer<String, V> action) {
        }
    }
}
