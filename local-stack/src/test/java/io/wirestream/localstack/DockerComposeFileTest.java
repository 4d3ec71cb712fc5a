package io.wirestream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: every service can be
 * built or pulled, reports its health, waits for what it needs, and gets the settings its
 * application reads.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void declaresInfrastructureAndTheThreeServices() {
        assertThat(services).containsOnlyKeys("kafka", "postgres", "ingest", "enrich", "publish");
        assertThat(services.get("kafka").get("image").toString()).startsWith("apache/kafka:");
        assertThat(environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    }

    @Test
    void everyServiceHasAnImageOrABuildAndAHealthCheck() {
        services.forEach((name, service) -> {
            assertThat(service.containsKey("image") || service.containsKey("build"))
                    .as("%s has an image or a build", name).isTrue();
            assertThat(service).as("%s has a health check", name).containsKey("healthcheck");
            assertThat(((Map<?, ?>) service.get("healthcheck")).get("test")).as("%s health check command", name).isNotNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "publish"})
    void applicationServicesAreBuiltFromTheirOwnDockerfileAndProbeReadiness(String name) throws IOException {
        Map<?, ?> build = (Map<?, ?>) services.get(name).get("build");
        Path dockerfile = ROOT.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString());
        assertThat(dockerfile).exists();
        String docker = Files.readString(dockerfile);
        assertThat(docker).as("multi-stage").contains(" AS build").contains("COPY --from=build");
        assertThat(docker).as("non-root").containsPattern("(?m)^USER (?!root)\\w+");
        assertThat(docker).as("layered jar").contains("--layers");
        assertThat(services.get(name).get("healthcheck").toString()).contains("/actuator/health/readiness");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "publish"})
    @SuppressWarnings("unchecked")
    void applicationServicesWaitForHealthyDependencies(String name) {
        Map<String, Object> dependsOn = (Map<String, Object>) services.get(name).get("depends_on");
        assertThat(dependsOn).containsKey("kafka");
        dependsOn.values().forEach(condition ->
                assertThat(((Map<?, ?>) condition).get("condition")).isEqualTo("service_healthy"));
        if (name.equals("publish")) {
            assertThat(dependsOn).containsKey("postgres");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "publish"})
    void applicationServicesGetEverySettingTheirApplicationRequires(String name) throws IOException {
        Set<String> expected = new LinkedHashSet<>(List.of("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        if (name.equals("publish")) {
            expected.addAll(List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD"));
        }
        if (name.equals("ingest")) {
            expected.add("WIRESTREAM_INGEST_SOURCES_DEMO_API_KEY_SHA256");
        }
        // Placeholders without a default in application.yml must come from the environment.
        expected.addAll(requiredPlaceholders(ROOT.resolve(name + "-service/src/main/resources/application.yml")));
        assertThat(environment(name).keySet()).containsAll(expected);
    }

    private static Set<String> requiredPlaceholders(Path applicationYaml) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        if (Files.exists(applicationYaml)) {
            Matcher matcher = REQUIRED_PLACEHOLDER.matcher(Files.readString(applicationYaml));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }
}
