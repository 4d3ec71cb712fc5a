package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V4 moves the tag tables onto the article row: a database written before it keeps every tag.
 * Runs the migrations into a schema of its own on the test database, stopping at V3 to write tags
 * the old way.
 */
class TagsMigrationIT extends PublishItSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void tagsWrittenBeforeV4AreKeptAsKeysOnTheArticleRow() {
        String schema = "tags_migration_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        Flyway.configure().dataSource(dataSource).schemas(schema).target("3").load().migrate();
        var sql = JdbcClient.create(dataSource);
        try {
            // Table names are qualified with the schema: the pool's connections keep their own path.
            sql.sql("""
                    INSERT INTO %1$s.article_version (article_id, version, story_id, uri, headline, language,
                        pub_status, source, body_hash, verdict, item, ts_config)
                    VALUES ('a', 1, 'a', 'urn:a', 'Summit', 'en', 'usable', 'agency', 'h', 'original', '{}',
                        'english'), ('b', 1, 'b', 'urn:b', 'Storm', 'en', 'usable', 'agency', 'h', 'original', '{}',
                        'english');
                    INSERT INTO %1$s.article (article_id, current_version, seq, story_id, pub_status)
                    VALUES ('a', 1, 1, 'a', 'usable'), ('b', 1, 2, 'b', 'usable');
                    INSERT INTO %1$s.article_subject VALUES ('a', 'medtop:11000000', 'politics');
                    INSERT INTO %1$s.article_entity VALUES ('a', 'person', 'Sergei Lavrov', 'person:sergei-lavrov'),
                        ('a', 'place', 'Moscow', NULL);
                    """.formatted(schema)).update();
            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();

            assertThat(sql.sql("SELECT array_to_string(tags, ',') FROM " + schema + ".article WHERE article_id = 'a'")
                    .query(String.class).single())
                    .isEqualTo("person|id|person:sergei-lavrov,person|name|sergei lavrov,place|name|moscow,"
                            + "subject|medtop:11000000");
            assertThat(sql.sql("SELECT cardinality(tags) FROM " + schema + ".article WHERE article_id = 'b'")
                    .query(Integer.class).single()).isZero();
            assertThat(sql.sql("SELECT count(*) FROM pg_tables WHERE schemaname = :s AND tablename LIKE 'article_%'")
                    .param("s", schema).query(Integer.class).single()).isEqualTo(2);
        } finally {
            JdbcClient.create(dataSource).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }
}
