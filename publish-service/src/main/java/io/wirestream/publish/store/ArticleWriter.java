package io.wirestream.publish.store;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.Ninjs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores enriched articles idempotently. The (article id, version) key turns a replayed record into
 * a no-op, and the current-version pointer only ever moves forward, so records may be replayed
 * after a crash without changing anything. Exact and near duplicates are recorded against their
 * original and story, never stored as articles.
 */
@Component
public class ArticleWriter {

    static final String CANCELED = "canceled";
    private static final String USABLE = "usable";

    private static final String INSERT_VERSION = """
            INSERT INTO article_version (article_id, version, story_id, uri, headline, body_text, body_html, byline,
                located, language, pub_status, first_created, version_created, source, provider_guid, body_hash,
                verdict, item, ts_config)
            VALUES (:articleId, :version, :storyId, :uri, :headline, :bodyText, :bodyHtml, :byline,
                :located, :language, :pubStatus, :firstCreated, :versionCreated, :source, :providerGuid, :bodyHash,
                :verdict, CAST(:item AS jsonb), publish_ts_config(:language))
            ON CONFLICT (article_id, version) DO NOTHING
            RETURNING seq
            """;

    // A canceled article stays canceled: a kill is final.
    private static final String MAKE_CURRENT = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status, source, language, item_time)
            VALUES (:articleId, :version, :seq, :storyId, :pubStatus, :source, :language, :itemTime)
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = EXCLUDED.current_version, seq = EXCLUDED.seq, story_id = EXCLUDED.story_id,
                   pub_status = EXCLUDED.pub_status, source = EXCLUDED.source, language = EXCLUDED.language,
                   item_time = EXCLUDED.item_time, updated_at = now()
             WHERE article.current_version < EXCLUDED.current_version AND article.pub_status <> 'canceled'
            """;

    // A kill cancels whatever version is current, even when it carries no higher version number.
    private static final String KILL = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status, source, language, item_time)
            VALUES (:articleId, :version, COALESCE(CAST(:seq AS bigint), nextval('publish_seq')), :storyId, 'canceled',
                    :source, :language, :itemTime)
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = GREATEST(article.current_version, EXCLUDED.current_version),
                   seq = EXCLUDED.seq, pub_status = 'canceled', updated_at = now()
             WHERE article.pub_status <> 'canceled'
            """;

    private static final String INSERT_DUPLICATE = """
            INSERT INTO article_duplicate (article_id, version, original_id, story_id, verdict, similarity, uri,
                headline, source, provider_guid, received_at)
            VALUES (:articleId, :version, :originalId, :storyId, :verdict, :similarity, :uri, :headline, :source,
                :providerGuid, :receivedAt)
            ON CONFLICT (article_id, version) DO NOTHING
            """;

    // Any change inside a story moves it to the top of the story list.
    private static final String TOUCH_STORY = """
            INSERT INTO story (story_id, seq) VALUES (:storyId, nextval('publish_seq'))
            ON CONFLICT (story_id) DO UPDATE SET seq = EXCLUDED.seq, updated_at = now()
            """;

    // Deletes and upserts touch disjoint rows, so the sub-statements cannot collide.
    private static final String REPLACE_TAGS = """
            WITH s AS (SELECT x->>'qcode' AS qcode, x->>'name' AS name
                         FROM jsonb_array_elements(CAST(:subjects AS jsonb)) x),
                 e AS (SELECT x->>'kind' AS kind, x->>'name' AS name, x->>'literal' AS literal
                         FROM jsonb_array_elements(CAST(:entities AS jsonb)) x),
                 gone_subjects AS (DELETE FROM article_subject t WHERE t.article_id = :id
                                     AND NOT EXISTS (SELECT 1 FROM s WHERE s.qcode = t.qcode)),
                 gone_entities AS (DELETE FROM article_entity t WHERE t.article_id = :id
                                     AND NOT EXISTS (SELECT 1 FROM e WHERE e.kind = t.kind AND e.name = t.name)),
                 new_subjects AS (INSERT INTO article_subject (article_id, qcode, name)
                                  SELECT :id, qcode, name FROM s
                                  ON CONFLICT (article_id, qcode) DO UPDATE SET name = EXCLUDED.name),
                 new_entities AS (INSERT INTO article_entity (article_id, kind, name, literal)
                                  SELECT :id, kind, name, literal FROM e
                                  ON CONFLICT (article_id, kind, name) DO UPDATE SET literal = EXCLUDED.literal)
            SELECT 1
            """;

    private final JdbcClient jdbc;

    ArticleWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one article in a single database transaction; the caller commits the offset afterwards. */
    @Transactional
    public StoreOutcome store(EnrichedArticle article) {
        return storeOne(article);
    }

    /**
     * Stores a batch of articles, in order, in one database transaction: all or nothing. The caller
     * commits the batch's offsets only after this returned.
     */
    @Transactional
    public List<StoreOutcome> storeAll(List<EnrichedArticle> articles) {
        List<StoreOutcome> outcomes = new ArrayList<>(articles.size());
        for (EnrichedArticle article : articles) {
            outcomes.add(storeOne(article));
        }
        return outcomes;
    }

    private StoreOutcome storeOne(EnrichedArticle article) {
        DedupeVerdict.Kind kind = article.dedupe().kind();
        if (!article.dedupe().isPublishable()) {
            return recordDuplicate(article);
        }
        boolean kill = kind == DedupeVerdict.Kind.KILL;
        StoredItem item = StoredItem.of(article, kill);
        String pubStatus = kill ? CANCELED : Optional.ofNullable(item.ninjs().pubStatus()).orElse(USABLE);
        Optional<Long> seq = insertVersion(article, item, pubStatus);
        if (kill) {
            int changed = current(KILL, article, item, seq.orElse(null), pubStatus);
            if (changed == 0 && seq.isEmpty()) {
                return StoreOutcome.REPLAYED;
            }
            touchStory(article.dedupe().story());
            return StoreOutcome.KILLED;
        }
        if (seq.isEmpty()) {
            return StoreOutcome.REPLAYED;
        }
        touchStory(article.dedupe().story());
        if (current(MAKE_CURRENT, article, item, seq.get(), pubStatus) == 1) {
            replaceTags(article.id(), Tags.of(item.ninjs()));
            return StoreOutcome.CURRENT;
        }
        return StoreOutcome.HISTORY;
    }

    private StoreOutcome recordDuplicate(EnrichedArticle article) {
        Ninjs ninjs = article.item();
        var verdict = article.dedupe();
        var provenance = article.provenance();
        String uri = ninjs.uri() != null ? ninjs.uri() : "urn:wirestream:article:" + article.id();
        int inserted = jdbc.sql(INSERT_DUPLICATE)
                .param("articleId", article.id())
                .param("version", article.version())
                // An original is always named for a duplicate; the story is the fallback for odd producers.
                .param("originalId", verdict.of() != null ? verdict.of() : verdict.story())
                .param("storyId", verdict.story())
                .param("verdict", kindName(verdict.kind()))
                .param("similarity", verdict.similarity())
                .param("uri", StoredItem.clean(uri))
                .param("headline", StoredItem.clean(ninjs.mainHeadline()))
                .param("source", StoredItem.clean(provenance.source()))
                .param("providerGuid", StoredItem.clean(provenance.providerGuid()))
                .param("receivedAt", provenance.receivedAt() == null ? null
                        : provenance.receivedAt().atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return StoreOutcome.REPLAYED;
        }
        touchStory(verdict.story());
        return StoreOutcome.DUPLICATE;
    }

    private int current(String sql, EnrichedArticle article, StoredItem item, Long seq, String pubStatus) {
        Ninjs ninjs = item.ninjs();
        return jdbc.sql(sql)
                .param("articleId", article.id())
                .param("version", article.version())
                .param("seq", seq)
                .param("storyId", article.dedupe().story())
                .param("pubStatus", pubStatus)
                .param("source", StoredItem.clean(article.provenance().source()))
                .param("language", ninjs.language())
                .param("itemTime", itemTime(article, ninjs))
                .update();
    }

    /** What since/until filter on: when this version was created, as close as the item says. */
    private static OffsetDateTime itemTime(EnrichedArticle article, Ninjs ninjs) {
        Instant received = article.provenance().receivedAt();
        return Stream.of(ninjs.versionCreated(), ninjs.firstCreated(), ninjs.contentCreated(),
                        received == null ? null : received.atOffset(ZoneOffset.UTC))
                .filter(Objects::nonNull).findFirst()
                .orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * The tag tables describe the current version only, so they are rewritten when it changes: one
     * statement removes the tags the new version dropped and upserts the ones it has.
     */
    private void replaceTags(String articleId, Tags tags) {
        List<Map<String, String>> subjects = new ArrayList<>();
        tags.subjects().forEach(t -> subjects.add(nullable("qcode", t.qcode(), "name", t.name(), null, null)));
        List<Map<String, String>> entities = new ArrayList<>();
        tags.entities().forEach(t -> entities.add(nullable("kind", t.kind(), "name", t.name(), "literal", t.literal())));
        jdbc.sql(REPLACE_TAGS)
                .param("id", articleId)
                .param("subjects", EventJson.mapper().writeValueAsString(subjects))
                .param("entities", EventJson.mapper().writeValueAsString(entities))
                .query(Integer.class).single();
    }

    private static Map<String, String> nullable(String k1, String v1, String k2, String v2, String k3, String v3) {
        Map<String, String> map = new java.util.HashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        if (k3 != null) {
            map.put(k3, v3);
        }
        return map;
    }

    private void touchStory(String storyId) {
        jdbc.sql(TOUCH_STORY).param("storyId", storyId).update();
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
