package io.wirestream.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Posts the sample wire copy shipped with the launcher to ingest, as a newsroom system would. */
final class DemoWireCopy {

    /** Sample files under {@code demo/} on the classpath, with the media type each is sent as. */
    static final List<Sample> SAMPLES = List.of(
            new Sample("demo/harbour-strike-page.txt", "text/plain; charset=utf-8"),
            new Sample("demo/glacier-survey-page.html", "text/html; charset=utf-8"),
            new Sample("demo/rail-link-ninjs.json", "application/json"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void post(String ingestUrl, String apiKey, PrintStream out) {
        for (Sample sample : SAMPLES) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles"))
                    .header("Content-Type", sample.contentType())
                    .header("Authorization", "Bearer " + apiKey)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                // 200: ingest already accepted this item on an earlier run and kept its id.
                if (response.statusCode() != 202 && response.statusCode() != 200) {
                    throw new StackException("Posting " + sample.resource() + " answered " + response.statusCode() + ": " + response.body());
                }
                out.println("demo: posted " + sample.resource() + " -> " + response.headers().firstValue("Location").orElse("?"));
            } catch (IOException e) {
                throw new StackException("Posting " + sample.resource() + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while posting demo wire copy");
            }
        }
    }

    record Sample(String resource, String contentType) {
        byte[] bytes() {
            try (InputStream in = DemoWireCopy.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing demo resource " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
