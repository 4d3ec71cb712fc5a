package io.wirestream.enrich.dedupe;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import java.time.Instant;
import java.util.List;

/**
 * The dedupe rules, free of Kafka: the stream and the batch command feed articles in the order
 * they were received, and the verdict depends only on that order and the state tables.
 * <ol>
 * <li>Provider identity first (source + guid): a known version again is exact, a new version or
 * an update/correction signal is a version, a canceled item a kill. Text never decides these, as
 * kill and correction notices are templated.</li>
 * <li>Otherwise the normalised body hash: the same body is exact.</li>
 * <li>Otherwise MinHash-LSH over word shingles ({@link NearIndex}) finds originals that share
 * bands; a candidate is a near duplicate if Jaccard or containment is high and its numbers and
 * names agree.</li>
 * </ol>
 * Only originals enter the LSH index, so every near duplicate points at an original.
 */
public final class DedupeEngine {

    /** Fewer numbers or names than this say nothing about templates; the text decides alone. */
    static final int MIN_TOKENS_COMPARED = 3;

    private final DedupeState state;
    private final DedupeSettings settings;

    public DedupeEngine(DedupeState state, DedupeSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    public DedupeVerdict decide(DedupeInput in) {
        return decide(in, null);
    }

    /**
     * As {@link #decide(DedupeInput)}, with the body's fingerprint computed ahead (it needs no state,
     * so it can be made in parallel); null computes it here when needed.
     */
    public DedupeVerdict decide(DedupeInput in, Fingerprint fingerprint) {
        long at = in.receivedAt().toEpochMilli();
        long expiredBefore = at - settings.window().toMillis();
        String itemKey = in.itemKey();
        ItemEntry item = itemKey == null ? null : state.items().get(itemKey);
        if (item != null && item.receivedAt() >= expiredBefore) {
            return knownItem(in, itemKey, item, at);
        }
        DedupeVerdict verdict = in.canceled()
                ? new DedupeVerdict(Kind.KILL, in.id(), in.id(), null) // a kill of an item we never held
                : byText(in, at, expiredBefore, fingerprint);
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
                + state.near().expire(cutoff);
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

    private DedupeVerdict byText(DedupeInput in, long at, long expiredBefore, Fingerprint precomputed) {
        String hash = BodyNormaliser.hash(in.body());
        BodyOwner owner = state.bodies().get(hash);
        if (owner != null && owner.receivedAt() >= expiredBefore) {
            return DedupeVerdict.exactDuplicateOf(owner.articleId(), owner.story());
        }
        Fingerprint fingerprint = precomputed != null ? precomputed : Fingerprint.of(in.body());
        NearIndex.Match match = fingerprint.shingles() < settings.minShingles() ? null
                : state.near().nearest(fingerprint, expiredBefore);
        if (match != null) {
            // an indexed article is an original, so its story is its own id
            state.bodies().put(hash, new BodyOwner(in.id(), match.articleId(), at));
            return new DedupeVerdict(Kind.NEAR, match.articleId(), match.articleId(), match.similarity());
        }
        state.bodies().put(hash, new BodyOwner(in.id(), in.id(), at));
        if (fingerprint.shingles() >= settings.minShingles()) {
            state.signatures().put(in.id(), new IndexedArticle(at, fingerprint));
            state.near().add(in.id(), at, fingerprint);
        }
        return DedupeVerdict.original(in.id());
    }
}
