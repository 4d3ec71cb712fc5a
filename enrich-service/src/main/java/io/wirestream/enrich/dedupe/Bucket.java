package io.wirestream.enrich.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Value of the LSH bucket table: the originals whose signature falls into one band bucket,
 * oldest first. Templated stories crowd into the same buckets, so a bucket keeps only the newest
 * {@code cap} members.
 *
 * @param members article id and epoch millis received, oldest first
 */
public record Bucket(List<Member> members) {

    public Bucket {
        members = List.copyOf(members);
    }

    public record Member(String articleId, long receivedAt) {
    }

    Bucket with(Member member, int cap, long expiredBefore) {
        List<Member> all = new ArrayList<>(members.size() + 1);
        for (Member m : members) {
            if (m.receivedAt() >= expiredBefore) {
                all.add(m);
            }
        }
        all.add(member);
        return new Bucket(all.size() > cap ? all.subList(all.size() - cap, all.size()) : all);
    }
}
