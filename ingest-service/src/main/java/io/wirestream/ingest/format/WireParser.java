package io.wirestream.ingest.format;

import io.wirestream.contract.WireFormat;

/**
 * Reads one wire format. A parser gets the document already decoded to text and returns one item
 * per article it holds; it throws {@link io.wirestream.ingest.IngestException} when the document as
 * a whole cannot be read, and reports a bad item of a batch in that item alone.
 */
public interface WireParser {

    WireFormat format();

    ParsedDocument parse(String text);
}
