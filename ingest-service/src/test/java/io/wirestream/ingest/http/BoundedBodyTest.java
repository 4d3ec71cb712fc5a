package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BoundedBodyTest {

    @Test
    void readsABodyUpToTheLimit() throws Exception {
        byte[] body = new byte[1024];
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofKilobytes(1))).hasSize(1024);
    }

    @Test
    void stopsReadingAnEndlessBodySoonAfterTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served.addAndGet(len);
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertThatThrownBy(() -> BoundedBody.read(endless, DataSize.ofKilobytes(64)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE));
        assertThat(served.get()).isLessThan(64 * 1024 + 32 * 1024);
    }

    @Test
    void aDeclaredLengthSizesTheBodyAndABodyLongerThanDeclaredIsStillBounded() throws Exception {
        byte[] body = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofBytes(10), 10)).isEqualTo(body);
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofBytes(10), -1)).isEqualTo(body);
        // A stream that goes on past its declaration (a container would stop it) is read on, to the limit.
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofBytes(10), 4)).isEqualTo(body);
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofBytes(9), 4))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE));
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(body), DataSize.ofBytes(4), 4))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE));
    }

    @Test
    void refusesADeclaredLengthOverTheLimit() {
        BoundedBody.checkDeclaredLength(-1, DataSize.ofBytes(10)); // unknown length: enforced while reading
        BoundedBody.checkDeclaredLength(10, DataSize.ofBytes(10));
        assertThatThrownBy(() -> BoundedBody.checkDeclaredLength(11, DataSize.ofBytes(10)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("Content-Length of 11 bytes"));
    }
}
