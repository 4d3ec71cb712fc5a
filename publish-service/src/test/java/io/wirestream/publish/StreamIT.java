package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.store.ArticleWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /v1/stream: filtered server-sent events and Last-Event-ID resume. */
class StreamIT extends PublishItSupport {

    private static final List<String> NONE = List.of();

    @Autowired
    ArticleWriter writer;

    @Test
    void sendsNewMatchingArticlesAndResumesAfterLastEventId() throws Exception {
        String source = "stream-" + Fixtures.newId();
        String first = Fixtures.newId();
        String other = Fixtures.newId();
        String second = Fixtures.newId();
        String third = Fixtures.newId();
        List<Event> events;
        try (var stream = open("/v1/stream?source=" + source, null)) {
            writer.store(Fixtures.tagged(other, 1, "Other", "Other.", "en", "elsewhere-" + source, NONE, NONE, NONE,
                    NONE));
            writer.store(Fixtures.tagged(first, 1, "First", "First.", "en", source, NONE, NONE, NONE, NONE));
            events = stream.take(1);
        }
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("article");
            assertThat(event.data()).contains(Fixtures.uri(first)).doesNotContain(Fixtures.uri(other));
        });
        String lastEventId = events.getFirst().id();
        assertThat(lastEventId).matches("[0-9]+");

        // Published while the client was away.
        writer.store(Fixtures.tagged(second, 1, "Second", "Second.", "en", source, NONE, NONE, NONE, NONE));
        writer.store(Fixtures.tagged(third, 1, "Third", "Third.", "en", source, NONE, NONE, NONE, NONE));
        try (var resumed = open("/v1/stream?source=" + source, lastEventId)) {
            List<Event> missed = resumed.take(2);
            assertThat(missed).extracting(Event::data).satisfiesExactly(
                    data -> assertThat(data).contains(Fixtures.uri(second)),
                    data -> assertThat(data).contains(Fixtures.uri(third)));
            assertThat(Long.parseLong(missed.get(1).id())).isGreaterThan(Long.parseLong(missed.get(0).id()));
        }
    }

    @Test
    void aKillReachesSubscribersSoTheyDropTheArticle() throws Exception {
        String source = "stream-kill-" + Fixtures.newId();
        String doomed = Fixtures.newId();
        String unrelated = Fixtures.newId();
        writer.store(Fixtures.tagged(unrelated, 1, "Unrelated", "Unrelated.", "en", "elsewhere-" + source, NONE, NONE,
                NONE, NONE));
        try (var stream = open("/v1/stream?source=" + source, null)) {
            writer.store(Fixtures.tagged(doomed, 1, "Doomed", "Doomed.", "en", source, NONE, NONE, NONE, NONE));
            assertThat(stream.take(1)).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("article"));
            // Through Kafka, as enrich would send it: the kill is stored by the listener.
            produce(doomed, Fixtures.kill(doomed, 2));
            writer.store(Fixtures.kill(unrelated, 2));
            List<Event> events = stream.take(1);
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo("kill");
                assertThat(event.id()).matches("[0-9]+");
                assertThat(json(event.data()).path("id").asString()).isEqualTo(doomed);
                assertThat(json(event.data()).path("uri").asString()).isEqualTo(Fixtures.uri(doomed));
            });
        }
    }

    private static tools.jackson.databind.JsonNode json(String text) {
        return io.wirestream.contract.EventJson.mapper().readTree(text);
    }

    @Test
    void aBadLastEventIdIsAProblem() {
        HttpResponse<String> response = get("/v1/stream", "Last-Event-ID", "abc", "Accept", "text/event-stream");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    private Sse open(String path, String lastEventId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new Sse(response.body());
    }

    record Event(String id, String name, String data) {
    }

    /** Reads events on a thread of its own, so a missing event fails the test instead of hanging it. */
    static final class Sse implements AutoCloseable {
        private final Stream<String> lines;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Thread reader;

        Sse(Stream<String> lines) {
            this.lines = lines;
            this.reader = Thread.ofVirtual().start(() -> {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                Iterator<String> it = lines.iterator();
                try {
                    while (it.hasNext()) {
                        String line = it.next();
                        if (line.isEmpty()) {
                            if (!data.isEmpty()) {
                                events.add(new Event(id, name, data.toString()));
                            }
                            id = null;
                            name = null;
                            data.setLength(0);
                        } else if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5));
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
        }

        List<Event> take(int count) throws InterruptedException {
            List<Event> taken = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (taken.size() < count) {
                Event event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(event).as("event %d of %d within %s", taken.size() + 1, count, WAIT).isNotNull();
                taken.add(event);
            }
            // Nothing else arrives that should not.
            assertThat(events.poll(Duration.ofMillis(1500).toMillis(), TimeUnit.MILLISECONDS)).isNull();
            return taken;
        }

        @Override
        public void close() {
            lines.close();
            reader.interrupt();
        }
    }
}
