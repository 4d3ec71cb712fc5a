package io.wirestream.enrich.dedupe;

/**
 * The template guard of a near-duplicate candidate: templated stories (market reports, results,
 * weather) share their wording but not their numbers and names, so the shorter article's sampled
 * numbers and names must mostly occur in the other. One merge pass over the two sorted samples,
 * without allocating: a templated lookup checks a couple of hundred candidates.
 */
final class TemplateGuard {

    private TemplateGuard() {
    }

    /**
     * True when the smaller sample (by distinct token count) shares at least {@code minDistinct} of
     * its tokens and {@code minNumbers} of its numbers (odd hashes) with the other; a share over
     * fewer than {@link DedupeEngine#MIN_TOKENS_COMPARED} tokens says nothing and passes. Only hashes
     * below both samples' thresholds are compared, where both samples are complete. A sample is
     * {@code length} ascending, distinct values at {@code offset}.
     */
    static boolean passes(char[] a, int aOffset, int aLength, int aCount, char[] b, int bOffset, int bLength, int bCount,
            double minDistinct, double minNumbers) {
        boolean aSmaller = aCount <= bCount;
        char[] small = aSmaller ? a : b;
        int smallFrom = aSmaller ? aOffset : bOffset;
        int smallLength = aSmaller ? aLength : bLength;
        char[] large = aSmaller ? b : a;
        int largeFrom = aSmaller ? bOffset : aOffset;
        int largeEnd = largeFrom + (aSmaller ? bLength : aLength);
        int sample = Fingerprint.DISTINCT_SAMPLE;
        int limit = Math.min(smallLength == sample ? small[smallFrom + sample - 1] : Integer.MAX_VALUE,
                largeEnd - largeFrom == sample ? large[largeFrom + sample - 1] : Integer.MAX_VALUE);
        int tokens = 0;
        int tokensFound = 0;
        int numbers = 0;
        int numbersFound = 0;
        int j = largeFrom;
        for (int i = smallFrom; i < smallFrom + smallLength; i++) {
            char h = small[i];
            if (h > limit) {
                break;
            }
            while (j < largeEnd && large[j] < h) {
                j++;
            }
            boolean found = j < largeEnd && large[j] == h;
            tokens++;
            tokensFound += found ? 1 : 0;
            // the lowest bit tells numbers (1) from names (0)
            if ((h & 1) == 1) {
                numbers++;
                numbersFound += found ? 1 : 0;
            }
        }
        return !(tokens >= DedupeEngine.MIN_TOKENS_COMPARED && tokensFound / (double) tokens < minDistinct
                || numbers >= DedupeEngine.MIN_TOKENS_COMPARED && numbersFound / (double) numbers < minNumbers);
    }
}
