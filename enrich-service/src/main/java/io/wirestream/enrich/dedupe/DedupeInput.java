package io.wirestream.enrich.dedupe;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as dedupe sees it, whether it comes from the stream or from a batch file.
 *
 * @param id         article id
 * @param source     the source that delivered it; provider guids are unique per source
 * @param body       body text (paragraphs separated by blank lines)
 * @param guid       the provider's id of the item, or null
 * @param version    the provider's version number, from 1
 * @param canceled   the provider canceled (killed) the item
 * @param signal     an explicit provider signal ("update", "correction") or null
 * @param receivedAt when the article was received; decides which of a group is the original
 */
public record DedupeInput(String id, String source, String body, String guid, int version, boolean canceled,
        String signal, Instant receivedAt) {

    public DedupeInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        source = source == null ? "" : source;
        version = Math.max(1, version);
    }

    /** Key of the provider item in the item table, or null when the provider gave no guid. */
    String itemKey() {
        return guid == null || guid.isBlank() ? null : source + "\u001f" + guid;
    }
}
