package io.wirestream.publish.store;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores enriched articles idempotently. The (article id, version) key turns a replayed record into
 * a no-op, and the current-version pointer only ever moves forward, so records may be replayed
 * after a crash without changing anything.
 */
@Component
public class ArticleWriter {

    static final String CANCELED = "canceled";
    private static final String USABLE = "usable";

    private static final String INSERT_VERSION = """
            INSERT INTO article_version (article_id, version, story_id, uri, headline, body_text, body_html, byline,
                located, language, pub_status, first_created, version_created, source, provider_guid, body_hash,
                verdict, item)
            VALUES (:articleId, :version, :storyId, :uri, :headline, :bodyText, :bodyHtml, :byline,
                :located, :language, :pubStatus, :firstCreated, :versionCreated, :source, :providerGuid, :bodyHash,
                :verdict, CAST(:item AS jsonb))
            ON CONFLICT (article_id, version) DO NOTHING
            RETURNING seq
            """;

    // A canceled article stays canceled: a kill is final.
    private static final String MAKE_CURRENT = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status)
            VALUES (:articleId, :version, :seq, :storyId, :pubStatus)
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = EXCLUDED.current_version, seq = EXCLUDED.seq, story_id = EXCLUDED.story_id,
                   pub_status = EXCLUDED.pub_status, updated_at = now()
             WHERE article.current_version < EXCLUDED.current_version AND article.pub_status <> 'canceled'
            """;

    // A kill cancels whatever version is current, even when it carries no higher version number.
    private static final String KILL = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status)
            VALUES (:articleId, :version, COALESCE(CAST(:seq AS bigint), nextval('publish_seq')), :storyId, 'canceled')
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = GREATEST(article.current_version, EXCLUDED.current_version),
                   seq = EXCLUDED.seq, pub_status = 'canceled', updated_at = now()
             WHERE article.pub_status <> 'canceled'
            """;

    private final JdbcClient jdbc;

    ArticleWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one article in a single database transaction; the caller commits the offset afterwards. */
    @Transactional
    public StoreOutcome store(EnrichedArticle article) {
        DedupeVerdict.Kind kind = article.dedupe().kind();
        if (!article.dedupe().isPublishable()) {
            return StoreOutcome.DUPLICATE;
        }
        boolean kill = kind == DedupeVerdict.Kind.KILL;
        StoredItem item = StoredItem.of(article, kill);
        String pubStatus = kill ? CANCELED : Optional.ofNullable(item.ninjs().pubStatus()).orElse(USABLE);
        Optional<Long> seq = insertVersion(article, item, pubStatus);
        if (kill) {
            int changed = jdbc.sql(KILL)
                    .param("articleId", article.id())
                    .param("version", article.version())
                    .param("seq", seq.orElse(null))
                    .param("storyId", article.dedupe().story())
                    .update();
            return changed == 0 && seq.isEmpty() ? StoreOutcome.REPLAYED : StoreOutcome.KILLED;
        }
        if (seq.isEmpty()) {
            return StoreOutcome.REPLAYED;
        }
        int changed = jdbc.sql(MAKE_CURRENT)
                .param("articleId", article.id())
                .param("version", article.version())
                .param("seq", seq.get())
                .param("storyId", article.dedupe().story())
                .param("pubStatus", pubStatus)
                .update();
        return changed == 1 ? StoreOutcome.CURRENT : StoreOutcome.HISTORY;
    }

    private Optional<Long> insertVersion(EnrichedArticle article, StoredItem item, String pubStatus) {
        Ninjs ninjs = item.ninjs();
        var provenance = article.provenance();
        return jdbc.sql(INSERT_VERSION)
                .param("articleId", article.id())
                .param("version", article.version())
                .param("storyId", article.dedupe().story())
                .param("uri", ninjs.uri())
                .param("headline", ninjs.mainHeadline())
                .param("bodyText", ninjs.body("text/plain"))
                .param("bodyHtml", ninjs.body("text/html"))
                .param("byline", ninjs.by())
                .param("located", ninjs.located())
                .param("language", ninjs.language())
                .param("pubStatus", pubStatus)
                .param("firstCreated", ninjs.firstCreated())
                .param("versionCreated", ninjs.versionCreated())
                .param("source", StoredItem.clean(provenance.source()))
                .param("providerGuid", StoredItem.clean(provenance.providerGuid()))
                .param("bodyHash", StoredItem.clean(provenance.bodyHash()))
                .param("verdict", kindName(article.dedupe().kind()))
                .param("item", item.text())
                .query(Long.class)
                .optional();
    }

    /** The verdict as the contract spells it ("original", "version", ...). */
    public static String kindName(DedupeVerdict.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
