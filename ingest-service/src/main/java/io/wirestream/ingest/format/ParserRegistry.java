package io.wirestream.ingest.format;

import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.format.anpa.Anpa1312Parser;
import io.wirestream.ingest.format.iptc7901.Iptc7901Parser;
import io.wirestream.ingest.format.newsml1.NewsMl1Parser;
import io.wirestream.ingest.format.newsmlg2.NewsMlG2Parser;
import io.wirestream.ingest.format.ninjs.NinjsParser;
import io.wirestream.ingest.format.nitf.NitfParser;
import io.wirestream.ingest.format.page.PageParser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** One parser per wire format; {@link #parse} detects the format and reads the document. */
@Component
public class ParserRegistry {

    private final Map<WireFormat, WireParser> parsers = new EnumMap<>(WireFormat.class);

    public ParserRegistry() {
        for (WireParser parser : List.of(new NinjsParser(), new NitfParser(), new NewsMlG2Parser(), new NewsMl1Parser(),
                new Anpa1312Parser(), new Iptc7901Parser(), new PageParser(WireFormat.HTML),
                new PageParser(WireFormat.TEXT))) {
            parsers.put(parser.format(), parser);
        }
        if (parsers.size() != WireFormat.values().length) {
            throw new IllegalStateException("Every wire format needs a parser");
        }
    }

    public WireParser parser(WireFormat format) {
        return parsers.get(format);
    }

    /** The document's format and what it holds. */
    public Detected parse(MediaType declared, String text) {
        WireFormat format = FormatDetector.detect(declared, text);
        return new Detected(format, parsers.get(format).parse(text));
    }

    public record Detected(WireFormat format, ParsedDocument document) {
    }
}
