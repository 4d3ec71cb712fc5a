package io.wirestream.ingest.intake;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Turns an accepted request body into a raw article: format, decoding, provider fields, ids. */
@Component
public class ArticleIntake {

    /** The wire format a media type is read as, or empty when ingest does not take it. */
    public static Optional<WireFormat> formatOf(MediaType mediaType) {
        if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType)) {
            return Optional.of(WireFormat.NINJS);
        }
        if (MediaType.TEXT_PLAIN.equalsTypeAndSubtype(mediaType)) {
            return Optional.of(WireFormat.TEXT);
        }
        if (MediaType.TEXT_HTML.equalsTypeAndSubtype(mediaType)) {
            return Optional.of(WireFormat.HTML);
        }
        return Optional.empty();
    }

    public PreparedArticle prepare(String source, MediaType mediaType, byte[] body, Instant receivedAt) {
        WireFormat format = formatOf(mediaType).orElseThrow(() -> new IngestException(
                Problem.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + mediaType + " is not accepted."));
        Charset charset = charsetOf(mediaType);
        String payload = TextDecoding.decode(body, charset);
        if (payload.isBlank()) {
            throw new IngestException(Problem.MALFORMED, "The request body is empty.");
        }
        ProviderFields provider = format == WireFormat.NINJS ? NinjsReader.read(payload) : ProviderFields.NONE;
        String guid = provider.guid();
        String contentHash = ArticleIds.sha256(payload);
        String id = guid != null ? ArticleIds.forProviderItem(source, guid) : ArticleIds.forContent(source, contentHash);
        // Record the charset actually used, so the content type says how the payload was read.
        String contentType = new MediaType(mediaType.getType(), mediaType.getSubtype(), charset).toString();
        RawArticle article = new RawArticle(id, source, receivedAt, format, contentType, payload, provider);
        return new PreparedArticle(article, ArticleIds.rawKey(source, guid, contentHash));
    }

    /** The declared charset, UTF-8 when none is declared. */
    static Charset charsetOf(MediaType mediaType) {
        String declared = mediaType.getParameter("charset");
        if (declared == null) {
            return StandardCharsets.UTF_8;
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
