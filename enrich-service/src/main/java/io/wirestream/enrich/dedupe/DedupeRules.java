package io.wirestream.enrich.dedupe;

import io.wirestream.contract.DedupeVerdict;

/**
 * Exact-duplicate and version rules, free of Kafka so they are easy to test. Identity is decided
 * where records are partitioned by raw key (article id), body comparison where they are
 * partitioned by body hash.
 */
public final class DedupeRules {

    private DedupeRules() {
    }

    /** What an article's id and version mean given the versions seen before (null: none). */
    public static Identity identity(SeenVersions seen, int version, String pubStatus) {
        if (seen == null) {
            return Identity.NEW;
        }
        if (seen.contains(version)) {
            return Identity.REPEAT;
        }
        return "canceled".equalsIgnoreCase(pubStatus) ? Identity.KILL : Identity.VERSION;
    }

    /**
     * The verdict for an article given its identity and the first owner of its body (null: none).
     * Versions and kills stay in their article's own story; a repeat keeps the story its body
     * joined the first time.
     */
    public static DedupeVerdict verdict(Identity identity, String articleId, BodyOwner owner) {
        return switch (identity) {
            case NEW -> owner == null
                    ? DedupeVerdict.original(articleId)
                    : DedupeVerdict.exactDuplicateOf(owner.articleId(), owner.story());
            case REPEAT -> DedupeVerdict.exactDuplicateOf(articleId, owner == null ? articleId : owner.story());
            case VERSION -> new DedupeVerdict(DedupeVerdict.Kind.VERSION, articleId, articleId, null);
            case KILL -> new DedupeVerdict(DedupeVerdict.Kind.KILL, articleId, articleId, null);
        };
    }

    /** Whether the body store should remember this article as the owner of its body. */
    public static boolean ownsBody(Identity identity, BodyOwner owner) {
        return owner == null && identity != Identity.KILL;
    }
}
