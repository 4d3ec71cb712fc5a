package io.wirestream.publish.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.publish.Fixtures;
import io.wirestream.testsupport.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upsert throughput of {@link ArticleWriter#storeAll} (batches as the listener gets them, one
 * transaction each) beside bare JDBC batch inserts of the same rows, in one run on one database.
 * Not a test: run it with {@code publish-service/scripts/upsert-benchmark.sh}.
 *
 * <p>Three baselines, all plain {@code INSERT} batches into tables without keys, indexes or
 * constraints, one commit per batch, with the same client-side work (the stored item is built and
 * sanitised the same way):
 * <ul>
 *   <li><b>bare, same rows</b>: each row the upsert writes, column for column (the version with its
 *       text-search config and generated search vector, the article with its tag array, its story)
 *       — the comparison the target is about;</li>
 *   <li><b>bare, same rows without the search vector</b>: shows what PostgreSQL's
 *       {@code to_tsvector} costs, which no insert of a searchable row avoids;</li>
 *   <li><b>bare, version rows only</b> (no search vector): one row per article, the strictest yardstick.</li>
 * </ul>
 * The paths run in turns on fresh articles each round, so a drift in the machine's load touches all
 * of them; the medians and their ratios are printed.
 */
public final class UpsertBenchmark {

    private static final String[] WORDS = ("harbour storm coast ships offshore officials capital damage minister "
            + "council election vote parliament budget market shares investors company profit court judge ruling "
            + "police protest city river flood rescue hospital school teachers union strike talks border army "
            + "president summit agreement trade tariffs energy prices farmers harvest weather rain winds airport "
            + "flights passengers railway bridge mayor report inquiry health vaccine football match season").split(" ");

    private UpsertBenchmark() {
    }

    /** The shape of the generated articles: "short" (two sentences, 4 tags) or "wire" (~3 KB, 11 tags). */
    private record Shape(int paragraphs, int subjects, int entities) {

