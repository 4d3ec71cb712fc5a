package io.wirestream.ingest.format;

import java.util.List;

/**
 * What a parser found in a document.
 *
 * @param items the articles, in document order
 * @param batch true when the document is a container (JSON array, newsMessage): the response then
 *              lists every item on its own, even a single one
 */
public record ParsedDocument(List<ParsedItem> items, boolean batch) {

    public ParsedDocument {
        items = List.copyOf(items);
    }

    public static ParsedDocument single(ParsedItem item) {
        return new ParsedDocument(List.of(item), false);
    }
}
