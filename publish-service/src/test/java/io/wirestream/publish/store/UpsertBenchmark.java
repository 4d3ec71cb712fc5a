package io.wirestream.publish.store;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.publish.Fixtures;
import io.wirestream.testsupport.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upsert throughput of {@link ArticleWriter#storeAll} (batches as the listener gets them, one
 * transaction each) beside a bare JDBC batch insert of the same version rows into a plain table
 * without indexes, in one run on one database. Not a test: run it with
 * {@code publish-service/scripts/upsert-benchmark.sh}.
 */
public final class UpsertBenchmark {

    private UpsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String url = System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_URL", EmbeddedPostgresServer.jdbcUrl());
        String database = "bench_" + ProcessHandle.current().pid();
        try (var admin = new HikariDataSource(config(url, "postgres"))) {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
        String benchUrl = url.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        try (var ds = new HikariDataSource(config(benchUrl, database))) {
            Flyway.configure().dataSource(ds).load().migrate();
            var writer = new ArticleWriter(new JdbcTemplate(ds), new StoreChanges());
            var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_plain (article_id text, version integer, story_id text, uri text,"
                        + " headline text, body_text text, body_html text, language text, source text,"
                        + " provider_guid text, body_hash text, verdict text, item jsonb)");
            }
            // Warm-up of both paths (JIT, plan caches), then the measured runs.
            upserts(writer, tx, rows(1000), batch);
            bare(ds, rows(1000), batch);
            List<EnrichedArticle> measured = rows(articles);
            double upsert = upserts(writer, tx, measured, batch);
            double plain = bare(ds, measured, batch);
            double replay = upserts(writer, tx, measured, batch);
            System.out.printf("articles=%d batch=%d%n", articles, batch);
            System.out.printf("ArticleWriter.storeAll (versions, tags, search vector, story, indexes): %.0f articles/s%n",
                    upsert);
            System.out.printf("bare JDBC batch insert of the same version rows (no indexes):          %.0f articles/s%n",
                    plain);
            System.out.printf("ratio upsert/bare: %.0f%%%n", 100 * upsert / plain);
            System.out.printf("replay of the same records (all no-ops):                               %.0f articles/s%n",
                    replay);
        }
    }

    private static com.zaxxer.hikari.HikariConfig config(String url, String name) {
        var config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_USER", "postgres"));
        config.setPassword(System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_PASSWORD", "postgres"));
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        return config;
    }

    private static List<EnrichedArticle> rows(int count) {
        List<EnrichedArticle> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = "Article " + i + " reports that the harbour closed as a storm hit the coast. "
                    + "Ships waited offshore while officials met in the capital to discuss the damage.";
            rows.add(Fixtures.tagged(Fixtures.newId(), 1, "Storm closes harbour " + i, body, "en", "bench",
                    List.of("06000000"), List.of("Jane Doe"), List.of("Rotterdam"), List.of("Port Authority")));
        }
        return rows;
    }

    private static double upserts(ArticleWriter writer, TransactionTemplate tx, List<EnrichedArticle> rows,
            int batch) {
        long start = System.nanoTime();
        for (int i = 0; i < rows.size(); i += batch) {
            List<EnrichedArticle> slice = rows.subList(i, Math.min(rows.size(), i + batch));
            tx.executeWithoutResult(status -> writer.storeAll(slice));
        }
        return rows.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double bare(javax.sql.DataSource ds, List<EnrichedArticle> rows, int batch) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_plain VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
                for (int i = 0; i < rows.size(); i++) {
                    EnrichedArticle a = rows.get(i);
                    StoredItem item = StoredItem.of(a, false);
                    insert.setString(1, a.id());
                    insert.setInt(2, a.version());
                    insert.setString(3, a.dedupe().story());
                    insert.setString(4, item.ninjs().uri());
                    insert.setString(5, item.ninjs().mainHeadline());
                    insert.setString(6, item.ninjs().body("text/plain"));
                    insert.setString(7, item.ninjs().body("text/html"));
                    insert.setString(8, item.ninjs().language());
                    insert.setString(9, a.provenance().source());
                    insert.setString(10, a.provenance().providerGuid());
                    insert.setString(11, a.provenance().bodyHash());
                    insert.setString(12, "original");
                    insert.setString(13, item.text());
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i == rows.size() - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return rows.size() / ((System.nanoTime() - start) / 1e9);
    }
}
