package io.wirestream.enrich.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Value of the item table: what is known of one provider item (source + guid).
 *
 * @param firstId    the article that carried the item first; versions and kills point to it
 * @param story      the story of the item
 * @param versions   the versions seen, each with the article that carried it first
 * @param receivedAt epoch millis of the latest version, for expiry
 */
public record ItemEntry(String firstId, String story, List<VersionRef> versions, long receivedAt) {

    public ItemEntry {
        versions = List.copyOf(versions);
    }

    /** @param version provider version; @param articleId the article that carried it first */
    public record VersionRef(int version, String articleId) {
    }

    String articleOf(int version) {
        return versions.stream().filter(v -> v.version() == version).map(VersionRef::articleId).findFirst().orElse(null);
    }

    int latest() {
        return versions.stream().mapToInt(VersionRef::version).max().orElse(0);
    }

    ItemEntry with(int version, String articleId, long at) {
        if (articleOf(version) != null) {
            return new ItemEntry(firstId, story, versions, Math.max(receivedAt, at));
        }
        List<VersionRef> all = new ArrayList<>(versions);
        all.add(new VersionRef(version, articleId));
        return new ItemEntry(firstId, story, all, Math.max(receivedAt, at));
    }
}
