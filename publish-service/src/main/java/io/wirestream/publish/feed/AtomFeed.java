package io.wirestream.publish.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a feed document says, independent of the format it is written in (Atom, RSS 2.0, JSON Feed).
 *
 * @param id           stable feed IRI
 * @param title        feed title
 * @param selfUrl      absolute URL the feed was requested at
 * @param alternateUrl absolute URL of the same content in another representation
 * @param updated      latest update of any entry
 * @param author       feed-level author, inherited by entries that state none
 * @param generator    name of the software that wrote the feed
 * @param entries      entries, newest first
 * @param hub          WebSub hub URL, or null
 */
record AtomFeed(
        String id, String title, String selfUrl, String alternateUrl, OffsetDateTime updated, String author,
        String generator, List<AtomEntry> entries, String hub) {

    /**
     * One entry.
     *
     * @param id        stable entry IRI (the ninjs uri, the same for every version)
     * @param title     headline
     * @param updated   when this version was created
     * @param published when the first version was created, or null
     * @param author    byline, else the source; null to inherit the feed author
     * @param html      article body as HTML, or null
     * @param text      article body as plain text, used when there is no HTML, or null
     * @param link      absolute URL of the article in the JSON API
     * @param corrected the entry's version is a correction the provider signalled (marked in every format)
     */
    record AtomEntry(
            String id, String title, OffsetDateTime updated, OffsetDateTime published, String author, String html,
            String text, String link, boolean corrected) {

        /** Scheme (Atom) and domain (RSS) of the category that marks a correction. */
        static final String SIGNAL_SCHEME = "urn:wirestream:signal";
        static final String CORRECTION = "correction";

        AtomEntry(String id, String title, OffsetDateTime updated, OffsetDateTime published, String author,
                String html, String text, String link) {
            this(id, title, updated, published, author, html, text, link, false);
        }
    }
}
