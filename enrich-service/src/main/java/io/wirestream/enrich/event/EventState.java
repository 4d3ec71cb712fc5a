package io.wirestream.enrich.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The linker's two tables: the inverted index (term → the latest articles whose sketch holds it)
 * and the sketches of the indexed articles.
 */
public record EventState(TermPostings terms, EventTable<EventSketch> sketches) {

    public static EventState inMemory() {
        return new EventState(new MapPostings(), new MapTable<>());
    }

    /** Postings in a map of lists kept in {@link EventPostings#ORDER}. */
    private static final class MapPostings implements TermPostings {
        private final Map<String, List<EventPostings.Member>> map = new HashMap<>();

        @Override
        public List<EventPostings.Member> members(String term) {
            return List.copyOf(map.getOrDefault(term, List.of()));
        }

        @Override
        public void add(String term, EventPostings.Member member) {
            List<EventPostings.Member> members = map.computeIfAbsent(term, t -> new ArrayList<>());
            int at = Collections.binarySearch(members, member, EventPostings.ORDER);
            if (at < 0) {
                members.add(-at - 1, member);
            }
        }

        @Override
        public void remove(String term, EventPostings.Member member) {
            List<EventPostings.Member> members = map.get(term);
            if (members != null && members.remove(member) && members.isEmpty()) {
                map.remove(term);
            }
        }

        @Override
        public int removeBefore(long cutoff) {
            int removed = 0;
            for (var terms = map.values().iterator(); terms.hasNext(); ) {
                List<EventPostings.Member> members = terms.next();
                int before = members.size();
                members.removeIf(m -> m.receivedAt() < cutoff);
                removed += before - members.size();
                if (members.isEmpty()) {
                    terms.remove();
                }
            }
            return removed;
        }
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
