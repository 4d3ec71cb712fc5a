package io.wirestream.enrich.extract;

import java.util.List;

/**
 * What extraction found in a document.
 *
 * @param headline   the headline, or null when the document shows none
 * @param paragraphs the body paragraphs, in order, whitespace-collapsed
 * @param page       what a web page states about itself (authors, dates, language ...), or null
 *                   for formats that are not web pages
 */
public record Extracted(String headline, List<String> paragraphs, ArticlePage page) {

    public Extracted {
        paragraphs = List.copyOf(paragraphs);
    }

    public Extracted(String headline, List<String> paragraphs) {
        this(headline, paragraphs, null);
    }
}
