package io.wirestream.enrich.dedupe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What near-duplicate detection keeps of a body: a MinHash signature of its word shingles (for
 * the overall overlap) and a bottom-k sample of its distinctive tokens, numbers and capitalised
 * names (for telling a templated story apart from a copy: a market report and the next day's
 * share almost every shingle but hardly any number).
 * <p>Sized for an index of millions of articles: each MinHash value is 16 bits (the LSH band keys
 * are made from them) and only its low byte is kept for estimating similarity (b-bit MinHash, the
 * chance agreement of 1/256 corrected for); the guard sample holds 16-bit hashes.
 * <p>The minima of a 400-shingle body crowd the bottom of the 16-bit range (around 65536 / 400), so
 * unrelated bodies often share a band's 16-bit values; {@code minimumIds} keeps 8 more bits of each
 * minimum's hash (which shingle it is), so that LSH band keys only collide on a shared shingle.
 *
 * @param minHash       {@link #HASHES} 16-bit minimum hashes of the shingle set
 * @param minimumIds    the 8 bits below each minimum's 16-bit value: tell apart shingles with equal values
 * @param shingles      how many distinct shingles the body has
 * @param distinct      the smallest 16-bit hashes of the distinctive tokens, ascending, at most {@link #DISTINCT_SAMPLE}
 * @param distinctCount how many distinct distinctive tokens the body has
 */
public record Fingerprint(char[] minHash, byte[] minimumIds, int shingles, char[] distinct, int distinctCount) {

    static final int HASHES = 64;
    static final int SHINGLE_WORDS = 3;
    static final int DISTINCT_SAMPLE = 32;
    /** Two b-bit values agree by chance with this probability. */
    private static final double CHANCE = 1 / 256.0;

    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:'[\\p{L}]+)?");
    private static final long[] SEEDS = seeds();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public static Fingerprint of(String body) {
        String text = BodyNormaliser.clean(Boilerplate.strip(body));
        List<String> words = new ArrayList<>();
        Set<Character> distinctive = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String token = m.group();
            if (isDistinctive(token, text, previousEnd, m.start())) {
                // the lowest bit tells numbers (1) from names (0), so either kind can be compared alone
                int h = (int) (mix(token.hashCode() * 0x9E3779B97F4A7C15L) >>> 48);
                distinctive.add((char) (Character.isDigit(token.charAt(0)) ? h | 1 : h & ~1));
            }
            words.add(token.toLowerCase(Locale.ROOT));
            previousEnd = m.end();
        }
        long[] shingleHashes = shingleHashes(words);
        // unsigned minimum of the full 64-bit hash: its top 16 bits are the minimum of the 16-bit values
        long[] minimum = new long[HASHES];
        Arrays.fill(minimum, -1L);
        for (long shingle : shingleHashes) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (Long.compareUnsigned(h, minimum[i]) < 0) {
                    minimum[i] = h;
                }
            }
        }
        char[] minHash = new char[HASHES];
        byte[] minimumIds = new byte[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minHash[i] = (char) (minimum[i] >>> 48);
            minimumIds[i] = (byte) (minimum[i] >>> 40);
        }
        char[] all = new char[distinctive.size()];
        int k = 0;
        for (char c : distinctive) {
            all[k++] = c;
        }
        Arrays.sort(all);
        return new Fingerprint(minHash, minimumIds, shingleHashes.length,
                Arrays.copyOf(all, Math.min(all.length, DISTINCT_SAMPLE)), all.length);
    }

    /** The distinct hashes of the word 3-shingles; a body shorter than one shingle gets one of all its words. */
    private static long[] shingleHashes(List<String> words) {
        int last = Math.max(0, words.size() - SHINGLE_WORDS);
        long[] hashes = new long[words.isEmpty() ? 0 : last + 1];
        int[] wordHashes = new int[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = words.get(i).hashCode();
        }
        for (int i = 0; i < hashes.length; i++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = i; j < Math.min(i + SHINGLE_WORDS, words.size()); j++) {
                h = mix(h ^ wordHashes[j]);
            }
            hashes[i] = h;
        }
        // sorted and deduplicated: no boxed set, the same distinct shingles
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** The b-bit signature kept in the index: the low byte of every MinHash value. */
    byte[] lowBytes() {
        byte[] low = new byte[HASHES];
        for (int i = 0; i < HASHES; i++) {
            low[i] = (byte) minHash[i];
        }
        return low;
    }

    /** Numbers, and capitalised words that do not start a sentence (those are capitalised anyway). */
    private static boolean isDistinctive(String token, String text, int previousEnd, int start) {
        char first = token.charAt(0);
        if (Character.isDigit(first)) {
            return true;
        }
        if (!Character.isUpperCase(first)) {
            return false;
        }
        for (int i = start - 1; i >= previousEnd; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return false;
            }
        }
        return previousEnd > 0;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    double jaccard(Fingerprint other) {
        return jaccard(lowBytes(), 0, other.lowBytes(), 0);
    }

    /** Estimated Jaccard from two b-bit signatures stored at the given offsets. */
    static double jaccard(byte[] a, int aOffset, byte[] b, int bOffset) {
        int same = 0;
        // eight bytes at a time: count the zero bytes of a ^ b
        for (int i = 0; i < HASHES; i += Long.BYTES) {
            long x = (long) LONGS.get(a, aOffset + i) ^ (long) LONGS.get(b, bOffset + i);
            long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
            same += Long.bitCount(~(t | x | 0x7F7F7F7F7F7F7F7FL));
        }
        return Math.max(0, (same / (double) HASHES - CHANCE) / (1 - CHANCE));
    }

    /**
     * Estimated share of the smaller shingle set found in the larger one: a short version that kept
     * half of the original has a Jaccard of about 0.5 but a containment near 1.
     */
    static double containment(int shinglesA, int shinglesB, double jaccard) {
        int smaller = Math.min(shinglesA, shinglesB);
        if (smaller == 0) {
            return 0;
        }
        double intersection = jaccard * (shinglesA + shinglesB) / (1 + jaccard);
        return Math.min(1.0, intersection / smaller);
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
        return seeds;
    }
}