        static Shape named(String name) {
            return switch (name) {
                case "short" -> new Shape(0, 1, 3);
                case "wire" -> new Shape(16, 3, 8);
                default -> throw new IllegalArgumentException("shape is short or wire, not " + name);
            };
        }
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Shape shape = Shape.named(args.length > 2 ? args[2] : "short");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String url = System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_URL", EmbeddedPostgresServer.jdbcUrl());
        String database = "bench_" + ProcessHandle.current().pid();
        try (var admin = new HikariDataSource(config(url, "postgres"));
                Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String benchUrl = url.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        try (var ds = new HikariDataSource(config(benchUrl, database))) {
            Flyway.configure().dataSource(ds).load().migrate();
            BareTables.create(ds);
            var writer = new ArticleWriter(new JdbcTemplate(ds), new StoreChanges());
            var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            var random = new Random(42);
            // Warm-up of every path (JIT, plan caches), not counted.
            List<EnrichedArticle> warm = articles(1000, shape, random);
            upserts(writer, tx, warm, batch);
            for (BareTables.Baseline baseline : BareTables.Baseline.values()) {
                BareTables.insert(ds, warm, batch, baseline);
            }

            double[] upsert = new double[rounds];
            var bare = new EnumMap<BareTables.Baseline, double[]>(BareTables.Baseline.class);
            for (BareTables.Baseline baseline : BareTables.Baseline.values()) {
                bare.put(baseline, new double[rounds]);
            }
            List<EnrichedArticle> last = List.of();
            System.out.printf(Locale.ROOT, "articles=%d per round, batch=%d, shape=%s, rounds=%d%n", articles, batch,
                    args.length > 2 ? args[2] : "short", rounds);
            for (int round = 0; round < rounds; round++) {
                last = articles(articles, shape, random);
                upsert[round] = upserts(writer, tx, last, batch);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: upsert %.0f", round + 1,
                        upsert[round]));
                for (BareTables.Baseline baseline : BareTables.Baseline.values()) {
                    bare.get(baseline)[round] = BareTables.insert(ds, last, batch, baseline);
                    line.append(String.format(Locale.ROOT, ", %s %.0f", baseline.label, bare.get(baseline)[round]));
                }
                System.out.println(line.append(" articles/s"));
            }
            double replay = upserts(writer, tx, last, batch);
            double u = median(upsert);
            System.out.printf(Locale.ROOT, "median ArticleWriter.storeAll (upsert, tags, search vector, indexes): %6.0f"
                    + " articles/s%n", u);
            for (BareTables.Baseline baseline : BareTables.Baseline.values()) {
                double b = median(bare.get(baseline));
                System.out.printf(Locale.ROOT, "median bare JDBC batch insert, %-39s %6.0f articles/s  -> upsert/bare"
                        + " %.0f%%%n", baseline.label + ":", b, 100 * u / b);
            }
            System.out.printf(Locale.ROOT, "replay of the last round's records (all no-ops):                    %6.0f"
                    + " articles/s%n", replay);
        }
    }

    private static HikariConfig config(String url, String name) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_USER", "postgres"));
        config.setPassword(System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_PASSWORD", "postgres"));
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        return config;
    }

    private static List<EnrichedArticle> articles(int count, Shape shape, Random random) {
        List<EnrichedArticle> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("Article ").append(i)
                    .append(" reports that the harbour closed as a storm hit the coast. ")
                    .append("Ships waited offshore while officials met in the capital to discuss the damage.");
            for (int p = 0; p < shape.paragraphs(); p++) {
                body.append("\n\n");
                for (int w = 0; w < 30; w++) {
                    body.append(w == 0 ? "The" : WORDS[random.nextInt(WORDS.length)]).append(w == 29 ? "." : " ");
                }
            }
            List<String> topics = new ArrayList<>();
            for (int t = 0; t < shape.subjects(); t++) {
                topics.add(String.format(Locale.ROOT, "%02d000000", 1 + random.nextInt(17)));
            }
            List<String> names = new ArrayList<>();
            for (int e = 0; e < shape.entities(); e++) {
                names.add("Name " + random.nextInt(5000));
            }
            int third = names.size() / 3;
            rows.add(Fixtures.tagged(Fixtures.newId(), 1, "Storm closes harbour " + i, body.toString(), "en", "bench",
                    topics.stream().distinct().toList(), names.subList(0, third), names.subList(third, 2 * third),
                    names.subList(2 * third, names.size())));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The baselines: plain JDBC batches into tables with no keys, indexes or constraints. */
    private static final class BareTables {

        /** Which rows a baseline writes. */
        enum Baseline {
            SAME_ROWS("same rows", "bare_version_searchable", true),
            NO_SEARCH_VECTOR("same rows without search vector", "bare_version", true),
            VERSION_ROWS("version rows only", "bare_version", false);

            final String label;
            final String versionTable;
            final boolean articleAndStory;

            Baseline(String label, String versionTable, boolean articleAndStory) {
                this.label = label;
                this.versionTable = versionTable;
                this.articleAndStory = articleAndStory;
            }
        }

        private static final String VERSION_COLUMNS = """
                (article_id, version, seq, story_id, uri, headline, body_text, body_html, byline, located, language,
                 pub_status, first_created, version_created, source, provider_guid, body_hash, verdict, item,
                 ts_config, signal)""";

        private static final String VERSION_VALUES = "VALUES (?, ?, nextval('bare_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, ?, ?, CAST(? AS jsonb),"
                + " publish_ts_config(?), ?)";

        static void create(DataSource ds) throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                // The version tables have the columns of article_version (published_at by default, as
                // there); the searchable one also generates the same weighted search vector.
                s.execute("""
                        CREATE SEQUENCE bare_seq;
                        CREATE TABLE bare_version (article_id text, version integer, seq bigint, story_id text,
                            uri text, headline text, body_text text, body_html text, byline text, located text,
                            language text, pub_status text, first_created timestamptz, version_created timestamptz,
                            source text, provider_guid text, body_hash text, verdict text, item jsonb,
                            published_at timestamptz DEFAULT now(), ts_config regconfig, signal text);
                        CREATE TABLE bare_version_searchable (LIKE bare_version INCLUDING DEFAULTS);
                        ALTER TABLE bare_version_searchable ADD COLUMN search tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector(ts_config, COALESCE(headline, '')), 'A')
                            || setweight(to_tsvector(ts_config, COALESCE(body_text, '')), 'B')) STORED;
                        CREATE TABLE bare_article (article_id text, current_version integer, seq bigint,
                            story_id text, pub_status text, created_at timestamptz DEFAULT now(),
                            updated_at timestamptz DEFAULT now(), source text, language text, item_time timestamptz,
                            tags text[]);
                        CREATE TABLE bare_story (story_id text, seq bigint, updated_at timestamptz DEFAULT now());
                        """);
            }
        }

        static double insert(DataSource ds, List<EnrichedArticle> rows, int batch, Baseline baseline)
                throws SQLException {
            long start = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement version = c.prepareStatement("INSERT INTO " + baseline.versionTable
                                + VERSION_COLUMNS + " " + VERSION_VALUES);
                        PreparedStatement article = c.prepareStatement("INSERT INTO bare_article (article_id,"
                                + " current_version, seq, story_id, pub_status, source, language, item_time, tags)"
                                + " VALUES (?, ?, nextval('bare_seq'), ?, ?, ?, ?, CAST(? AS timestamptz), ?)");
                        PreparedStatement story = c.prepareStatement(
                                "INSERT INTO bare_story (story_id, seq) VALUES (?, nextval('bare_seq'))")) {
                    for (int i = 0; i < rows.size(); i++) {
                        EnrichedArticle a = rows.get(i);
                        StoredItem item = StoredItem.of(a, false);
                        addVersion(version, a, item);
                        if (baseline.articleAndStory) {
                            addArticle(c, article, a, item);
                            story.setString(1, a.dedupe().story());
                            story.addBatch();
                        }
                        if ((i + 1) % batch == 0 || i == rows.size() - 1) {
                            version.executeBatch();
                            if (baseline.articleAndStory) {
                                article.executeBatch();
                                story.executeBatch();
                            }
                            c.commit();
                        }
                    }
                }
            }
            return rows.size() / ((System.nanoTime() - start) / 1e9);
        }

        private static void addVersion(PreparedStatement version, EnrichedArticle a, StoredItem item)
                throws SQLException {
            var ninjs = item.ninjs();
            version.setString(1, a.id());
            version.setInt(2, a.version());
            version.setString(3, a.dedupe().story());
            version.setString(4, ninjs.uri());
            version.setString(5, ninjs.mainHeadline());
            version.setString(6, ninjs.body("text/plain"));
            version.setString(7, ninjs.body("text/html"));
            version.setString(8, ninjs.by());
            version.setString(9, ninjs.located());
            version.setString(10, ninjs.language());
            version.setString(11, "usable");
            version.setString(12, String.valueOf(ninjs.firstCreated()));
            version.setString(13, String.valueOf(ninjs.versionCreated()));
            version.setString(14, a.provenance().source());
            version.setString(15, a.provenance().providerGuid());
            version.setString(16, a.provenance().bodyHash());
            version.setString(17, ArticleWriter.kindName(a.dedupe().kind()));
            version.setString(18, item.text());
            version.setString(19, ninjs.language());
            version.setString(20, a.provenance().signal());
            version.addBatch();
        }

        private static void addArticle(Connection c, PreparedStatement article, EnrichedArticle a, StoredItem item)
                throws SQLException {
            article.setString(1, a.id());
            article.setInt(2, a.version());
            article.setString(3, a.dedupe().story());
            article.setString(4, "usable");
            article.setString(5, a.provenance().source());
            article.setString(6, item.ninjs().language());
            article.setString(7, String.valueOf(item.ninjs().versionCreated()));
            article.setArray(8, c.createArrayOf("text", Tags.of(item.ninjs()).keys().toArray()));
            article.addBatch();
        }
    }
}
