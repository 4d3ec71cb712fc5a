package io.wirestream.publish.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side: current versions of articles, newest first or by relevance, filtered. */
@Component
public class ArticleReader {

    private static final String COLUMNS = """
            SELECT a.article_id, a.seq, a.pub_status, a.updated_at, a.current_version, a.story_id,
                   v.item::text AS item, v.source, v.published_at, v.signal
            """;

    private static final String FROM = """
              FROM article a
              JOIN article_version v ON v.article_id = a.article_id AND v.version = a.current_version
            """;

    // One tsquery per configuration in use, so each article is matched with the stemming of its own
    // language and the GIN index on search still applies (the query is constant per configuration).
    private static final String SEARCH_JOIN = """
              JOIN (SELECT c.config, websearch_to_tsquery(c.config, :q) AS query
                      FROM (SELECT DISTINCT config FROM text_search_language
                            UNION SELECT 'simple'::regconfig) c) q
                ON q.config = v.ts_config AND v.search @@ q.query
            """;

    private static final String RANK = "ts_rank_cd(v.search, q.query)";

    private static final String HIGHLIGHT_OPTIONS =
            "StartSel=" + ArticleHit.MARK_START + ", StopSel=" + ArticleHit.MARK_END
                    + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    ArticleReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The article, canceled or not; empty when publish never stored it. */
    public Optional<StoredArticle> find(String articleId) {
        return jdbc.sql(COLUMNS + FROM + " WHERE a.article_id = :id").param("id", articleId)
                .query(ArticleReader::row).optional();
    }

    /** Visible articles newest first, starting after {@code beforeSeq} (exclusive) when given. */
    public List<StoredArticle> newest(Long beforeSeq, int limit) {
        return find(ArticleFilter.ALL, beforeSeq == null ? null : Position.newest(beforeSeq), limit).stream()
                .map(ArticleHit::article).toList();
    }

    /**
     * Visible articles matching the filter. Without a query they come newest first; with one, by
     * rank and then newest first. {@code after} is the last hit of the previous page, or null.
     */
    public List<ArticleHit> find(ArticleFilter filter, Position after, int limit) {
        return query(filter, after, false, limit);
    }

    /**
     * Articles matching the filter that got their sequence after {@code afterSeq}, oldest first:
     * what the live stream sends next. Killed articles are included (a kill gives the article a new
     * sequence), so the stream can tell its clients to drop them. A query only selects; there is no
     * ranking.
     */
    public List<StoredArticle> publishedAfter(ArticleFilter filter, long afterSeq, int limit) {
        return query(filter, Position.newest(afterSeq), true, limit).stream().map(ArticleHit::article).toList();
    }

    /** The highest sequence any article has; 0 when there is none. Cheap (index on seq). */
    public long newestSeq() {
        return jdbc.sql("SELECT COALESCE(max(seq), 0) FROM article").query(Long.class).single();
    }

