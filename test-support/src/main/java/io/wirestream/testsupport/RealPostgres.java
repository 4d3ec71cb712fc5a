package io.wirestream.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Import this into a Spring test to run it against a real PostgreSQL, chosen by
 * {@link InfrastructureMode}: an external server, a Testcontainers one, or the shared embedded one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealPostgres {

    @Bean
    @ServiceConnection
    @Conditional(InfrastructureConditions.PostgresInDocker.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    @Conditional(InfrastructureConditions.PostgresWithoutDocker.class)
    DynamicPropertyRegistrar postgresProperties() {
        return registry -> {
            registry.add("spring.datasource.url", RealPostgres::jdbcUrl);
            registry.add("spring.datasource.username", () -> env(InfrastructureMode.JDBC_USER_ENV, "postgres"));
            registry.add("spring.datasource.password", () -> env(InfrastructureMode.JDBC_PASSWORD_ENV, "postgres"));
        };
    }

    /** JDBC URL of the PostgreSQL this JVM's tests use outside Docker. */
    public static String jdbcUrl() {
        return InfrastructureMode.forPostgres() == InfrastructureMode.EXTERNAL
                ? System.getenv(InfrastructureMode.JDBC_URL_ENV)
                : EmbeddedPostgresServer.jdbcUrl();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
