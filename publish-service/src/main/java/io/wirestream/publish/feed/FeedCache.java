package io.wirestream.publish.feed;

import io.wirestream.publish.store.StoreChanges;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Rendered feeds per (format, feed, query, host). An entry serves while this instance has stored
 * nothing since it was rendered, so a new article shows in the very next request after its commit.
 * Writes by other instances (partitions consumed elsewhere) are picked up after at most
 * {@link #REVALIDATE}, when the entry is rebuilt from the database.
 */
@Component
class FeedCache {

    static final Duration REVALIDATE = Duration.ofSeconds(1);
    // Feeds are few; arbitrary query strings must not grow the map without bound.
    private static final int MAX_ENTRIES = 1000;

    private final StoreChanges changes;
    private final ConcurrentHashMap<String, RenderedFeed> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    FeedCache(StoreChanges changes) {
        this.changes = changes;
    }

    /**
     * The cache key of a feed request. {@link CachedFeedFilter} and {@link FeedController} must
     * build it the same way, so it is built in one place. Links in a feed name the host it was
     * asked on, so the host (context URL) is part of the key.
     */
    static String key(FeedController.FeedFormat format, String name, Map<String, String> params, String contextUrl) {
        return format + "\n" + name + "\n" + new TreeMap<>(params) + "\n" + contextUrl;
    }

    /** Read before the database, so a change committed meanwhile makes the entry stale, never lost. */
    long marker() {
        return changes.current();
    }

    RenderedFeed fresh(String key) {
        RenderedFeed feed = entries.get(key);
        if (feed == null || feed.marker() != changes.current()
                || System.nanoTime() - feed.renderedAt() > REVALIDATE.toNanos()) {
            return null;
        }
        return feed;
    }

    /** The entry whatever its age, to revalidate against the database without rendering. */
    RenderedFeed stale(String key) {
        return entries.get(key);
    }

    /** Held while one request renders the feed of this key. */
    Object lock(String key) {
        if (locks.size() >= MAX_ENTRIES) {
            locks.clear();
        }
        return locks.computeIfAbsent(key, k -> new Object());
    }

    void put(String key, RenderedFeed feed) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, feed);
    }
}
