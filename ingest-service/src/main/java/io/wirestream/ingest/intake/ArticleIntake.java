package io.wirestream.ingest.intake;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.format.ParserRegistry;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Turns an accepted request body into raw articles: charset, format, provider fields, ids. A
 * batch yields one entry per item, each an article or its own problem.
 */
@Component
public class ArticleIntake {

    private final ParserRegistry parsers;
    private final int maxBatchItems;

    public ArticleIntake(ParserRegistry parsers, IngestProperties properties) {
        this.parsers = parsers;
        this.maxBatchItems = properties.maxBatchItems();
    }

    /**
     * @param mediaType the declared Content-Type, or null when the request had none
     */
    public PreparedDocument prepare(String source, MediaType mediaType, byte[] body, Instant receivedAt) {
        CharsetChoice choice = CharsetChoice.choose(body, headerCharset(mediaType));
        String text = TextDecoding.decode(body, choice.charset());
        if (text.isBlank()) {
            throw new IngestException(Problem.MALFORMED, "The request body is empty.");
        }
        ParserRegistry.Detected detected = parsers.parse(mediaType, text);
        WireFormat format = detected.format();
        List<ParsedItem> items = detected.document().items();
        if (items.size() > maxBatchItems) {
            IngestException e = new IngestException(Problem.TOO_MANY_ITEMS, "The batch holds " + items.size()
                    + " items; at most " + maxBatchItems + " are accepted per request. Split it.");
            e.getBody().setProperty("maxItems", maxBatchItems);
            throw e;
        }
        // Record the charset actually used, so the content type says how the payload was read.
        MediaType declared = mediaType != null ? mediaType : canonicalType(format);
        String contentType = new MediaType(declared.getType(), declared.getSubtype(), choice.charset()).toString();
        List<PreparedDocument.Entry> entries = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            if (!item.ok()) {
                entries.add(PreparedDocument.Entry.refused(item.problem()));
                continue;
            }
            entries.add(PreparedDocument.Entry.of(article(source, receivedAt, format, contentType, item)));
        }
        return new PreparedDocument(format, detected.document().batch(), entries, choice.reason());
    }

    /** Decodes a fetched document by the same charset rules as a push (BOM, declaration, detection). */
    public static String decode(byte[] body, MediaType mediaType) {
        return TextDecoding.decode(body, CharsetChoice.choose(body, headerCharset(mediaType)).charset());
    }

    private static PreparedArticle article(String source, Instant receivedAt, WireFormat format, String contentType,
            ParsedItem item) {
        ProviderFields provider = item.fields();
        String guid = provider.guid();
        // A guid with a version names the item fully: no id, key or identity needs the content hash then,
        // and a SHA-256 of the whole payload is a few percent of a push's CPU.
        String contentHash = guid != null && provider.version() != null ? null : ArticleIds.sha256(item.payload());
        String id = guid != null ? ArticleIds.forProviderItem(source, guid) : ArticleIds.forContent(source, contentHash);
        RawArticle article = new RawArticle(id, source, receivedAt, format, contentType, item.payload(), provider);
        return new PreparedArticle(article, ArticleIds.rawKey(source, guid, contentHash),
                identity(source, provider, contentHash));
    }

    /**
     * What makes two pushes "the same item": the provider's guid, version and status when it states a
     * guid (a kill or correction differs from the original), else the content.
     */
    static String identity(String source, ProviderFields provider, String contentHash) {
        if (provider.guid() == null) {
            return "content:" + source + ":" + contentHash;
        }
        String version = provider.version() != null ? "v" + provider.version() : "h" + contentHash;
        return "item:" + source + ":" + provider.guid() + "@" + version + "/" + provider.pubStatus() + "/"
                + provider.signal();
    }

    private static MediaType canonicalType(WireFormat format) {
        return switch (format) {
            case NINJS -> MediaType.APPLICATION_JSON;
            case NITF -> MediaType.parseMediaType("application/nitf+xml");
            case NEWSML_G2 -> MediaType.parseMediaType("application/vnd.iptc.g2.newsitem+xml");
            case NEWSML_1 -> MediaType.APPLICATION_XML;
            case HTML -> MediaType.TEXT_HTML;
            case ANPA_1312, IPTC_7901, TEXT -> MediaType.TEXT_PLAIN;
        };
    }

    /** The charset in the Content-Type; JSON without one is UTF-8 by definition (RFC 8259). */
    static Charset headerCharset(MediaType mediaType) {
        if (mediaType == null) {
            return null;
        }
        String declared = mediaType.getParameter("charset");
        if (declared == null) {
            String sub = mediaType.getSubtype().toLowerCase(Locale.ROOT);
            return sub.equals("json") || sub.endsWith("+json") ? StandardCharsets.UTF_8 : null;
        }
        String name = declared.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        try {
            return Charset.forName(name.toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "The charset '" + name + "' is not supported; send UTF-8 or another standard charset.");
        }
    }
}
