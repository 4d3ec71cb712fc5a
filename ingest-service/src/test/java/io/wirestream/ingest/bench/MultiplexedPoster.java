package io.wirestream.ingest.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * C kept-alive HTTP/1.1 connections driven by one thread through a selector, each in a closed loop:
 * post an item, read the whole answer, post the next. The same discipline as C blocking clients (at
 * most C requests outstanding, each connection waits for its answer), at a fraction of the CPU: with
 * a thread per connection every answer woke its own thread, and that CPU was taken from the broker
 * and the service under test, which share this 2-core machine with the load generator. Here one
 * wake-up serves every connection whose answer has arrived.
 * <p>
 * Answers are framed by {@code Content-Length} or chunked encoding; {@code Connection: close} makes
 * the connection reconnect. Not thread-safe: one thread runs {@link #run}.
 */
final class MultiplexedPoster {

    /** What the driver learns of each answer. */
    @FunctionalInterface
    interface Answers {
        /** @param sentAt System.nanoTime() when the request was written; {@code answeredAt} when its answer was complete */
        void answered(int status, long sentAt, long answeredAt);
    }

    private final InetSocketAddress address;
    private final PostRequest request;
    private final int connections;

    MultiplexedPoster(String host, int port, String path, PayloadTemplate.Items items, int connections,
            String... headers) {
        this.address = new InetSocketAddress(host, port);
        this.request = new PostRequest(host, port, path, items, headers);
        this.connections = connections;
    }

    /**
     * Posts items numbered by {@code next} until {@code end} (System.nanoTime), then waits for the
     * answers still outstanding (at most {@code drain} ns) and closes the connections.
     */
    void run(long end, long drainNanos, LongSupplier next, Answers answers) throws IOException {
        try (Selector selector = Selector.open()) {
            List<Connection> all = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Connection connection = new Connection();
                all.add(connection);
                connection.open(selector);
                connection.send(next.getAsLong());
            }
            long deadline = end + drainNanos;
            for (long now = System.nanoTime(); now < deadline && (now < end || all.stream().anyMatch(Connection::busy));
                    now = System.nanoTime()) {
                selector.select(Math.max(1, ((now < end ? end : deadline) - now) / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    ready(key, selector, end, next, answers);
                }
                selector.selectedKeys().clear();
            }
            all.forEach(Connection::close);
        }
    }

    /**
     * One ready connection: write on, or take its answer and post the next item. A method of its own,
     * called once per event, so the JIT compiles it early; a long loop in one call of {@link #run}
     * stays interpreted until on-stack replacement, which made the warm-up rounds half as fast.
     */
    private void ready(SelectionKey key, Selector selector, long end, LongSupplier next, Answers answers)
            throws IOException {
        Connection connection = (Connection) key.attachment();
        if (key.isValid() && key.isWritable()) {
            connection.writeMore();
        }
        if (!key.isValid() || !key.isReadable() || !connection.readMore()) {
            return;
        }
        long answeredAt = System.nanoTime();
        answers.answered(connection.status, connection.sentAt, answeredAt);
        if (connection.closeAfterAnswer) {
            connection.close();
            connection.open(selector);
        }
        if (answeredAt < end) {
            connection.send(next.getAsLong());
        } else {
            connection.idle();
        }
    }

    /** One connection's state: the request being written, then the answer being read. */
    private final class Connection {

        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out = ByteBuffer.allocate(8 * 1024);
        private final ResponseReader reader = new ResponseReader();
        private long sentAt;
        private boolean busy;
        private int status;
        private boolean closeAfterAnswer;

        void open(Selector selector) throws IOException {
            channel = SocketChannel.open(address);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = channel.register(selector, 0, this);
        }

        boolean busy() {
            return busy;
        }

        void send(long n) throws IOException {
            int length = request.length(n);
            if (out.capacity() < length) {
                out = ByteBuffer.allocate(Math.max(length, out.capacity() * 2));
            }
            out.clear();
            request.write(n, out.array());
            out.limit(length);
            reader.reset();
            busy = true;
            sentAt = System.nanoTime();
            writeMore();
        }

        void writeMore() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what has arrived; true once a whole answer is in. */
        boolean readMore() throws IOException {
            if (!reader.readFrom(channel)) {
                return false;
            }
            status = reader.status();
            closeAfterAnswer = reader.closeAfterAnswer();
            busy = false;
            return true;
        }

        void idle() {
            key.interestOps(0);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // a benchmark connection: nothing to do
            }
        }
    }

    /** Reads one HTTP/1.1 answer from a non-blocking channel, in as many calls as it takes. */
    static final class ResponseReader {

        private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private int headEnd;
        private long bodyLength;
        private boolean chunked;
        private int status;
        private boolean close;

        void reset() {
            in.clear();
            headEnd = -1;
            bodyLength = -1;
            chunked = false;
            close = false;
        }

        /** True once the whole answer has been read. */
        boolean readFrom(SocketChannel channel) throws IOException {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            if (channel.read(in) < 0) {
                throw new IOException("the server closed the connection mid-answer");
            }
            return complete(in.array(), in.position());
        }

        /** Parses {@code bytes[0, length)}; true when they hold a whole answer. */
        boolean complete(byte[] bytes, int length) throws IOException {
            if (headEnd < 0) {
                int at = indexOf(bytes, length, END_OF_HEAD, 0);
                if (at < 0) {
                    return false;
                }
                headEnd = at + END_OF_HEAD.length;
                parseHead(new String(bytes, 0, at, StandardCharsets.ISO_8859_1));
            }
            if (chunked) {
                // the body holds no other CRLF 0 CRLF CRLF sequence: chunk sizes are hex and our answers are JSON
                return indexOf(bytes, length, LAST_CHUNK, headEnd - 2) >= 0;
            }
            return length - headEnd >= Math.max(0, bodyLength);
        }

        private void parseHead(String head) throws IOException {
            String[] lines = head.split("\r\n");
            if (!lines[0].startsWith("HTTP/1.") || lines[0].length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + lines[0]);
            }
            status = Integer.parseInt(lines[0].substring(9, 12));
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = colon < 0 ? "" : lines[i].substring(0, colon).strip();
                String value = colon < 0 ? "" : lines[i].substring(colon + 1).strip();
                if (name.equalsIgnoreCase("content-length")) {
                    bodyLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
        }

        int status() {
            return status;
        }

        boolean closeAfterAnswer() {
            return close;
        }

        private static int indexOf(byte[] bytes, int length, byte[] pattern, int from) {
            outer:
            for (int i = Math.max(0, from); i <= length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (bytes[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
