package io.wirestream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One Wirestream service, run from its Spring Boot jar in a child JVM. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Path logs) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.log = logs.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    void start(Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing: build first (./mvnw -DskipTests package, which ./wirestream up runs)");
        }
        var builder = new ProcessBuilder(JavaCommand.jar(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"), jar))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the readiness probe answers 200. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI readiness = URI.create(baseUrl() + "/actuator/health/readiness");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited during start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                var response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while waiting for " + name);
            }
            sleep();
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        JavaCommand.stop(process);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted");
        }
    }
}
