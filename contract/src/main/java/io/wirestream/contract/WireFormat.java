package io.wirestream.contract;

/**
 * Wire formats ingest recognises. Structured formats state their fields (headline, body, ids) in
 * {@link ProviderFields}; whole pages are passed on for enrich to extract.
 */
public enum WireFormat {
    /** IPTC ninjs JSON (1.x, 2.x, 3.x). */
    NINJS(true),
    /** IPTC NITF 3.x XML. */
    NITF(true),
    /** IPTC NewsML-G2 news item (one item of a newsMessage is one article). */
    NEWSML_G2(true),
    /** IPTC NewsML 1.2 XML. */
    NEWSML_1(true),
    /** ANPA-1312 text transmission. */
    ANPA_1312(true),
    /** IPTC 7901 text transmission. */
    IPTC_7901(true),
    /** A whole HTML page. */
    HTML(false),
    /** A plain-text dump of a page or a bare story. */
    TEXT(false);

    private final boolean statesFields;

    WireFormat(boolean statesFields) {
        this.statesFields = statesFields;
    }

    /** True when the format states headline and body itself, so nothing needs extracting from a page. */
    public boolean statesFields() {
        return statesFields;
    }
}
