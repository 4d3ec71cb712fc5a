package io.wirestream.enrich.dedupe;

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
 *
 * @param minHash       {@link #HASHES} minimum hashes of the shingle set
 * @param shingles      how many distinct shingles the body has
 * @param distinct      the smallest hashes of the distinctive tokens, ascending, at most {@link #DISTINCT_SAMPLE}
 * @param distinctCount how many distinct distinctive tokens the body has
 */
public record Fingerprint(int[] minHash, int shingles, int[] distinct, int distinctCount) {

    static final int HASHES = 64;
    static final int SHINGLE_WORDS = 3;
    static final int DISTINCT_SAMPLE = 48;

    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:'[\\p{L}]+)?");
    private static final long[] SEEDS = seeds();

    public static Fingerprint of(String body) {
        String text = BodyNormaliser.clean(Boilerplate.strip(body));
        List<String> words = new ArrayList<>();
        Set<Integer> distinctive = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String token = m.group();
            if (isDistinctive(token, text, previousEnd, m.start())) {
                // the lowest bit tells numbers (1) from names (0), so either kind can be compared alone
                int h = (int) mix(token.hashCode() * 0x9E3779B97F4A7C15L);
                distinctive.add(Character.isDigit(token.charAt(0)) ? h | 1 : h & ~1);
            }
            words.add(token.toLowerCase(Locale.ROOT));
            previousEnd = m.end();
        }
        Set<Long> shingleHashes = new HashSet<>();
        // a body shorter than one shingle still gets one, made of all its words
        int last = Math.max(0, words.size() - SHINGLE_WORDS);
        for (int i = 0; i <= last && i < words.size(); i++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = i; j < Math.min(i + SHINGLE_WORDS, words.size()); j++) {
                h = mix(h ^ words.get(j).hashCode());
            }
            shingleHashes.add(h);
        }
        int[] minHash = new int[HASHES];
        Arrays.fill(minHash, Integer.MAX_VALUE);
        for (long shingle : shingleHashes) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < minHash[i]) {
                    minHash[i] = h;
                }
            }
        }
        int[] all = distinctive.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Fingerprint(minHash, shingleHashes.size(), Arrays.copyOf(all, Math.min(all.length, DISTINCT_SAMPLE)),
                all.length);
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
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHash[i] == other.minHash[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * Estimated share of the smaller shingle set found in the larger one: a short version that kept
     * half of the original has a Jaccard of about 0.5 but a containment near 1.
     */
    double containment(Fingerprint other, double jaccard) {
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double intersection = jaccard * (shingles + other.shingles) / (1 + jaccard);
        return Math.min(1.0, intersection / smaller);
    }

    /**
     * Share of the smaller distinctive-token set found in the other, from the bottom-k samples: only
     * hashes below both samples' thresholds are compared, where both samples are complete.
     */
    double distinctContainment(Fingerprint other) {
        return distinctContainment(other, false)[0];
    }

    /**
     * {share, how many compared} of the smaller sample's tokens (only numbers when {@code numbers})
     * that the other fingerprint has too.
     */
    double[] distinctContainment(Fingerprint other, boolean numbers) {
        Fingerprint small = distinctCount <= other.distinctCount ? this : other;
        Fingerprint large = small == this ? other : this;
        int limit = Math.min(small.distinct.length == DISTINCT_SAMPLE ? small.distinct[DISTINCT_SAMPLE - 1] : Integer.MAX_VALUE,
                large.distinct.length == DISTINCT_SAMPLE ? large.distinct[DISTINCT_SAMPLE - 1] : Integer.MAX_VALUE);
        int considered = 0;
        int found = 0;
        for (int h : small.distinct) {
            if (h > limit) {
                break;
            }
            if (numbers && (h & 1) == 0) {
                continue;
            }
            considered++;
            if (Arrays.binarySearch(large.distinct, h) >= 0) {
                found++;
            }
        }
        return new double[] {considered == 0 ? 1.0 : found / (double) considered, considered};
    }

    /** The LSH band keys: band i hashes minHash rows [i*rows, (i+1)*rows). */
    long[] bands(int rows) {
        long[] keys = new long[HASHES / rows];
        for (int b = 0; b < keys.length; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ minHash[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
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
