package io.wirestream.ingest.bench;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one {@code POST} of item n: a head made once (request line, Host, the extra headers,
 * "Content-Length: "), the length, a blank line and the item, copied into the caller's buffer
 * without building a string, so the whole request goes out in one write.
 */
final class PostRequest {

    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] head;
    private final PayloadTemplate.Items items;

    /** @param headers extra request header lines, each "Name: value" */
    PostRequest(String host, int port, String path, PayloadTemplate.Items items, String... headers) {
        this.items = items;
        StringBuilder h = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        this.head = h.append("Content-Length: ").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Length in bytes of the request for item n. */
    int length(long n) {
        int bodyLength = items.length(n);
        return head.length + PayloadTemplate.Ascii.digits(bodyLength) + END_OF_HEAD.length + bodyLength;
    }

    /** Writes the request for item n at the start of {@code buffer} (at least {@link #length} long). */
    void write(long n, byte[] buffer) {
        System.arraycopy(head, 0, buffer, 0, head.length);
        int at = PayloadTemplate.Ascii.write(items.length(n), buffer, head.length);
        System.arraycopy(END_OF_HEAD, 0, buffer, at, END_OF_HEAD.length);
        items.write(n, buffer, at + END_OF_HEAD.length);
    }
}
