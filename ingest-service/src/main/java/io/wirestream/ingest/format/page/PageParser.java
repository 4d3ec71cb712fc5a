package io.wirestream.ingest.format.page;

import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.format.WireParser;

/** A whole web page or a plain-text dump: passed on as it is, for enrich to extract. */
public final class PageParser implements WireParser {

    private final WireFormat format;

    public PageParser(WireFormat format) {
        if (format.statesFields()) {
            throw new IllegalArgumentException(format + " states its own fields; it is not a page format");
        }
        this.format = format;
    }

    @Override
    public WireFormat format() {
        return format;
    }

    @Override
    public ParsedDocument parse(String text) {
        return ParsedDocument.single(ParsedItem.of(text, ProviderFields.NONE));
    }
}
