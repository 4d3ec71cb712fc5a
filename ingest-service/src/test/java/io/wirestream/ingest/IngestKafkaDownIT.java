package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EventJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A broker that cannot take the write: bootstrap points at a closed local port. The service must
 * start anyway, answer 503 with Retry-After within the send timeout, and report itself not ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wirestream.ingest.sources.itwire.api-key-sha256=febe37b0c14bf6d0817d3d1acc6df2780c76cdd0aedca050c8e2703df578fb1d",
        "wirestream.ingest.kafka.send-timeout=2s",
        "wirestream.ingest.data-dir=target/ingest-data-${random.uuid}",
        "wirestream.ingest.kafka.retry-after=7s",
        "wirestream.ingest.kafka.health-timeout=1s",
        "spring.kafka.admin.operation-timeout=2s",
        "spring.kafka.admin.close-timeout=1s"})
class IngestKafkaDownIT {

    private static final int DEAD_PORT = unusedPort();

    @DynamicPropertySource
    static void deadBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + DEAD_PORT);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answers503WithRetryAfterWithinTheSendTimeout() throws Exception {
        // a first request pays for lazy web-stack set-up; only the Kafka wait is under test
        http.send(HttpRequest.newBuilder(uri("/v1/articles")).header("X-API-Key", "it-secret")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/articles"))
                .header("Content-Type", "text/plain")
                .header("X-API-Key", "it-secret")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("OSLO, March 14 (Nordwire) -- Nobody will read this."))
                .build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        // send timeout 2 s plus slack for a loaded 2-core machine; without the bound it would be 120 s
        assertThat(took).isLessThan(Duration.ofSeconds(8));
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://wirestream.io/problems/kafka-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("retry later");
    }

    @Test
    void isAliveButNotReady() throws Exception {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode health = EventJson.mapper().readTree(readiness.body());
        assertThat(health.at("/components/kafka/status").asString()).isEqualTo("DOWN");

        HttpResponse<String> liveness = http.send(HttpRequest.newBuilder(uri("/actuator/health/liveness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
