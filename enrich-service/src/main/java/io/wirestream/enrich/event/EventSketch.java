package io.wirestream.enrich.event;

import java.util.List;

/**
 * What the linker keeps of an indexed article: its rarest terms when it was indexed, and their
 * total weight then (the norm its overlaps are measured against).
 *
 * @param articleId  the article
 * @param story      its story, which a later article on the same event links to
 * @param receivedAt when it was received (epoch ms)
 * @param terms      its sketch terms, see {@link EventTerms}
 * @param facts      how many of the terms are facts (names, numbers) in this article
 * @param numbers    how many of the terms are numbers
 * @param weight     total weight of the sketch terms when it was indexed
 */
public record EventSketch(String articleId, String story, long receivedAt, List<String> terms, int facts,
        int numbers, double weight) {

    public EventSketch {
        terms = List.copyOf(terms);
    }
}
