package io.wirestream.publish.load;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.publish.Fixtures;
import io.wirestream.publish.PublishApplication;
import io.wirestream.publish.store.ArticleWriter;
import io.wirestream.testsupport.EmbeddedPostgresServer;
import io.wirestream.testsupport.SharedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * publish-service on a real (embedded) PostgreSQL and Kafka, filled with articles through the real
 * store, for publish-service/scripts/load.sh. Writes the HTTP port to {@code args[1]} when ready.
 * Not a test.
 */
public final class LoadServer {

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path readyFile = Path.of(args.length > 1 ? args[1] : "target/load-server.port");
        String url = System.getenv().getOrDefault("WIRESTREAM_TEST_JDBC_URL", EmbeddedPostgresServer.jdbcUrl());
        String database = "load_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String loadUrl = url.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        ConfigurableApplicationContext context = SpringApplication.run(PublishApplication.class,
                "--server.port=0", "--spring.datasource.url=" + loadUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                "--logging.structured.format.console=", "--logging.level.root=WARN");
        ArticleWriter writer = context.getBean(ArticleWriter.class);
        List<EnrichedArticle> batch = new ArrayList<>();
        String[] topics = {"11000000", "04000000", "15000000", "06000000"};
        for (int i = 0; i < articles; i++) {
            String body = "Article " + i + " reports that the harbour closed as a storm hit the coast. Ships waited"
                    + " offshore while officials met in the capital to discuss the damage and the cost of repairs."
                    + " Fishermen said the season was already short, and traders expect prices to rise next week.";
            batch.add(Fixtures.tagged(Fixtures.newId(), 1, "Storm closes harbour " + i, body, "en",
                    "source-" + (i % 5), List.of(topics[i % topics.length]), List.of("Jane Doe"),
                    List.of("Rotterdam"), List.of("Port Authority")));
            if (batch.size() == 500 || i == articles - 1) {
                writer.storeAll(batch);
                batch.clear();
            }
        }
        String port = context.getEnvironment().getProperty("local.server.port");
        Files.writeString(readyFile, port);
        System.out.println("publish-service ready on port " + port + " with " + articles + " articles");
    }
}
