package io.wirestream.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one-thread load generator: answer framing in pieces, and the closed loop against a real socket server. */
class MultiplexedPosterTest {

    @Test
    void anAnswerIsCompleteOnlyWhenItsWholeBodyHasArrived() throws IOException {
        String sized = "HTTP/1.1 202 \r\nContent-Type: application/json\r\ncontent-length:  11 \r\n\r\n{\"id\":\"a\"}\n";
        String chunked = "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\n{\"id\r\n3\r\n\":1\r\n0\r\n\r\n";
        for (String answer : List.of(sized, chunked)) {
            byte[] bytes = answer.getBytes(StandardCharsets.ISO_8859_1);
            MultiplexedPoster.ResponseReader reader = new MultiplexedPoster.ResponseReader();
            reader.reset();
            for (int arrived = 1; arrived < bytes.length; arrived++) {
                assertThat(reader.complete(bytes, arrived)).as("%d of %d bytes", arrived, bytes.length).isFalse();
            }
            assertThat(reader.complete(bytes, bytes.length)).isTrue();
        }
        MultiplexedPoster.ResponseReader reader = new MultiplexedPoster.ResponseReader();
        reader.reset();
        byte[] bytes = chunked.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.complete(bytes, bytes.length)).isTrue();
        assertThat(reader.status()).isEqualTo(200);
        assertThat(reader.closeAfterAnswer()).isTrue();
    }

    @Test
    void eachConnectionPostsTheNextItemOnlyAfterItsAnswer() throws Exception {
        byte[] document = "{\"uri\": \"urn:x\", \"headline\": \"Tromsø\"}".getBytes(StandardCharsets.UTF_8);
        PayloadTemplate.Items items = PayloadTemplate.of(document).items("r", "h");
        try (AnsweringServer server = new AnsweringServer()) {
            MultiplexedPoster poster = new MultiplexedPoster("127.0.0.1", server.port(), "/v1/articles", items, 3,
                    "X-API-Key: k");
            AtomicLong next = new AtomicLong();
            AtomicInteger answered = new AtomicInteger();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            poster.run(end, TimeUnit.SECONDS.toNanos(5), next::incrementAndGet, (status, sentAt, answeredAt) -> {
                assertThat(status).isEqualTo(202);
                assertThat(answeredAt).isGreaterThanOrEqualTo(sentAt);
                answered.incrementAndGet();
            });
            assertThat(server.connections.get()).isEqualTo(3);
            assertThat(answered.get()).as("every posted item was answered").isEqualTo(next.get()).isGreaterThan(3);
            assertThat(server.maxOutstandingPerConnection.get()).isEqualTo(1);
            assertThat(server.requests.getFirst()).startsWith("POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1:"
                    + server.port() + "\r\nX-API-Key: k\r\nContent-Length: ").contains("\"urn:bench:r:h:");
        }
    }

    /**
     * Answers 202 to every request on every connection, a thread per connection; each request is read
     * whole before answering, so a client that posted twice without waiting would show up as two
     * requests waiting in the socket.
     */
    private static final class AnsweringServer implements AutoCloseable {

        private static final byte[] ANSWER = "HTTP/1.1 202 \r\nContent-Length: 2\r\n\r\n{}"
                .getBytes(StandardCharsets.ISO_8859_1);

        private final ServerSocket server = new ServerSocket(0);
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger maxOutstandingPerConnection = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();

        AnsweringServer() throws IOException {
            Thread.ofPlatform().daemon().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        Thread.ofPlatform().daemon().start(() -> serve(socket));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket socket) {
            try (socket) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                while (true) {
                    String request = readRequest(in);
                    if (request == null) {
                        return;
                    }
                    requests.add(request);
                    // nothing more may be waiting: the client sends the next request only after this answer
                    maxOutstandingPerConnection.accumulateAndGet(in.available() > 0 ? 2 : 1, Math::max);
                    out.write(ANSWER);
                    out.flush();
                }
            } catch (IOException e) {
                // the client closed the connection
            }
        }

        private static String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
            int length = Integer.parseInt(text.substring(at, text.indexOf('\r', at)));
            return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
