package io.wirestream.ingest.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One blocking HTTP/1.1 connection that posts items and reads the answers, reconnecting when the
 * server closes it. Why not {@code java.net.http.HttpClient}: on a 2-core machine its asynchronous
 * machinery cost the load generator about as much CPU per request as the service spent, so the
 * benchmark measured the client as much as the server. Why bytes throughout: this runs in the
 * broker's JVM, so every string it builds per request is CPU taken from the broker. A request is
 * copied into one reused buffer and written with one {@code write} (one TCP segment with
 * {@code TCP_NODELAY}, not three); the answer is read without building strings.
 */
final class KeepAlivePoster implements AutoCloseable {

    private static final byte[] CONTENT_LENGTH = "Content-Length: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress address;
    private final byte[] head;
    private final PayloadTemplate.Items items;
    private byte[] request = new byte[8 * 1024];
    private final byte[] line = new byte[8 * 1024];
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** @param headers extra request header lines, each "Name: value" */
    KeepAlivePoster(String host, int port, String path, PayloadTemplate.Items items, String... headers) {
        this.address = new InetSocketAddress(host, port);
        this.items = items;
        StringBuilder h = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        this.head = h.append(new String(CONTENT_LENGTH, StandardCharsets.US_ASCII)).toString()
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts item n and returns the response status; the response body is read and dropped. */
    int post(long n) throws IOException {
        if (socket == null) {
            connect();
        }
        int bodyLength = items.length(n);
        int length = head.length + PayloadTemplate.Ascii.digits(bodyLength) + END_OF_HEAD.length + bodyLength;
        if (request.length < length) {
            request = new byte[Math.max(length, request.length * 2)];
        }
        System.arraycopy(head, 0, request, 0, head.length);
        int at = PayloadTemplate.Ascii.write(bodyLength, request, head.length);
        System.arraycopy(END_OF_HEAD, 0, request, at, END_OF_HEAD.length);
        items.write(n, request, at + END_OF_HEAD.length);
        out.write(request, 0, length);
        return readResponse();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private int readResponse() throws IOException {
        int length = readLine();
        if (length < 12 || !startsWith("HTTP/1.", length)) {
            close();
            throw new IOException("not an HTTP/1.x status line: " + new String(line, 0, length, StandardCharsets.ISO_8859_1));
        }
        int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        for (length = readLine(); length > 0; length = readLine()) {
            if (startsWith("content-length:", length)) {
                contentLength = decimal("content-length:".length(), length);
            } else if (startsWith("transfer-encoding:", length)) {
                chunked = value("transfer-encoding:", length).equalsIgnoreCase("chunked");
            } else if (startsWith("connection:", length)) {
                close = value("connection:", length).equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                in.skipNBytes(size);
                readLine();
            }
            readLine();
        } else if (contentLength > 0) {
            in.skipNBytes(contentLength);
        }
        if (close) {
            close();
        }
        return status;
    }

    private long chunkSize() throws IOException {
        int length = readLine();
        return Long.parseLong(new String(line, 0, length, StandardCharsets.US_ASCII).strip(), 16);
    }

    /** Case-insensitive: does the current line start with this lower-case ASCII prefix? */
    private boolean startsWith(String prefix, int length) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            int c = line[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != Character.toLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The decimal number in the current line from {@code from} to the end, blanks around it allowed. */
    private long decimal(int from, int length) throws IOException {
        int start = from;
        int end = length;
        while (start < end && (line[start] == ' ' || line[start] == '\t')) {
            start++;
        }
        while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (start == end || end - start > 18) {
            throw new IOException("not a length: " + new String(line, 0, length, StandardCharsets.ISO_8859_1));
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            if (line[i] < '0' || line[i] > '9') {
                throw new IOException("not a length: " + new String(line, 0, length, StandardCharsets.ISO_8859_1));
            }
            value = value * 10 + (line[i] - '0');
        }
        return value;
    }

    private String value(String name, int length) {
        return new String(line, name.length(), length - name.length(), StandardCharsets.US_ASCII).strip();
    }

    /** Reads one line into {@link #line} without its CR LF; returns its length. */
    private int readLine() throws IOException {
        int length = 0;
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                close();
                throw new IOException("connection closed mid-response");
            }
            if (c != '\r') {
                if (length == line.length) {
                    close();
                    throw new IOException("response line longer than " + line.length + " bytes: "
                            + new String(Arrays.copyOf(line, 80), StandardCharsets.ISO_8859_1));
                }
                line[length++] = (byte) c;
            }
        }
        return length;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do for a benchmark connection
            }
            socket = null;
        }
    }
}
