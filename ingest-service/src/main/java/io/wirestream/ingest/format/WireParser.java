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

    /**
     * @param utf8 the same document as the UTF-8 bytes it arrived in (no byte-order mark), or null
     *             when it arrived in another encoding; a parser that reads bytes faster than text
     *             (JSON) may read these instead
     */
    default ParsedDocument parse(String text, byte[] utf8) {
        return parse(text);
    }
}
