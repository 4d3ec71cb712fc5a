package io.wirestream.enrich.event;

import java.util.List;

/**
 * The linker's inverted index: for each term, the indexed articles whose sketch holds it. One
 * entry per (term, article), so indexing an article writes one small entry per sketch term
 * instead of rewriting each term's whole posting list (in the stream every write is a changelog
 * record). A changelog-backed store in the stream, a map in the batch command and tests.
 */
public interface TermPostings {

    /** The articles holding {@code term}, ordered by received time, then id. */
    List<EventPostings.Member> members(String term);

    void add(String term, EventPostings.Member member);

    void remove(String term, EventPostings.Member member);

    /** Deletes every entry received before {@code cutoff} (epoch ms); returns how many went. */
    int removeBefore(long cutoff);
}
