package io.wirestream.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the local stack needs to know, read once from the environment.
 *
 * @param repoRoot        the repository root (service jars live under its modules' target/)
 * @param home            working folder for data, logs and the pid file (default {@code .wirestream/})
 * @param kafkaBootstrap  an external broker to use instead of starting one, or null
 * @param jdbcUrl         an external PostgreSQL to use instead of finding or starting one, or null
 * @param jdbcUser        user for {@code jdbcUrl} or a localhost server
 * @param jdbcPassword    password for {@code jdbcUrl} or a localhost server
 * @param preferredPorts  the ports each service gets when free (ingest, enrich, publish)
 */
record StackSettings(
        Path repoRoot,
        Path home,
        String kafkaBootstrap,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Map<String, Integer> preferredPorts) {

    static StackSettings fromEnvironment(Path repoRoot) {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("WIRESTREAM_HOME", repoRoot.resolve(".wirestream").toString()));
        return new StackSettings(
                repoRoot,
                home.toAbsolutePath(),
                blankToNull(env.get("WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS")),
                blankToNull(env.get("WIRESTREAM_DB_URL")),
                env.getOrDefault("WIRESTREAM_DB_USER", "postgres"),
                env.getOrDefault("WIRESTREAM_DB_PASSWORD", "postgres"),
                Map.of("ingest", port(env, "WIRESTREAM_INGEST_PORT", 8081),
                        "enrich", port(env, "WIRESTREAM_ENRICH_PORT", 8082),
                        "publish", port(env, "WIRESTREAM_PUBLISH_PORT", 8083)));
    }

    Path logs() {
        return home.resolve("logs");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
