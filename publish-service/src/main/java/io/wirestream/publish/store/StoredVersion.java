package io.wirestream.publish.store;

import java.time.Instant;

/**
 * One stored version of an article (the history).
 *
 * @param version   version number
 * @param verdict   dedupe verdict it arrived with (original, version, kill)
 * @param pubStatus its publication status
 * @param source    the source that delivered it
 * @param storedAt  when publish stored it
 * @param itemJson  its ninjs item, as stored
 * @param signal    the provider's update signal ("update", "correction") or null
 */
public record StoredVersion(int version, String verdict, String pubStatus, String source, Instant storedAt,
        String itemJson, String signal) {
}
