package io.wirestream.enrich.dedupe;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dedupe rules, free of Kafka: the stream and the batch command feed articles in the order
 * they were received, and the verdict depends only on that order and the state tables.
 * <ol>
 * <li>Provider identity first (source + guid): a known version again is exact, a new version or
 * an update/correction signal is a version, a canceled item a kill. Text never decides these, as
 * kill and correction notices are templated.</li>
 * <li>Otherwise the normalised body hash: the same body is exact.</li>
 * <li>Otherwise MinHash-LSH over word shingles finds originals that share bands; a candidate is a
 * near duplicate if Jaccard or containment is high and its numbers and names agree.</li>
 * </ol>
 * Only originals enter the LSH index, so every near duplicate points at an original.
 */
public final class DedupeEngine {

    /** Fewer numbers or names than this say nothing about templates; the text decides alone. */
    private static final int MIN_TOKENS_COMPARED = 3;

    private final DedupeState state;
    private final DedupeSettings settings;

    public DedupeEngine(DedupeState state, DedupeSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    public DedupeVerdict decide(DedupeInput in) {
        long at = in.receivedAt().toEpochMilli();
        long expiredBefore = at - settings.window().toMillis();
        String itemKey = in.itemKey();
        ItemEntry item = itemKey == null ? null : state.items().get(itemKey);
        if (item != null && item.receivedAt() >= expiredBefore) {
            return knownItem(in, itemKey, item, at);
        }
        DedupeVerdict verdict = in.canceled()
                ? new DedupeVerdict(Kind.KILL, in.id(), in.id(), null) // a kill of an item we never held
                : byText(in, at, expiredBefore);
        if (itemKey != null) {
            state.items().put(itemKey, new ItemEntry(in.id(), verdict.story(),
                    List.of(new ItemEntry.VersionRef(in.version(), in.id())), at));
        }
        return verdict;
    }

    /** Forgets everything received before {@code now - window}; returns how many entries went. */
    public int expire(Instant now) {
        long cutoff = now.toEpochMilli() - settings.window().toMillis();
        return state.items().removeIf(e -> e.receivedAt() < cutoff)
                + state.bodies().removeIf(o -> o.receivedAt() < cutoff)
                + state.signatures().removeIf(s -> s.receivedAt() < cutoff)
                + state.buckets().removeIf(b -> b.members().stream().allMatch(m -> m.receivedAt() < cutoff));
    }

    private DedupeVerdict knownItem(DedupeInput in, String itemKey, ItemEntry item, long at) {
        String sameVersion = item.articleOf(in.version());
        state.items().put(itemKey, item.with(in.version(), in.id(), at));
        if (in.canceled()) {
            return new DedupeVerdict(Kind.KILL, item.firstId(), item.story(), null);
        }
        String hash = BodyNormaliser.hash(in.body());
        BodyOwner owner = state.bodies().get(hash);
        // a re-delivery; a correction that keeps its version number but changes the text is a version
        if (sameVersion != null && (in.signal() == null || owner != null && owner.story().equals(item.story()))) {
            return DedupeVerdict.exactDuplicateOf(sameVersion, item.story());
        }
        if (owner == null) {
            state.bodies().put(hash, new BodyOwner(in.id(), item.story(), at));
        }
        return new DedupeVerdict(Kind.VERSION, item.firstId(), item.story(), null);
    }

    private DedupeVerdict byText(DedupeInput in, long at, long expiredBefore) {
        String hash = BodyNormaliser.hash(in.body());
        BodyOwner owner = state.bodies().get(hash);
        if (owner != null && owner.receivedAt() >= expiredBefore) {
            return DedupeVerdict.exactDuplicateOf(owner.articleId(), owner.story());
        }
        Fingerprint fingerprint = Fingerprint.of(in.body());
        long[] bands = fingerprint.bands(settings.bandRows());
        Match match = nearest(fingerprint, bands, expiredBefore);
        if (match != null) {
            state.bodies().put(hash, new BodyOwner(in.id(), match.story(), at));
            return new DedupeVerdict(Kind.NEAR, match.articleId(), match.story(), match.similarity());
        }
        state.bodies().put(hash, new BodyOwner(in.id(), in.id(), at));
        if (fingerprint.shingles() >= settings.minShingles()) {
            state.signatures().put(in.id(), new IndexedArticle(in.id(), at, fingerprint));
            Bucket.Member member = new Bucket.Member(in.id(), at);
            for (int b = 0; b < bands.length; b++) {
                String key = bucketKey(b, bands[b]);
                Bucket bucket = state.buckets().get(key);
                state.buckets().put(key, bucket == null ? new Bucket(List.of(member))
                        : bucket.with(member, settings.bucketCap(), expiredBefore));
            }
        }
        return DedupeVerdict.original(in.id());
    }

    private record Match(String articleId, String story, long receivedAt, double similarity) {
    }

    private Match nearest(Fingerprint fingerprint, long[] bands, long expiredBefore) {
        if (fingerprint.shingles() < settings.minShingles()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        Match best = null;
        for (int b = 0; b < bands.length; b++) {
            Bucket bucket = state.buckets().get(bucketKey(b, bands[b]));
            if (bucket == null) {
                continue;
            }
            for (Bucket.Member member : bucket.members()) {
                if (member.receivedAt() < expiredBefore || !seen.add(member.articleId())) {
                    continue;
                }
                IndexedArticle candidate = state.signatures().get(member.articleId());
                if (candidate == null) {
                    continue;
                }
                double similarity = similarity(fingerprint, candidate.fingerprint());
                if (similarity > 0 && better(similarity, candidate, member.articleId(), best)) {
                    best = new Match(member.articleId(), candidate.story(), candidate.receivedAt(), similarity);
                }
            }
        }
        return best;
    }

    /** Highest similarity wins; among equals the earliest received, then the smallest id. */
    private static boolean better(double similarity, IndexedArticle candidate, String id, Match best) {
        if (best == null || similarity != best.similarity()) {
            return best == null || similarity > best.similarity();
        }
        if (candidate.receivedAt() != best.receivedAt()) {
            return candidate.receivedAt() < best.receivedAt();
        }
        return id.compareTo(best.articleId()) < 0;
    }

    /** The similarity that makes {@code a} a near duplicate of {@code b}, or 0 when it is not one. */
    double similarity(Fingerprint a, Fingerprint b) {
        double jaccard = a.jaccard(b);
        double sizeRatio = Math.min(a.shingles(), b.shingles()) / (double) Math.max(a.shingles(), b.shingles());
        double containment = sizeRatio >= settings.minSizeRatio() ? a.containment(b, jaccard) : 0;
        double text = Math.max(jaccard, containment);
        boolean textMatches = jaccard >= settings.nearJaccard() || containment >= settings.nearContainment();
        if (!textMatches) {
            return 0;
        }
        // templated stories share their wording but not their numbers and names
        double[] distinct = a.distinctContainment(b, false);
        double[] numbers = a.distinctContainment(b, true);
        boolean enough = distinct[1] >= MIN_TOKENS_COMPARED;
        if (enough && distinct[0] < settings.minDistinct()
                || numbers[1] >= MIN_TOKENS_COMPARED && numbers[0] < settings.minNumbers()) {
            return 0;
        }
        return Math.round(text * 1000) / 1000.0;
    }

    static String bucketKey(int band, long hash) {
        return band + ":" + Long.toHexString(hash);
    }
}
