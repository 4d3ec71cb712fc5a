package io.wirestream.ingest.http;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/** Reads a request body but never more than the limit: a huge or endless body is cut off, not buffered. */
final class BoundedBody {

    private BoundedBody() {
    }

    /** Refuses up front when the declared Content-Length is already over the limit. */
    static void checkDeclaredLength(long contentLength, DataSize limit) {
        if (contentLength > limit.toBytes()) {
            throw tooLarge("The declared Content-Length of " + contentLength + " bytes", limit);
        }
    }

    /**
     * Reads a body whose length was declared (and checked) into an array of exactly that size: a push
     * of a few KB then costs no 80 KB of zeroed buffers. A body that goes on past its declaration is
     * read on, still bounded by the limit; -1 (no Content-Length) reads as {@link #read(InputStream, DataSize)}.
     */
    static byte[] read(InputStream in, DataSize limit, long declaredLength) throws IOException {
        if (declaredLength < 0 || declaredLength > limit.toBytes()) {
            return read(in, limit);
        }
        byte[] body = in.readNBytes((int) declaredLength);
        int next = in.read();
        if (next == -1) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 2 + 1);
        out.write(body);
        out.write(next);
        return read(in, limit, out, body.length + 1L);
    }

    static byte[] read(InputStream in, DataSize limit) throws IOException {
        return read(in, limit, new ByteArrayOutputStream((int) Math.min(limit.toBytes(), 64 * 1024)), 0);
    }

    private static byte[] read(InputStream in, DataSize limit, ByteArrayOutputStream out, long alreadyRead)
            throws IOException {
        long max = limit.toBytes();
        if (alreadyRead > max) {
            throw tooLarge("The body", limit);
        }
        byte[] buffer = new byte[16 * 1024];
        long total = alreadyRead;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw tooLarge("The body", limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Undoes a Content-Encoding. Only gzip is taken; the decompressed size is bounded as it is
     * produced, so a "zip bomb" costs at most the limit in memory, never more.
     */
    static byte[] decode(String contentEncoding, byte[] body, DataSize decompressedLimit) {
        if (contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.strip().equalsIgnoreCase("identity")) {
            return body;
        }
        String encoding = contentEncoding.strip().toLowerCase(java.util.Locale.ROOT);
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new IngestException(Problem.UNSUPPORTED_ENCODING, "Content-Encoding '" + contentEncoding
                    + "' is not supported; send the body as is or gzip-compressed ('Content-Encoding: gzip').");
        }
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return read(in, decompressedLimit);
        } catch (IngestException e) {
            if (e.problem() != Problem.PAYLOAD_TOO_LARGE) {
                throw e;
            }
            IngestException bomb = new IngestException(Problem.DECOMPRESSED_TOO_LARGE, "The gzip body decompresses to"
                    + " more than " + decompressedLimit.toBytes() + " bytes, the limit for a decompressed body.");
            bomb.getBody().setProperty("limitBytes", decompressedLimit.toBytes());
            throw bomb;
        } catch (IOException e) {
            throw new IngestException(Problem.MALFORMED, "The body is declared gzip-compressed but cannot be"
                    + " decompressed: " + e.getMessage(), e);
        }
    }

    private static IngestException tooLarge(String what, DataSize limit) {
        IngestException e = new IngestException(Problem.PAYLOAD_TOO_LARGE, what + " exceeds the limit of "
                + limit.toBytes() + " bytes (" + limit.toKilobytes() + " KiB) per article.");
        e.getBody().setProperty("limitBytes", limit.toBytes());
        return e;
    }
}
