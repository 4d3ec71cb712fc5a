package io.wirestream.publish.store;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores enriched articles idempotently. The (article id, version) key turns a replayed record into
 * a no-op, and the current-version pointer only ever moves forward, so records may be replayed
 * after a crash without changing anything. Exact and near duplicates are recorded against their
 * original and story, never stored as articles.
 *
 * <p>A batch is written set-based: each step is one statement over arrays of the batch's rows
 * (a few round trips per batch instead of several per article). Rows of one statement must not
 * touch the same article twice, so a batch that names an article again is cut into runs of
 * distinct articles, written in order: the result is the same as storing the records one by one.
 */
@Component
public class ArticleWriter {

    static final String CANCELED = "canceled";
    private static final String USABLE = "usable";
    private static final String TAG_SEPARATOR = "\u001f";

    private static final String INSERT_VERSIONS = """
            INSERT INTO article_version (article_id, version, story_id, uri, headline, body_text, body_html, byline,
                located, language, pub_status, first_created, version_created, source, provider_guid, body_hash,
                verdict, item, ts_config, signal)
            SELECT r.article_id, r.version, r.story_id, r.uri, r.headline, r.body_text, r.body_html, r.byline,
                   r.located, r.language, r.pub_status, r.first_created::timestamptz, r.version_created::timestamptz,
                   r.source, r.provider_guid, r.body_hash, r.verdict, r.item::jsonb, publish_ts_config(r.language),
                   r.signal
              FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[])
                   WITH ORDINALITY AS r(article_id, version, story_id, uri, headline, body_text, body_html, byline,
                       located, language, pub_status, first_created, version_created, source, provider_guid,
                       body_hash, verdict, item, signal, ord)
             ORDER BY r.ord
            ON CONFLICT (article_id, version) DO NOTHING
            RETURNING article_id, seq
            """;

