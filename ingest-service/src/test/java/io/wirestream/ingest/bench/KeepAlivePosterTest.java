package io.wirestream.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The load generator against a scripted server: what it sends, and that it reads every answer shape. */
class KeepAlivePosterTest {

    private static final String DOCUMENT = "{\"uri\": \"urn:x\", \"headline\": \"Tromsø\"}";

    @Test
    void postsItemsOnOneConnectionAndReadsEachAnswer() throws Exception {
        List<String> answers = List.of(
                "HTTP/1.1 202 \r\nContent-Type: application/json\r\ncontent-length:  11 \r\n\r\n{\"id\":\"a\"}\n",
                "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"id\r\n3\r\n\":1\r\n0\r\n\r\n",
                "HTTP/1.1 503 \r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        try (ScriptedServer server = new ScriptedServer(answers)) {
            PayloadTemplate.Items items = PayloadTemplate.of(DOCUMENT.getBytes(StandardCharsets.UTF_8)).items("r", "h");
            try (KeepAlivePoster poster = new KeepAlivePoster("127.0.0.1", server.port(), "/v1/articles", items,
                    "X-API-Key: k")) {
                assertThat(poster.post(1)).isEqualTo(202);
                assertThat(poster.post(22)).isEqualTo(200);
                assertThat(poster.post(333)).isEqualTo(503);
            }
            server.join();
            assertThat(server.connections()).isEqualTo(1);
            String body = DOCUMENT.replace("urn:x", "urn:bench:r:h:22");
            assertThat(server.requests().get(1)).isEqualTo("POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nX-API-Key: k\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        }
    }

    /** Answers the scripted responses in order on the first connection, recording each request. */
    private static final class ScriptedServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0);
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile int connections;

        ScriptedServer(List<String> answers) throws IOException {
            thread = Thread.ofPlatform().start(() -> {
                try (Socket socket = server.accept()) {
                    connections++;
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    for (String answer : answers) {
                        requests.add(readRequest(in));
                        out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private static String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
            int length = Integer.parseInt(text.substring(at, text.indexOf('\r', at)));
            return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        int port() {
            return server.getLocalPort();
        }

        List<String> requests() {
            return new ArrayList<>(requests);
        }

        int connections() {
            return connections;
        }

        void join() throws InterruptedException {
            thread.join(10_000);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
