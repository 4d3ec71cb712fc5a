package io.wirestream.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Where the real Kafka broker and PostgreSQL for integration tests come from, decided in this one
 * place: servers named by environment variables win; else Testcontainers when a Docker engine
 * answers; else an in-JVM KRaft broker and an embedded PostgreSQL.
 */
public enum InfrastructureMode {
    EXTERNAL, DOCKER, EMBEDDED;

    /** Bootstrap servers of an external broker, e.g. {@code localhost:9092}. */
    public static final String KAFKA_ENV = "WIRESTREAM_TEST_KAFKA_BOOTSTRAP_SERVERS";
    /** JDBC URL of an external PostgreSQL; user and password in the two variables below. */
    public static final String JDBC_URL_ENV = "WIRESTREAM_TEST_JDBC_URL";
    public static final String JDBC_USER_ENV = "WIRESTREAM_TEST_JDBC_USER";
    public static final String JDBC_PASSWORD_ENV = "WIRESTREAM_TEST_JDBC_PASSWORD";

    private static volatile Boolean dockerAvailable;

    public static InfrastructureMode forKafka() {
        return choose(KAFKA_ENV);
    }

    public static InfrastructureMode forPostgres() {
        return choose(JDBC_URL_ENV);
    }

    private static InfrastructureMode choose(String externalVariable) {
        String external = System.getenv(externalVariable);
        if (external != null && !external.isBlank()) {
            return EXTERNAL;
        }
        return dockerAvailable() ? DOCKER : EMBEDDED;
    }

    static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }
}
