package io.wirestream.enrich.extract;

import io.wirestream.enrich.dateline.DatelineParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The extractor as a library: page bytes in (with the charset the transport stated, if any, and the
 * page's URL), structured article out. HTML and plain-text dumps are told apart by their content.
 * Thread-safe and cheap to share.
 */
public final class PageExtractor {

    private final DatelineParser datelines = new DatelineParser();

    /**
     * @param bytes       the page as fetched (already decompressed)
     * @param charsetHint the charset a Content-Type header stated, or null to detect (BOM, meta tag, else UTF-8)
     * @param url         the page's URL, or null; resolves relative links and is the canonical URL of last resort
     */
    public ArticlePage extract(byte[] bytes, String charsetHint, String url) {
        if (looksLikeHtml(bytes)) {
            Document doc;
            try {
                doc = Jsoup.parse(new ByteArrayInputStream(bytes), validCharset(charsetHint), url == null ? "" : url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return fromHtml(doc, url);
        }
        Charset charset = charsetHint == null || validCharset(charsetHint) == null ? StandardCharsets.UTF_8
                : Charset.forName(charsetHint);
        String text = new String(bytes, charset);
        Extracted found = TextPageExtractor.extractText(text);
        return new ArticlePage(found.headline(), found.paragraphs(), List.of(), null, null, null, url, null, null,
                dateline(found.paragraphs()));
    }

    /** Extraction of an already parsed page; the document is modified. */
    ArticlePage fromHtml(Document doc, String url) {
        HtmlMetadata.Facts facts = HtmlMetadata.read(doc, url);
        List<String> paragraphs = MainContent.paragraphs(doc, MainContent.Hints.of(facts.statedBody(), facts.description(), facts.headline()));
        return new ArticlePage(facts.headline(), paragraphs, facts.authors(), facts.published(), facts.modified(),
                facts.siteName(), facts.canonicalUrl(), facts.image(), facts.language(), dateline(paragraphs));
    }

    private io.wirestream.contract.Dateline dateline(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : datelines.parse(paragraphs.getFirst()).dateline();
    }

    private static String validCharset(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(hint.strip()) ? hint.strip() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** HTML when a tag that only markup has appears near the start. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div");
    }
}
