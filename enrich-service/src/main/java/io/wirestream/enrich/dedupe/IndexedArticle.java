package io.wirestream.enrich.dedupe;

import java.nio.ByteBuffer;

/**
 * Value of the signature table, the durable copy of one original in the near-duplicate index
 * (the index itself lives in memory and is rebuilt from this table on start). An indexed article
 * is always an original, so its story is its own id.
 * <p>Stored as fixed-width binary, not JSON: format byte, received time, shingle and token counts,
 * the 64 MinHash values (16 bits each) and their minimum ids (8 bits each; with the values they
 * make the band keys, so those can be rebuilt) and the guard sample. Format 2 (no minimum ids) is
 * skipped: its band keys cannot be rebuilt.
 *
 * @param receivedAt  epoch millis it was received, for expiry and for ordering candidates
 * @param fingerprint its fingerprint
 */
public record IndexedArticle(long receivedAt, Fingerprint fingerprint) {

    private static final byte FORMAT = 3;

    public byte[] toBytes() {
        char[] minHash = fingerprint.minHash();
        char[] distinct = fingerprint.distinct();
        ByteBuffer out = ByteBuffer.allocate(1 + 8 + 4 + 4 + minHash.length * 3 + 1 + distinct.length * 2);
        out.put(FORMAT).putLong(receivedAt).putInt(fingerprint.shingles()).putInt(fingerprint.distinctCount());
        for (char c : minHash) {
            out.putChar(c);
        }
        out.put(fingerprint.minimumIds());
        out.put((byte) distinct.length);
        for (char c : distinct) {
            out.putChar(c);
        }
        return out.array();
    }

    /** The article stored in {@code bytes}, or null for a value in another format (written by an earlier release). */
    public static IndexedArticle fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < 1 || bytes[0] != FORMAT) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.get();
        long receivedAt = in.getLong();
        int shingles = in.getInt();
        int distinctCount = in.getInt();
        char[] minHash = new char[Fingerprint.HASHES];
        for (int i = 0; i < minHash.length; i++) {
            minHash[i] = in.getChar();
        }
        byte[] minimumIds = new byte[Fingerprint.HASHES];
        in.get(minimumIds);
        char[] distinct = new char[in.get() & 0xFF];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = in.getChar();
        }
        return new IndexedArticle(receivedAt, new Fingerprint(minHash, minimumIds, shingles, distinct, distinctCount));
    }
}
