package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.Topics;
import io.wirestream.ingest.IngestApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The raw topic gets ingest's settings however the start-up went: Kafka coming up only after
 * ingest started, or another service having created the topic with the broker's defaults first.
 * Each case runs the whole service against a broker of its own (in-JVM KRaft), which this test
 * starts and stops itself.
 */
class RawTopicSetupIT {

    private static final String MAX_RECORD_BYTES = String.valueOf(2 * 1024 * 1024 * 3 + 64 * 1024);

    private EmbeddedKafkaKraftBroker broker;
    private ConfigurableApplicationContext ingest;
    private Forwarder forwarder;

    @AfterEach
    void stop() throws IOException {
        if (ingest != null) {
            ingest.close();
        }
        if (forwarder != null) {
            forwarder.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void kafkaThatComesUpAfterIngestStartedGetsTheTopicWithIngestsSettings() throws Exception {
        // The in-JVM broker picks its own port, so ingest is pointed at one that nothing listens on
        // yet, and a forwarder opens it once the broker runs (clients then follow the broker's
        // advertised address).
        int port = unusedPort();
        ingest = startIngest("127.0.0.1:" + port);
        assertThat(ingest.getBean(RawTopicSetup.class).done()).as("no broker yet").isFalse();

        broker = startBroker();
        forwarder = Forwarder.open(port, broker.getBrokersAsString());

        TopicDescription topic = awaitTopic(Duration.ofSeconds(60));
        assertThat(topic.partitions()).hasSize(3);
        assertThat(maxMessageBytes()).isEqualTo(MAX_RECORD_BYTES);
        assertThat(ingest.getBean(RawTopicSetup.class).done()).isTrue();
    }

    @Test
    void aRawTopicAnotherServiceCreatedWithDefaultsGetsIngestsMessageSize() throws Exception {
        broker = startBroker();
        try (Admin admin = admin()) {
            // What enrich declares: the topic, no size setting.
            admin.createTopics(List.of(new NewTopic(Topics.RAW, 3, (short) 1))).all().get();
        }
        assertThat(maxMessageBytes()).as("the broker's default").isNotEqualTo(MAX_RECORD_BYTES);

        ingest = startIngest(broker.getBrokersAsString());

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!MAX_RECORD_BYTES.equals(maxMessageBytes()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(maxMessageBytes()).isEqualTo(MAX_RECORD_BYTES);
    }

    private static ConfigurableApplicationContext startIngest(String bootstrapServers) {
        return new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.kafka.admin.operation-timeout=2s",
                "--spring.kafka.admin.close-timeout=1s",
                "--wirestream.ingest.topic.setup-retry=500ms",
                "--wirestream.ingest.max-payload-size=2MB",
                "--wirestream.ingest.data-dir=target/ingest-data-topic-" + System.nanoTime());
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        var started = new EmbeddedKafkaKraftBroker(1, 1);
        started.brokerProperties(Map.of("auto.create.topics.enable", "false"));
        started.afterPropertiesSet();
        return started;
    }

    private TopicDescription awaitTopic(Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                if (admin.listTopics().names().get().contains(Topics.RAW)) {
                    return admin.describeTopics(Set.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW);
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError(Topics.RAW + " was not created within " + wait);
    }

    private String maxMessageBytes() throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
        try (Admin admin = admin()) {
            return Optional.ofNullable(admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG)).map(e -> e.value()).orElse(null);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Accepts on a fixed local port and pipes each connection to the broker, both ways. */
    private record Forwarder(ServerSocket server) implements AutoCloseable {

        static Forwarder open(int port, String target) throws IOException {
            String[] hostPort = target.replaceFirst("^.*://", "").split(":");
            var server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
                        Thread.ofVirtual().start(() -> pipe(client, upstream));
                        Thread.ofVirtual().start(() -> pipe(upstream, client));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return new Forwarder(server);
        }

        private static void pipe(Socket from, Socket to) {
            try (from; to) {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException ended) {
                // one side closed: so is the other
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
