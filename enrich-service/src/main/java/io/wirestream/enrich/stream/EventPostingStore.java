package io.wirestream.enrich.stream;

import io.wirestream.enrich.event.EventPostings.Member;
import io.wirestream.enrich.event.TermPostings;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The linker's postings in a (changelog-backed) key-value store, one entry per (term, article):
 * key {@code term NUL received-ms (19 digits) NUL article id}, value the received time (8 bytes).
 * The keys sort by term, then received time, then id, so a term's postings are one prefix scan
 * in {@link io.wirestream.enrich.event.EventPostings#ORDER}; indexing an article writes a ~60-byte
 * record per sketch term where a JSON posting list of up to 64 members was rewritten before.
 */
record EventPostingStore(KeyValueStore<String, byte[]> store) implements TermPostings {

    private static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    @Override
    public List<Member> members(String term) {
        List<Member> members = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> scan = store.prefixScan(term + SEPARATOR, KEYS)) {
            while (scan.hasNext()) {
                KeyValue<String, byte[]> entry = scan.next();
                members.add(new Member(entry.key.substring(entry.key.lastIndexOf(SEPARATOR) + 1),
                        ByteBuffer.wrap(entry.value).getLong()));
            }
        }
        return members;
    }

    @Override
    public void add(String term, Member member) {
        store.put(key(term, member), ByteBuffer.allocate(Long.BYTES).putLong(member.receivedAt()).array());
    }

    @Override
    public void remove(String term, Member member) {
        store.delete(key(term, member));
    }

    @Override
    public int removeBefore(long cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (entry.value == null || entry.value.length != Long.BYTES || ByteBuffer.wrap(entry.value).getLong() < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(store::delete);
        return expired.size();
    }

    static String key(String term, Member member) {
        return term + SEPARATOR + String.format(Locale.ROOT, "%019d", Math.max(0, member.receivedAt())) + SEPARATOR
                + member.articleId();
    }
}
