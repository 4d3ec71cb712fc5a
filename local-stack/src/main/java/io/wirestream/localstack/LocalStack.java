package io.wirestream.localstack;

import io.wirestream.contract.ArticleIds;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded default: a real Kafka broker, a real PostgreSQL and the three services, started in
 * dependency order and stopped in reverse. {@link #start} returns once every service is ready.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final StackSettings settings;
    private final PrintStream out;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private String demoApiKey;
    private String kafkaBootstrapServers;

    LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** A stack for the repository at {@code repoRoot}, configured from the environment. */
    public static LocalStack forRepository(Path repoRoot, PrintStream out) {
        return new LocalStack(StackSettings.fromEnvironment(repoRoot), out);
    }

    public LocalStack start() {
        JavaCommand.ensureDirectory(settings.logs());
        String kafka = startKafka();
        kafkaBootstrapServers = kafka;
        Database database = new Database(settings);
        database.start();
        started.add(database);
        out.println("postgres: " + database.description());

        demoApiKey = newApiKey();
        int ingestPort = Ports.preferredOrFree(settings.preferredPorts().get("ingest"));
        int enrichPort = Ports.preferredOrFree(settings.preferredPorts().get("enrich"));
        int publishPort = Ports.preferredOrFree(settings.preferredPorts().get("publish"));
        String publishUrl = "http://127.0.0.1:" + publishPort;

        Map<String, String> common = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        // Enrich and publish create the topics they consume, so they may start before ingest.
        launch("enrich", enrichPort, with(common, Map.of(
                "SPRING_KAFKA_STREAMS_STATE_DIR", settings.home().resolve("enrich-state").toString())));
        Map<String, String> publish = new LinkedHashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.user(),
                "SPRING_DATASOURCE_PASSWORD", database.password()));
        // The IPTC Media Topics tree lets topic filters include narrower topics; use it where the
        // workplace's shared standards sit beside the repository.
        Path mediaTopics = settings.repoRoot().resolveSibling("shared").resolve("standards/iptc-mediatopics/cptall-x-all.json");
        if (Files.isRegularFile(mediaTopics)) {
            publish.put("WIRESTREAM_PUBLISH_MEDIA_TOPICS", "file:" + mediaTopics);
        }
        launch("publish", publishPort, with(common, publish));
        launch("ingest", ingestPort, with(common, Map.of(
                "WIRESTREAM_INGEST_SOURCES_DEMO_API_KEY_SHA256", ArticleIds.sha256(demoApiKey),
                "WIRESTREAM_INGEST_DATA_DIR", settings.home().resolve("ingest-data").toString(),
                "WIRESTREAM_INGEST_ARTICLE_BASE_URL", publishUrl + "/v1/articles")));
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY_TIMEOUT);
        }
        for (String name : List.of("ingest", "enrich", "publish")) {
            out.println(name + ": " + services.get(name).baseUrl());
        }
        out.println("demo API key: " + demoApiKey);
        return this;
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public Path home() {
        return settings.home();
    }

    public String demoApiKey() {
        return demoApiKey;
    }

    private String startKafka() {
        if (settings.kafkaBootstrap() != null) {
            out.println("kafka: configured broker " + settings.kafkaBootstrap());
            return settings.kafkaBootstrap();
        }
        KafkaBroker broker = new KafkaBroker(settings);
        started.add(broker);
        broker.start();
        out.println("kafka: " + broker.bootstrapServers() + " (KRaft, data in " + settings.home().resolve("kafka") + ")");
        return broker.bootstrapServers();
    }

    private void launch(String name, int port, Map<String, String> environment) {
        Path jar = settings.repoRoot().resolve(name + "-service").resolve("target").resolve(name + "-service.jar");
        ServiceProcess service = new ServiceProcess(name, jar, port, settings.logs());
        started.add(service);
        services.put(name, service);
        service.start(environment);
    }

    private static Map<String, String> with(Map<String, String> common, Map<String, String> own) {
        Map<String, String> all = new LinkedHashMap<>(common);
        all.putAll(own);
        return all;
    }

    private static String newApiKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "ws_" + HexFormat.of().formatHex(bytes);
    }

    /** Stops everything this stack started, newest first. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                out.println("warning: stopping " + started.get(i) + " failed: " + e.getMessage());
            }
        }
        started.clear();
    }
}