    private List<ArticleHit> query(ArticleFilter filter, Position after, boolean ascending, int limit) {
        var sql = new StringBuilder(COLUMNS);
        boolean search = filter.searches();
        boolean rank = search && !ascending;
        if (rank) {
            sql.append(", ").append(RANK).append(" AS rank")
                    .append(", ts_headline(v.ts_config, COALESCE(v.headline, ''), q.query, :hlAll) AS hl_headline")
                    .append(", ts_headline(v.ts_config, COALESCE(v.body_text, ''), q.query, :hl) AS hl_body\n");
        }
        sql.append(FROM);
        if (search) {
            sql.append(SEARCH_JOIN);
        }
        // The stream (ascending) also reports kills; every list and feed shows visible articles only.
        List<String> where = new ArrayList<>(ascending ? List.of("TRUE") : List.of("a.pub_status <> 'canceled'"));
        var params = new java.util.HashMap<String, Object>();
        if (search) {
            params.put("q", filter.query());
        }
        if (rank) {
            params.put("hl", HIGHLIGHT_OPTIONS);
            params.put("hlAll", HIGHLIGHT_OPTIONS + ", HighlightAll=true");
        }
        if (!filter.topics().isEmpty()) {
            where.add("a.tags && CAST(:topics AS text[])");
            params.put("topics", filter.topics().stream().map(Tags::subjectKey).toArray(String[]::new));
        }
        entity(where, params, "person", filter.person());
        entity(where, params, "place", filter.place());
        entity(where, params, "organisation", filter.organisation());
        if (filter.source() != null) {
            where.add("a.source = :source");
            params.put("source", filter.source());
        }
        if (filter.language() != null) {
            where.add("(lower(a.language) = lower(:lang) OR lower(a.language) LIKE lower(:lang) || '-%')");
            params.put("lang", filter.language());
        }
        if (filter.since() != null) {
            where.add("a.item_time >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.add("a.item_time < :until");
            params.put("until", filter.until());
        }
        if (filter.story() != null) {
            where.add("a.story_id = :story");
            params.put("story", filter.story());
        }
        if (after != null) {
            if (ascending) {
                where.add("a.seq > :afterSeq");
            } else if (rank && after.rank() != null) {
                where.add("(" + RANK + ", a.seq) < (CAST(:afterRank AS real), :afterSeq)");
                params.put("afterRank", after.rank());
            } else {
                where.add("a.seq < :afterSeq");
            }
            params.put("afterSeq", after.seq());
        }
        sql.append(" WHERE ").append(String.join("\n   AND ", where));
        sql.append(ascending ? "\n ORDER BY a.seq" : rank ? "\n ORDER BY rank DESC, a.seq DESC" : "\n ORDER BY a.seq DESC");
        sql.append("\n LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new ArticleHit(row(rs, n),
                rank ? rs.getFloat("rank") : null,
                rank ? rs.getString("hl_headline") : null,
                rank ? rs.getString("hl_body") : null)).list();
    }

    private static void entity(List<String> where, java.util.Map<String, Object> params, String kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        // By name (any case) or by literal: either key on the article's tags matches.
        where.add("a.tags && CAST(:" + kind + " AS text[])");
        params.put(kind, new String[] {Tags.nameKey(kind, value.strip()), Tags.literalKey(kind, value.strip())});
    }

    /** Every stored version of the article, oldest first; empty when there is none. */
    public List<StoredVersion> versions(String articleId) {
        return jdbc.sql("""
                SELECT version, verdict, pub_status, source, published_at, item::text AS item, signal
                  FROM article_version WHERE article_id = :id ORDER BY version
                """).param("id", articleId)
                .query((rs, n) -> new StoredVersion(rs.getInt("version"), rs.getString("verdict"),
                        rs.getString("pub_status"), rs.getString("source"), instant(rs, "published_at"),
                        rs.getString("item"), rs.getString("signal")))
                .list();
    }

    /** Changes whenever an article is added, updated or killed. */
    public FeedState feedState() {
        return jdbc.sql("""
                SELECT COALESCE(max(seq), 0) AS newest, count(*) FILTER (WHERE pub_status <> 'canceled') AS visible,
                       max(updated_at) AS last_change
                  FROM article
                """)
                .query((rs, n) -> new FeedState(rs.getLong("newest"), rs.getLong("visible"),
                        instant(rs, "last_change")))
                .single();
    }

    /**
     * Where the previous page ended: the last article's sequence and, for a search, its rank.
     *
     * @param seq  sequence of the last article shown
     * @param rank its rank, or null when the list was not a search
     */
    public record Position(long seq, Float rank) {

        public static Position newest(long seq) {
            return new Position(seq, null);
        }
    }

    static StoredArticle row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredArticle(rs.getString("article_id"), rs.getLong("seq"), rs.getString("pub_status"),
                rs.getString("item"), rs.getString("source"), instant(rs, "published_at"), instant(rs, "updated_at"),
                rs.getInt("current_version"), rs.getString("story_id"), rs.getString("signal"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
