package io.wirestream.publish.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side: current versions of articles, newest first. */
@Component
public class ArticleReader {

    private static final String SELECT = """
            SELECT a.article_id, a.seq, a.pub_status, a.updated_at, v.item::text AS item, v.source, v.published_at
              FROM article a
              JOIN article_version v ON v.article_id = a.article_id AND v.version = a.current_version
            """;

    private final JdbcClient jdbc;

    ArticleReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The article, canceled or not; empty when publish never stored it. */
    public Optional<StoredArticle> find(String articleId) {
        return jdbc.sql(SELECT + " WHERE a.article_id = :id").param("id", articleId).query(ArticleReader::row).optional();
    }

    /** Visible articles newest first, starting after {@code beforeSeq} (exclusive) when given. */
    public List<StoredArticle> newest(Long beforeSeq, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE a.pub_status <> 'canceled' AND (CAST(:before AS bigint) IS NULL OR a.seq < :before)
                 ORDER BY a.seq DESC
                 LIMIT :limit
                """)
                .param("before", beforeSeq)
                .param("limit", limit)
                .query(ArticleReader::row)
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

    private static StoredArticle row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredArticle(rs.getString("article_id"), rs.getLong("seq"), rs.getString("pub_status"),
                rs.getString("item"), rs.getString("source"), instant(rs, "published_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
