package io.wirestream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from
 * the Apache Kafka jars in a child JVM. Its data stays under {@code <home>/kafka} between runs.
 */
final class KafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final String classpath;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaBroker(StackSettings settings) {
        this.dataDir = settings.home().resolve("kafka");
        // The Apache Kafka jars that the launcher module copies at package time.
        this.classpath = settings.repoRoot().resolve("local-stack").resolve("target").resolve("lib") + "/*";
        this.log = settings.logs().resolve("kafka.log");
        this.port = Ports.preferredOrFree(9092);
        this.controllerPort = Ports.anyFree();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void start() {
        JavaCommand.ensureDirectory(dataDir);
        Path config = writeConfig();
        if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            // First run: a KRaft log directory must be formatted with a cluster id before the broker starts.
            JavaCommand.runToCompletion(JavaCommand.mainClass(jvmOptions(), classpath, "kafka.tools.StorageTool",
                    "format", "--ignore-formatted", "-t", clusterId(), "-c", config.toString()), log, "Formatting Kafka storage");
        }
        try {
            process = new ProcessBuilder(JavaCommand.mainClass(jvmOptions(), classpath, "kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitListening(Duration.ofSeconds(90));
    }

    private void awaitListening(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException("Kafka exited during start-up (exit " + process.exitValue() + "); see " + log);
            }
            if (Ports.isListening("127.0.0.1", port)) {
                return;
            }
            sleep(250);
        }
        throw new StackException("Kafka did not listen on port " + port + " within " + timeout.toSeconds() + " s; see " + log);
    }

    private Path writeConfig() {
        Path config = dataDir.resolve("server.properties");
        String properties = String.join("\n", List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=3",
                // One broker: every internal topic must fit on it, including the transaction log
                // that enrich's exactly-once processing needs.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                ""));
        try {
            Files.writeString(config, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    /**
     * A KRaft cluster id: a base64url-encoded UUID (22 characters). One starting with '-' (1 in 64)
     * would be read by the storage tool's argument parser as an option ("--cluster-id: expected
     * one argument"), so such ids are drawn again, as Kafka's own generator does.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            var buffer = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private List<String> jvmOptions() {
        return List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + logbackConfig(),
                "-Dkafka.logs.dir=" + log.getParent());
    }

    private String logbackConfig() {
        Path file = dataDir.resolve("logback-kafka.xml");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, """
                        <configuration>
                          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                          </appender>
                          <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                          <root level="WARN"><appender-ref ref="OUT"/></root>
                        </configuration>
                        """);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    @Override
    public void close() {
        JavaCommand.stop(process);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for Kafka");
        }
    }
}
