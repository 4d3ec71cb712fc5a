package io.wirestream.enrich.event;

import java.util.Comparator;
import java.util.List;

/**
 * Postings of one term: an indexed article, and the order the index keeps them in.
 */
public final class EventPostings {

    /** Received time, then id: the order of a term's postings, in memory and in the store's keys. */
    public static final Comparator<Member> ORDER = Comparator.comparingLong(Member::receivedAt).thenComparing(Member::articleId);

    private EventPostings() {
    }

    /** One indexed article. */
    public record Member(String articleId, long receivedAt) {
    }

    /** How many of {@code members} were received at or after {@code notBefore} (epoch ms). */
    static int live(List<Member> members, long notBefore) {
        int n = 0;
        for (Member m : members) {
            if (m.receivedAt() >= notBefore) {
                n++;
            }
        }
        return n;
    }
}
