package io.wirestream.enrich.event;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The linker's two tables: the inverted index (term → the latest articles whose sketch holds it)
 * and the sketches of the indexed articles.
 */
public record EventState(EventTable<EventPostings> terms, EventTable<EventSketch> sketches) {

    public static EventState inMemory() {
        return new EventState(new MapTable<>(), new MapTable<>());
    }

    private static final class MapTable<V> implements EventTable<V> {
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
    }
}
