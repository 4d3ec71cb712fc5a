package io.wirestream.enrich.extract;

import java.util.List;

/**
 * What extraction found in a document.
 *
 * @param headline   the headline, or null when the document shows none
 * @param paragraphs the body paragraphs, in order, whitespace-collapsed
 */
public record Extracted(String headline, List<String> paragraphs) {

    public Extracted {
        paragraphs = List.copyOf(paragraphs);
    }
}
