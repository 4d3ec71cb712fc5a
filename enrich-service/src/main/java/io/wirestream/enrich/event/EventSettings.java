package io.wirestream.enrich.event;

import java.time.Duration;

/**
 * Tuning of same-event linking. The thresholds were chosen on the tuning half of the evaluation
 * set (see docs/dedupe.md, "Same-event links").
 *
 * @param window         an article links only to stories received at most this long before it; older state is purged
 * @param postingsCap    articles kept per term in the inverted index; a term this common is no clue
 * @param sketchSize     the rarest terms of an article that it is indexed and compared by
 * @param maxCandidates  candidates scored per article, those sharing the most term weight first
 * @param minFacts       names and numbers the two articles must share
 * @param minFactShare   share of the smaller article's names and numbers the other must have
 * @param minNumberShare share of the smaller article's numbers the other must have, when both have two or more
 *                       (templated stories share names and wording, never all their numbers)
 * @param minWordShare   share of the smaller article's content words the other must have
 * @param minSimilarity  weighted overlap of the two sketches at or above which they report one event
 */
public record EventSettings(Duration window, int postingsCap, int sketchSize, int maxCandidates, int minFacts,
        double minFactShare, double minNumberShare, double minWordShare, double minSimilarity) {

    public static EventSettings defaults() {
        return withWindow(Duration.ofHours(48));
    }

    public static EventSettings withWindow(Duration window) {
        return new EventSettings(window, 64, 64, 32, 3, 0.55, 0.8, 0.2, 0.3);
    }
}
