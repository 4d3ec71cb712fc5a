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

    static byte[] read(InputStream in, DataSize limit) throws IOException {
        long max = limit.toBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
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

    private static IngestException tooLarge(String what, DataSize limit) {
        IngestException e = new IngestException(Problem.PAYLOAD_TOO_LARGE, what + " exceeds the limit of "
                + limit.toBytes() + " bytes (" + limit.toKilobytes() + " KiB) per article.");
        e.getBody().setProperty("limitBytes", limit.toBytes());
        return e;
    }
}
