package io.wirestream.publish.store;

import java.time.Instant;

/**
 * A cheap fingerprint of everything a feed could show, read before the feed itself is built.
 *
 * @param newestSeq    highest sequence of any article (visible or not), 0 when empty
 * @param visibleCount number of articles that are not canceled
 * @param lastChange   when any article last changed, null when empty
 */
public record FeedState(long newestSeq, long visibleCount, Instant lastChange) {
}
