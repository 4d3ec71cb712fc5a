package io.wirestream.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL publish-service stores into: a configured server ({@code WIRESTREAM_DB_URL}),
 * else a server already running on localhost:5432 that accepts the configured user, else an
 * embedded PostgreSQL whose data stays under {@code <home>/postgres}.
 */
final class Database implements AutoCloseable {

    static final String DATABASE = "wirestream";

    private final StackSettings settings;
    private EmbeddedPostgres embedded;
    private String jdbcUrl;
    private String description;

    Database(StackSettings settings) {
        this.settings = settings;
    }

    void start() {
        if (settings.jdbcUrl() != null) {
            jdbcUrl = settings.jdbcUrl();
            description = "configured server " + jdbcUrl;
            requireConnection(jdbcUrl);
            return;
        }
        if (Ports.isListening("127.0.0.1", 5432) && canConnect("jdbc:postgresql://127.0.0.1:5432/postgres")) {
            jdbcUrl = ensureDatabase("jdbc:postgresql://127.0.0.1:5432/");
            description = "local server on port 5432";
            return;
        }
        embedded = startEmbedded();
        jdbcUrl = ensureDatabase("jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/");
        description = "embedded PostgreSQL on port " + embedded.getPort();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String user() {
        return embedded != null ? "postgres" : settings.jdbcUser();
    }

    String password() {
        return embedded != null ? "postgres" : settings.jdbcPassword();
    }

    String description() {
        return description;
    }

    private EmbeddedPostgres startEmbedded() {
        JavaCommand.ensureDirectory(settings.home().resolve("postgres"));
        try {
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(settings.home().resolve("postgres-binaries").toFile())
                    .setDataDirectory(settings.home().resolve("postgres").resolve("data"))
                    .setCleanDataDirectory(false)
                    .setPort(Ports.preferredOrFree(5433))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("postgres.log").toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            String rootHint = "root".equals(System.getProperty("user.name"))
                    ? " PostgreSQL refuses to run as root; run ./wirestream as a normal user, or"
                    : "";
            throw new StackException("Could not start the embedded PostgreSQL (" + e.getMessage() + ")." + rootHint
                    + " set WIRESTREAM_DB_URL (and WIRESTREAM_DB_USER/WIRESTREAM_DB_PASSWORD) to a running server."
                    + " Details: " + settings.logs().resolve("postgres.log"));
        }
    }

    private String ensureDatabase(String serverUrl) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user(), password());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new StackException("Could not create database '" + DATABASE + "' on " + serverUrl + ": " + e.getMessage());
        }
        return serverUrl + DATABASE;
    }

    private boolean canConnect(String url) {
        try (Connection ignored = DriverManager.getConnection(url, settings.jdbcUser(), settings.jdbcPassword())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void requireConnection(String url) {
        if (!canConnect(url)) {
            throw new StackException("Cannot connect to WIRESTREAM_DB_URL " + url + " as " + settings.jdbcUser());
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // stopping on the way out: the data directory is kept for the next run
            }
        }
    }
}
