package io.wirestream.publish.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Story clusters: the articles, versions and duplicates that share a story id. Killed articles are left out. */
@Component
class StoryReader {

    private static final String SUMMARY = """
            SELECT s.story_id, s.seq, s.updated_at,
                   (SELECT count(*) FROM article a WHERE a.story_id = s.story_id AND a.pub_status <> 'canceled')
                       AS articles,
                   (SELECT count(*) FROM article_duplicate d WHERE d.story_id = s.story_id) AS duplicates,
                   ARRAY(SELECT src FROM (SELECT a.source AS src FROM article a
                                           WHERE a.story_id = s.story_id AND a.pub_status <> 'canceled'
                                          UNION SELECT d.source FROM article_duplicate d
                                           WHERE d.story_id = s.story_id) x ORDER BY 1) AS sources,
                   (SELECT v.headline FROM article a
                      JOIN article_version v ON v.article_id = a.article_id AND v.version = a.current_version
                     WHERE a.story_id = s.story_id AND a.pub_status <> 'canceled'
                     ORDER BY (a.article_id = s.story_id) DESC, a.created_at LIMIT 1) AS headline
              FROM story s
             WHERE EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.story_id AND a.pub_status <> 'canceled')
            """;

    private final JdbcClient jdbc;

    StoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StorySummary> newest(Long beforeSeq, int limit) {
        return jdbc.sql(SUMMARY + " AND (CAST(:before AS bigint) IS NULL OR s.seq < :before) ORDER BY s.seq DESC LIMIT :limit")
                .param("before", beforeSeq).param("limit", limit)
                .query(StoryReader::summary).list();
    }

    /** Empty when there is no such story; a story whose articles were all killed has no summary either. */
    Optional<StorySummary> summary(String storyId) {
        return jdbc.sql(SUMMARY + " AND s.story_id = :id").param("id", storyId).query(StoryReader::summary).optional();
    }

    boolean exists(String storyId) {
        return jdbc.sql("SELECT count(*) FROM story WHERE story_id = :id").param("id", storyId)
                .query(Long.class).single() > 0;
    }

    /** Visible articles of the story with their current item, the original first. */
    List<StoryArticle> articles(String storyId) {
        return jdbc.sql("""
                SELECT a.article_id, a.current_version, a.pub_status, v.item::text AS item
                  FROM article a
                  JOIN article_version v ON v.article_id = a.article_id AND v.version = a.current_version
                 WHERE a.story_id = :id AND a.pub_status <> 'canceled'
                 ORDER BY (a.article_id = :id) DESC, a.created_at, a.article_id
                """).param("id", storyId)
                .query((rs, n) -> new StoryArticle(rs.getString("article_id"), rs.getInt("current_version"),
                        rs.getString("pub_status"), rs.getString("item")))
                .list();
    }

    List<StoryVersion> versions(String storyId) {
        return jdbc.sql("""
                SELECT v.article_id, v.version, v.verdict, v.source, v.headline, v.published_at
                  FROM article_version v JOIN article a ON a.article_id = v.article_id
                 WHERE a.story_id = :id AND a.pub_status <> 'canceled'
                 ORDER BY v.article_id, v.version
                """).param("id", storyId)
                .query((rs, n) -> new StoryVersion(rs.getString("article_id"), rs.getInt("version"),
                        rs.getString("verdict"), rs.getString("source"), rs.getString("headline"),
                        instant(rs, "published_at")))
                .list();
    }

    List<StoryDuplicate> duplicates(String storyId) {
        return jdbc.sql("""
                SELECT article_id, version, uri, verdict, original_id, similarity, source, headline, received_at,
                       recorded_at
                  FROM article_duplicate WHERE story_id = :id ORDER BY recorded_at, article_id, version
                """).param("id", storyId)
                .query((rs, n) -> new StoryDuplicate(rs.getString("article_id"), rs.getInt("version"),
                        rs.getString("uri"), rs.getString("verdict"), rs.getString("original_id"),
                        (Double) rs.getObject("similarity"), rs.getString("source"), rs.getString("headline"),
                        instant(rs, "received_at"), instant(rs, "recorded_at")))
                .list();
    }

    private static StorySummary summary(ResultSet rs, int n) throws SQLException {
        String[] sources = (String[]) rs.getArray("sources").getArray();
        return new StorySummary(rs.getString("story_id"), rs.getLong("seq"), instant(rs, "updated_at"),
                rs.getString("headline"), rs.getInt("articles"), rs.getInt("duplicates"), Arrays.asList(sources));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    record StorySummary(String id, long seq, Instant updated, String headline, int articles, int duplicates,
            List<String> sources) {
    }

    record StoryArticle(String id, int currentVersion, String pubStatus, String itemJson) {
    }

    record StoryVersion(String articleId, int version, String verdict, String source, String headline,
            Instant storedAt) {
    }

    record StoryDuplicate(String id, int version, String uri, String verdict, String of, Double similarity,
            String source, String headline, Instant receivedAt, Instant recordedAt) {
    }
}
