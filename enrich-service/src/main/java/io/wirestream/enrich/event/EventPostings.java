package io.wirestream.enrich.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles whose sketch holds one term, oldest first, at most the postings cap of them. How
 * many are still inside the window is the term's document frequency: a term most articles carry
 * says nothing about which event an article reports.
 *
 * @param members articles carrying the term, in the order they were indexed
 */
public record EventPostings(List<Member> members) {

    public EventPostings {
        members = List.copyOf(members);
    }

    /** One indexed article. */
    public record Member(String articleId, long receivedAt) {
    }

    /** How many members were received at or after {@code notBefore} (epoch ms). */
    int live(long notBefore) {
        int n = 0;
        for (Member m : members) {
            if (m.receivedAt() >= notBefore) {
                n++;
            }
        }
        return n;
    }

    /** These postings plus {@code member}, without expired members, keeping the newest {@code cap}. */
    EventPostings with(Member member, int cap, long notBefore) {
        List<Member> kept = new ArrayList<>(members.size() + 1);
        for (Member m : members) {
            if (m.receivedAt() >= notBefore) {
                kept.add(m);
            }
        }
        kept.add(member);
        return new EventPostings(kept.subList(Math.max(0, kept.size() - cap), kept.size()));
    }
}
