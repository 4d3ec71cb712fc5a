package io.wirestream.contract;

/** Wire formats ingest recognises. Whole pages are passed on for enrich to extract. */
public enum WireFormat {
    /** IPTC ninjs JSON: headline and body are stated. */
    NINJS,
    /** A whole HTML page. */
    HTML,
    /** A plain-text dump of a page or a bare story. */
    TEXT
}
