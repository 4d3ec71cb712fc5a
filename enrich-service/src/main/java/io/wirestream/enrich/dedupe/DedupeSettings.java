package io.wirestream.enrich.dedupe;

import java.time.Duration;

/**
 * Tuning of dedupe. The thresholds were set on the evaluation set (see docs/dedupe.md).
 *
 * @param window              state older than this (by received time) is forgotten
 * @param bandRows            MinHash rows per LSH band; fewer rows find weaker matches
 * @param bands               LSH bands (each a table entry per original); more find weaker matches
 * @param bucketCap           members kept per LSH bucket (templated stories crowd one bucket)
 * @param minShingles         bodies with fewer shingles are only matched exactly
 * @param nearJaccard         estimated Jaccard at or above which a copy is near
 * @param nearContainment     estimated containment of the shorter in the longer at or above which a copy is near
 * @param minSizeRatio        containment only counts when the shorter has at least this share of the longer's shingles
 * @param minDistinct         share of the shorter's numbers and names the other must have
 * @param minNumbers          share of the shorter's numbers the other must have
 */
public record DedupeSettings(Duration window, int bandRows, int bands, int bucketCap, int minShingles, double nearJaccard,
        double nearContainment, double minSizeRatio, double minDistinct, double minNumbers) {

    public static DedupeSettings defaults() {
        return withWindow(Duration.ofDays(30));
    }

    public static DedupeSettings withWindow(Duration window) {
        return new DedupeSettings(window, 2, 32, 32, 8, 0.5, 0.65, 0.2, 0.55, 0.65);
    }
}
