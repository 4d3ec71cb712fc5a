package io.wirestream.publish.store;

/** What storing one enriched article did. */
public enum StoreOutcome {
    /** A new article, or a higher version that became the current one. */
    CURRENT,
    /** A version older than the current one arrived late: kept in the history only. */
    HISTORY,
    /** The article was killed: it no longer appears anywhere. */
    KILLED,
    /** The same article version was stored before (a replayed record): nothing changed. */
    REPLAYED,
    /** An exact or near duplicate of an earlier article: not stored. */
    DUPLICATE
}
