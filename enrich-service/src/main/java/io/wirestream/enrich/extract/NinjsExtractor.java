package io.wirestream.enrich.extract;

import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** ninjs states headline and body itself: take them, turning an HTML body into paragraphs. */
final class NinjsExtractor implements Extractor {

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";

    @Override
    public Extracted extract(RawArticle raw) {
        ProviderFields provider = raw.provider();
        String body = provider.bodyText() == null ? "" : provider.bodyText();
        String contentType = provider.bodyContentType() == null ? "" : provider.bodyContentType().toLowerCase(Locale.ROOT);
        List<String> paragraphs = contentType.contains("html") ? htmlParagraphs(body) : textParagraphs(body);
        String headline = Texts.clean(provider.headline());
        return new Extracted(headline.isEmpty() ? null : headline, paragraphs);
    }

    static List<String> htmlParagraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> paragraphs = new ArrayList<>();
        for (Element element : body.select(BLOCKS)) {
            if (element.select(BLOCKS).stream().allMatch(e -> e == element)) {
                addIfText(paragraphs, element.text());
            }
        }
        if (paragraphs.isEmpty()) {
            // markup without block elements: line breaks are all that separates paragraphs
            body.select("br").after("\n");
            return textParagraphs(body.wholeText());
        }
        return paragraphs;
    }

    static List<String> textParagraphs(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        String separator = normalised.matches("(?s).*\\n[\\s\\p{Z}]*\\n.*") ? "\\n[\\s\\p{Z}]*\\n" : "\\n";
        List<String> paragraphs = new ArrayList<>();
        for (String part : normalised.split(separator)) {
            addIfText(paragraphs, part);
        }
        return paragraphs;
    }

    private static void addIfText(List<String> paragraphs, String text) {
        String cleaned = Texts.clean(text);
        if (!cleaned.isEmpty()) {
            paragraphs.add(cleaned);
        }
    }
}