    // A canceled article stays canceled: a kill is final. The tags describe the current version, so
    // they move with it (keys joined by U+001F, see Tags.keys).
    private static final String MAKE_CURRENT = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status, source, language, item_time,
                tags)
            SELECT r.article_id, r.version, r.seq, r.story_id, r.pub_status, r.source, r.language,
                   r.item_time::timestamptz, COALESCE(string_to_array(r.tags, E'\\x1f'), '{}')
              FROM unnest(?::text[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[])
                   AS r(article_id, version, seq, story_id, pub_status, source, language, item_time, tags)
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = EXCLUDED.current_version, seq = EXCLUDED.seq, story_id = EXCLUDED.story_id,
                   pub_status = EXCLUDED.pub_status, source = EXCLUDED.source, language = EXCLUDED.language,
                   item_time = EXCLUDED.item_time, tags = EXCLUDED.tags, updated_at = now()
             WHERE article.current_version < EXCLUDED.current_version AND article.pub_status <> 'canceled'
            RETURNING article_id
            """;

    // A kill cancels whatever version is current, even when it carries no higher version number.
    private static final String KILL = """
            INSERT INTO article (article_id, current_version, seq, story_id, pub_status, source, language, item_time)
            SELECT r.article_id, r.version, COALESCE(r.seq, nextval('publish_seq')), r.story_id, 'canceled',
                   r.source, r.language, r.item_time::timestamptz
              FROM unnest(?::text[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   WITH ORDINALITY AS r(article_id, version, seq, story_id, pub_status, source, language, item_time,
                       ord)
             ORDER BY r.ord
            ON CONFLICT (article_id) DO UPDATE
               SET current_version = GREATEST(article.current_version, EXCLUDED.current_version),
                   seq = EXCLUDED.seq, pub_status = 'canceled', updated_at = now()
             WHERE article.pub_status <> 'canceled'
            RETURNING article_id
            """;

    private static final String INSERT_DUPLICATES = """
            INSERT INTO article_duplicate (article_id, version, original_id, story_id, verdict, similarity, uri,
                headline, source, provider_guid, received_at)
            SELECT r.article_id, r.version, r.original_id, r.story_id, r.verdict, r.similarity, r.uri, r.headline,
                   r.source, r.provider_guid, r.received_at::timestamptz
              FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[])
                   AS r(article_id, version, original_id, story_id, verdict, similarity, uri, headline, source,
                       provider_guid, received_at)
            ON CONFLICT (article_id, version) DO NOTHING
            RETURNING article_id
            """;

    // Any change inside a story moves it to the top of the story list; the story changed last comes
    // first (the sequence is drawn after the sort, in the order of the stories' last changes).
    private static final String TOUCH_STORIES = """
            INSERT INTO story (story_id, seq)
            SELECT t.story_id, nextval('publish_seq')
              FROM unnest(?::text[]) WITH ORDINALITY AS t(story_id, ord)
             ORDER BY t.ord
            ON CONFLICT (story_id) DO UPDATE SET seq = EXCLUDED.seq, updated_at = now()
            """;

    private final JdbcTemplate jdbc;
    private final StoreChanges changes;

    ArticleWriter(JdbcTemplate jdbc, StoreChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Stores one article in a single database transaction; the caller commits the offset afterwards. */
    @Transactional
    public StoreOutcome store(EnrichedArticle article) {
        return write(List.of(article)).getFirst();
    }

    /**
     * Stores a batch of articles, in order, in one database transaction: all or nothing. The caller
     * commits the batch's offsets only after this returned.
     */
    @Transactional
    public List<StoreOutcome> storeAll(List<EnrichedArticle> articles) {
        return write(articles);
    }

    private List<StoreOutcome> write(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        // Invalid input fails the whole batch before anything is written.
        List<Row> rows = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            rows.add(Row.of(i, articles.get(i)));
        }
        StoreOutcome[] outcomes = new StoreOutcome[rows.size()];
        Map<Integer, String> touches = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (List<Row> run : runsOfDistinctArticles(rows)) {
                new Run(connection, run, outcomes, touches).write();
            }
            touchStories(connection, touches);
            return null;
        });
        // Even an all-replayed batch moves it: cheap, and never wrong (only a cache refill).
        changes.changedOnCommit();
        return Arrays.asList(outcomes);
    }

    /** Splits the batch, in order, wherever an article id comes up again. */
    private static List<List<Row>> runsOfDistinctArticles(List<Row> rows) {
        List<List<Row>> runs = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            if (!ids.add(row.article().id())) {
                runs.add(run);
                run = new ArrayList<>();
                ids.clear();
                ids.add(row.article().id());
            }
            run.add(row);
        }
        runs.add(run);
        return runs;
    }

    /** One statement for every story the batch changed, ordered by when each was changed last. */
    private static void touchStories(Connection connection, Map<Integer, String> touches) throws SQLException {
        if (touches.isEmpty()) {
            return;
        }
        Map<String, Integer> lastTouch = new LinkedHashMap<>();
        touches.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
            lastTouch.remove(t.getValue());
            lastTouch.put(t.getValue(), t.getKey());
        });
        var stories = new SqlArrays(connection);
        stories.text(new ArrayList<>(lastTouch.keySet()), s -> s);
        stories.update(TOUCH_STORIES);
    }

    /** One enriched article with what is derived from it before any statement runs. */
    private record Row(int index, EnrichedArticle article, StoredItem item, String pubStatus, boolean kill) {

        static Row of(int index, EnrichedArticle article) {
            if (!article.dedupe().isPublishable()) {
                return new Row(index, article, null, null, false);
            }
            boolean kill = article.dedupe().kind() == DedupeVerdict.Kind.KILL;
            StoredItem item = StoredItem.of(article, kill);
            String pubStatus = kill ? CANCELED : Optional.ofNullable(item.ninjs().pubStatus()).orElse(USABLE);
            return new Row(index, article, item, pubStatus, kill);
        }

        boolean duplicate() {
            return item == null;
        }

        String id() {
            return article.id();
        }

        String story() {
            return article.dedupe().story();
        }

        Ninjs ninjs() {
            return item.ninjs();
        }
    }

    /** A run of rows with distinct article ids, written with one statement per step. */
    private static final class Run {

        private final Connection connection;
        private final List<Row> rows;
        private final StoreOutcome[] outcomes;
        private final Map<Integer, String> touches;

        Run(Connection connection, List<Row> rows, StoreOutcome[] outcomes, Map<Integer, String> touches) {
            this.connection = connection;
            this.rows = rows;
            this.outcomes = outcomes;
            this.touches = touches;
        }

        void write() throws SQLException {
            List<Row> duplicates = rows.stream().filter(Row::duplicate).toList();
            List<Row> versions = rows.stream().filter(r -> !r.duplicate()).toList();
            recordDuplicates(duplicates);
            Map<String, Long> seqs = insertVersions(versions);
            List<Row> current = new ArrayList<>();
            List<Row> kills = new ArrayList<>();
            for (Row row : versions) {
                if (row.kill()) {
                    kills.add(row);
                } else if (seqs.containsKey(row.id())) {
                    current.add(row);
                } else {
                    outcomes[row.index()] = StoreOutcome.REPLAYED;
                }
            }
            makeCurrent(current, seqs);
            kill(kills, seqs);
        }

        private void recordDuplicates(List<Row> duplicates) throws SQLException {
            if (duplicates.isEmpty()) {
                return;
            }
            var a = new SqlArrays(connection);
            a.text(duplicates, Row::id);
            a.integers(duplicates, r -> r.article().version());
            // An original is always named for a duplicate; the story is the fallback for odd producers.
            a.text(duplicates, r -> r.article().dedupe().of() != null ? r.article().dedupe().of() : r.story());
            a.text(duplicates, Row::story);
            a.text(duplicates, r -> kindName(r.article().dedupe().kind()));
            a.doubles(duplicates, r -> r.article().dedupe().similarity());
            a.text(duplicates, r -> StoredItem.clean(r.article().item().uri() != null ? r.article().item().uri()
                    : "urn:wirestream:article:" + r.id()));
            a.text(duplicates, r -> StoredItem.clean(r.article().item().mainHeadline()));
            a.text(duplicates, r -> StoredItem.clean(r.article().provenance().source()));
            a.text(duplicates, r -> StoredItem.clean(r.article().provenance().providerGuid()));
            a.text(duplicates, r -> timestamp(r.article().provenance().receivedAt() == null ? null
                    : r.article().provenance().receivedAt().atOffset(ZoneOffset.UTC)));
            Set<String> inserted = new HashSet<>(a.queryStrings(INSERT_DUPLICATES));
            for (Row row : duplicates) {
                if (inserted.contains(row.id())) {
                    outcomes[row.index()] = StoreOutcome.DUPLICATE;
                    touches.put(row.index(), row.story());
                } else {
                    outcomes[row.index()] = StoreOutcome.REPLAYED;
                }
            }
        }

        private Map<String, Long> insertVersions(List<Row> versions) throws SQLException {
            if (versions.isEmpty()) {
                return Map.of();
            }
            var a = new SqlArrays(connection);
            a.text(versions, Row::id);
            a.integers(versions, r -> r.article().version());
            a.text(versions, Row::story);
            a.text(versions, r -> r.ninjs().uri());
            a.text(versions, r -> r.ninjs().mainHeadline());
            a.text(versions, r -> r.ninjs().body("text/plain"));
            a.text(versions, r -> r.ninjs().body("text/html"));
            a.text(versions, r -> r.ninjs().by());
            a.text(versions, r -> r.ninjs().located());
            a.text(versions, r -> r.ninjs().language());
            a.text(versions, Row::pubStatus);
            a.text(versions, r -> timestamp(r.ninjs().firstCreated()));
            a.text(versions, r -> timestamp(r.ninjs().versionCreated()));
            a.text(versions, r -> StoredItem.clean(r.article().provenance().source()));
            a.text(versions, r -> StoredItem.clean(r.article().provenance().providerGuid()));
            a.text(versions, r -> StoredItem.clean(r.article().provenance().bodyHash()));
            a.text(versions, r -> kindName(r.article().dedupe().kind()));
            a.text(versions, r -> r.item().text());
            a.text(versions, r -> r.article().provenance().signal());
            return a.queryIdsAndSeqs(INSERT_VERSIONS);
        }

        private void makeCurrent(List<Row> current, Map<String, Long> seqs) throws SQLException {
            if (current.isEmpty()) {
                return;
            }
            SqlArrays rows = currentRows(current, seqs);
            rows.text(current, r -> String.join(TAG_SEPARATOR, Tags.of(r.ninjs()).keys()));
            Set<String> moved = new HashSet<>(rows.queryStrings(MAKE_CURRENT));
            for (Row row : current) {
                touches.put(row.index(), row.story());
                outcomes[row.index()] = moved.contains(row.id()) ? StoreOutcome.CURRENT : StoreOutcome.HISTORY;
            }
        }

        private void kill(List<Row> kills, Map<String, Long> seqs) throws SQLException {
            if (kills.isEmpty()) {
                return;
            }
            Set<String> changed = new HashSet<>(currentRows(kills, seqs).queryStrings(KILL));
            for (Row row : kills) {
                if (!changed.contains(row.id()) && !seqs.containsKey(row.id())) {
                    outcomes[row.index()] = StoreOutcome.REPLAYED;
                } else {
                    outcomes[row.index()] = StoreOutcome.KILLED;
                    touches.put(row.index(), row.story());
                }
            }
        }

        private SqlArrays currentRows(List<Row> rows, Map<String, Long> seqs) throws SQLException {
            var a = new SqlArrays(connection);
            a.text(rows, Row::id);
            a.integers(rows, r -> r.article().version());
            a.longs(rows, r -> seqs.get(r.id()));
            a.text(rows, Row::story);
            a.text(rows, Row::pubStatus);
            a.text(rows, r -> StoredItem.clean(r.article().provenance().source()));
            a.text(rows, r -> r.ninjs().language());
            a.text(rows, r -> timestamp(itemTime(r.article(), r.ninjs())));
            return a;
        }
    }

    /** What since/until filter on: when this version was created, as close as the item says. */
    private static OffsetDateTime itemTime(EnrichedArticle article, Ninjs ninjs) {
        Instant received = article.provenance().receivedAt();
        return Stream.of(ninjs.versionCreated(), ninjs.firstCreated(), ninjs.contentCreated(),
                        received == null ? null : received.atOffset(ZoneOffset.UTC))
                .filter(Objects::nonNull).findFirst()
                .orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** ISO 8601 with its offset: PostgreSQL reads it as the same instant whatever the session zone. */
    private static String timestamp(OffsetDateTime time) {
        return time == null ? null : time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The verdict as the contract spells it ("original", "version", ...). */
    public static String kindName(DedupeVerdict.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
