package io.wirestream.ingest.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One blocking HTTP/1.1 connection that posts bodies and reads the answers, reconnecting when the
 * server closes it. Why not {@code java.net.http.HttpClient}: on a 2-core machine its asynchronous
 * machinery cost the load generator about as much CPU per request as the service spent, so the
 * benchmark measured the client as much as the server. This costs a socket write and read.
 */
final class KeepAlivePoster implements AutoCloseable {

    private final InetSocketAddress address;
    private final byte[] head;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** @param headers extra request header lines, each "Name: value" */
    KeepAlivePoster(String host, int port, String path, String... headers) {
        this.address = new InetSocketAddress(host, port);
        StringBuilder h = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        this.head = h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts the body and returns the response status; the response body is read and dropped. */
    int post(byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] length = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        out.write(length);
        out.write(body);
        out.flush();
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
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                in.skipNBytes(size);
                line();
            }
            line();
        } else if (contentLength > 0) {
            in.skipNBytes(contentLength);
        }
        if (close) {
            close();
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                close();
                throw new IOException("connection closed mid-response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
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
