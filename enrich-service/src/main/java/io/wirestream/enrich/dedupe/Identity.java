package io.wirestream.enrich.dedupe;

/** What the article id and provider version say before the body is compared. */
public enum Identity {
    /** An id never seen before. */
    NEW,
    /** This id and version were seen before: a re-delivery or a re-post. */
    REPEAT,
    /** A further version of a known id. */
    VERSION,
    /** A known id, now canceled by its provider. */
    KILL
}
